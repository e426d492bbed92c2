/**
 * What the officer's workspace browser test needs besides the journey
 * helpers: one Chromium with two separate contexts (the officer's and the
 * resident's cookies never mix), Tolvan's specialkost application submitted
 * through the services, an administrator who changes the case behind the
 * officer's back (for the conflict page), and axe on a page in each language
 * with the language links chosen by keyboard.
 */
import assert from 'node:assert/strict';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { DraftOwner } from '../../../src/services/drafts/draft-owner.ts';
import type { Services } from '../../../src/services/index.ts';
import type { OfficerActor } from '../../../src/services/officer/case-actions-core.ts';
import { loadOfficerScope } from '../../../src/services/officer/scope.ts';
import { LANGUAGE_NAMES, type UiLang } from '../../../src/web/ui/i18n/languages.ts';
import { CHROMIUM_PATH } from '../../support/browser.ts';
import { activate } from '../../support/keyboard.ts';
import { expectAccessible, expectErrorPage, expectLanguage } from './journey.ts';
import { CHILD, SLUG, startDate } from './specialkost.ts';

export const TOLVAN: Extract<DraftOwner, { kind: 'resident' }> = {
  kind: 'resident',
  personalNumber: '191212121212',
  name: 'Tolvan Tolvansson',
  loginMethod: 'bankid',
};

/** Staff pages speak Swedish and English; the resident's pages Arabic too. */
export const STAFF_LANGUAGES: readonly UiLang[] = ['sv', 'en'];
export const RESIDENT_LANGUAGES: readonly UiLang[] = ['sv', 'en', 'ar'];

export interface TwoPeople {
  officer: Page;
  resident: Page;
  close(): Promise<void>;
}

/**
 * One Chromium, two contexts: the officer at a desk-sized window, the
 * resident at the window size the other journeys use.
 */
export async function launchOfficerAndResident(): Promise<TwoPeople> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync'],
  });
  const officerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const residentContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  return {
    officer: await officerContext.newPage(),
    resident: await residentContext.newPage(),
    close: () => browser.close(),
  };
}

export interface SubmittedCase {
  municipalityId: string;
  eServiceId: string;
  caseId: string;
  caseNumber: string;
}

/**
 * Tolvan applies for special diet for religious reasons, through the same
 * services the runner uses (draft, each step validated, submit), so the
 * case is theirs on My pages exactly as if they had clicked through.
 */
export async function submitSpecialkost(services: Services): Promise<SubmittedCase> {
  const m = await services.municipalities.bySlug('demo');
  assert.ok(m, 'the demo municipality');
  const e = await services.db
    .selectFrom('e_service')
    .select('id')
    .where('municipality_id', '=', m.id)
    .where('slug', '=', SLUG)
    .executeTakeFirstOrThrow();
  const draftId = await services.drafts.start(m.id, e.id, TOLVAN);
  assert.ok(draftId, 'a draft');
  const date = startDate();
  const steps: [string, Record<string, string | string[]>][] = [
    ['barn', { 'q.childName': CHILD.name, 'q.childPnr': CHILD.pnr, 'q.school': 'bjorkskolan' }],
    [
      'kost',
      {
        'q.grounds': ['religious'],
        'q.lifestyleDiet': 'porkFree',
        'q.startDate.day': date.day,
        'q.startDate.month': date.month,
        'q.startDate.year': date.year,
      },
    ],
    [
      'vardnadshavare',
      {
        'q.guardian.name': TOLVAN.name,
        'q.guardian.email': 'tolvan@example.se',
        'q.guardian.phone': '070-123 45 67',
        'q.shareWithKitchen': 'yes',
      },
    ],
  ];
  for (const [step, posted] of steps) {
    const draft = await services.drafts.get(m.id, draftId, TOLVAN);
    assert.ok(draft);
    const v = await services.drafts.saveStep(draft, step, posted);
    assert.deepEqual(v.errors, [], `step ${step}`);
  }
  const r = await services.submitCase(m.id, draftId, TOLVAN, 'sv');
  assert.ok(r.ok, JSON.stringify(r));
  const c = await services.db
    .selectFrom('case')
    .select('case_number')
    .where('id', '=', r.caseId)
    .executeTakeFirstOrThrow();
  return { municipalityId: m.id, eServiceId: e.id, caseId: r.caseId, caseNumber: c.case_number };
}

/** The municipality's administrator, acting through the services (another officer at another desk). */
export async function adminActor(services: Services, municipalityId: string): Promise<OfficerActor> {
  const row = await services.db
    .selectFrom('staff_user')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const principal = await services.staffUsers.principal(municipalityId, row.id);
  assert.ok(principal);
  return { principal, scope: await loadOfficerScope(services.db, principal) };
}

/** The administrator sets the case's colour label at its current version: the officer's form is now stale. */
export async function changeColourBehindTheOfficersBack(
  services: Services,
  c: SubmittedCase,
  colour: string,
): Promise<void> {
  const { row_version } = await services.db
    .selectFrom('case')
    .select('row_version')
    .where('id', '=', c.caseId)
    .executeTakeFirstOrThrow();
  const actor = await adminActor(services, c.municipalityId);
  const r = await services.officerCase.setColour(actor, c.caseId, { rowVersion: row_version, colour });
  assert.ok(r.ok, JSON.stringify(r));
}

/** Follows the header's link to `lang` with the keyboard (Tab, Enter) and checks the page is in it. */
export async function switchLanguage(page: Page, lang: UiLang, what: string): Promise<void> {
  await activate(page, LANGUAGE_NAMES[lang] ?? lang, { max: 120 });
  await expectLanguage(page, lang, `${what} (${lang})`);
}

export interface EachLanguageOptions {
  languages?: readonly UiLang[];
  /** The page shows an error summary: its promises are checked too (expectErrorPage). */
  errorPage?: boolean;
  /**
   * Brings the page back to the state being checked after a language switch,
   * for states a GET does not show again (a form posted with errors).
   */
  redo?: (lang: UiLang) => Promise<void>;
}

/**
 * axe on the page as it is (Swedish), then in each other language reached
 * through the header's language links by keyboard, and back to Swedish
 * (redone too, so the journey goes on from the same state).
 */
export async function expectAccessibleInEachLanguage(
  page: Page,
  what: string,
  options: EachLanguageOptions = {},
): Promise<void> {
  const languages = options.languages ?? STAFF_LANGUAGES;
  const check = async (lang: UiLang) => {
    if (options.errorPage) await expectErrorPage(page, lang, `${what} (${lang})`);
    else await expectAccessible(page, `${what} (${lang})`);
  };
  await expectLanguage(page, 'sv', `${what} (sv)`);
  await check('sv');
  for (const lang of languages.filter((l) => l !== 'sv')) {
    await switchLanguage(page, lang, what);
    await options.redo?.(lang);
    await check(lang);
  }
  await switchLanguage(page, 'sv', what);
  await options.redo?.('sv');
}
