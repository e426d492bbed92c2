/**
 * Issue 5 end to end in Chromium, with two people at two browsers (one
 * Chromium, two contexts): Tolvan Tolvansson has applied for special diet;
 * Anna Handläggare finds the case among the unassigned, takes it and writes
 * to Tolvan, who answers on My pages; Anna sees the answer and that her
 * message was read, asks for a supplement (meeting the empty-form error and
 * a colleague's concurrent change on the way), Tolvan uploads a document,
 * Anna sees it under Handlingar and completes the case, and Tolvan's My
 * pages shows it closed as "Klart".
 *
 * Anna uses the keyboard alone: Tab and Shift+Tab, Enter and Space, arrow
 * keys in radio groups and selects, typing. Every control she uses is
 * reached with `tabTo`, which fails when Tab cannot get there. Every officer
 * page she visits (the list and each of its tabs, the case and each of its
 * tabs, every tool, registering a case, export, settings, and the error and
 * conflict states) has no axe-core violations in Swedish and English, the
 * language chosen with the keyboard; Tolvan's pages in Swedish, English
 * and Arabic.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CASE_LIST_TABS } from '../../src/domain/cases/case-list-query.ts';
import { statusByKey } from '../../src/domain/cases/statuses.ts';
import type { UiLang } from '../../src/web/ui/i18n/languages.ts';
import type { MessageKey } from '../../src/web/ui/i18n/translator.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { skipUnlessBrowser } from '../support/browser.ts';
import { activate, chooseOption, chooseRadio, setCheckbox, tabTo, typeInto } from '../support/keyboard.ts';
import { expectAccessible, screenshot, text } from './pages/journey.ts';
import {
  changeColourBehindTheOfficersBack,
  expectAccessibleInEachLanguage,
  launchOfficerAndResident,
  RESIDENT_LANGUAGES,
  type SubmittedCase,
  submitSpecialkost,
  switchLanguage,
  type TwoPeople,
} from './pages/officer-workspace.ts';
import { certificatePdf, serviceName } from './pages/specialkost.ts';

const skip = skipUnlessBrowser();
let t: TestApp;
let people: TwoPeople;
let theCase: SubmittedCase;
let anna: Page;
let tolvan: Page;

const QUESTION = 'Hej! Äter Alva fisk, eller ska köket ersätta den också?';
const ANSWER = 'Hej Anna! Fisk går bra, det är bara fläskkött hon inte äter.';
const SUPPLEMENT = 'Skicka gärna ett intyg från skolan om vilken klass Alva går i.';
const NOTE = 'Ringde köket på Björkskolan: de har fläskfri kost varje dag.';
const EXTERNAL = 'BOU 2026/481';
const DOCUMENT = { ...certificatePdf(), name: 'intyg-klass.pdf' };

before(async () => {
  if (skip) return;
  t = await startTestApp({ listen: true });
  theCase = await submitSpecialkost(t.services);
  people = await launchOfficerAndResident();
  anna = people.officer;
  tolvan = people.resident;
});
after(async () => {
  if (skip) return;
  await people.close();
  await t.close();
});

/** An interface text in `lang` (the tests read the app's own translations). */
const tr = (key: MessageKey, lang: UiLang = 'sv', vars?: Record<string, string | number>) =>
  text(key, vars, lang);

/** A standard status's name as shown in `lang`. */
function statusName(key: string, lang: UiLang = 'sv'): string {
  const s = statusByKey(key);
  assert.ok(s, key);
  return s.name[lang] ?? s.name.sv ?? key;
}

async function bannerText(page: Page): Promise<string> {
  return page.locator('.govuk-notification-banner').first().innerText();
}

async function mainText(page: Page): Promise<string> {
  return page.locator('main').innerText();
}

/** The radio buttons of the fieldset whose legend is `legend`. */
const radiosIn = (page: Page, legend: string) => page.getByRole('group', { name: legend }).getByRole('radio');

/** Tolvan opens the case from My pages (reloaded, as a resident coming back later would). */
async function tolvanOpensTheCase(): Promise<void> {
  await tolvan.goto(`${t.url}/demo/mina-sidor`);
  await tolvan.getByRole('link', { name: theCase.caseNumber }).click();
  await tolvan.waitForURL(/\/demo\/mina-sidor\/arenden\/[0-9a-f-]{36}$/);
}

/** Anna changes the status with the keyboard: radio, message, submit. */
async function annaChoosesStatus(lang: UiLang, status: string, message: string): Promise<void> {
  await chooseRadio(anna, radiosIn(anna, tr('officerCase.status.legend', lang)), status);
  await typeInto(anna, anna.getByLabel(tr('officerCase.status.message', lang)), message);
  await activate(anna, tr('officerCase.status.save', lang));
}

describe('the officer’s workspace: a specialkost case from the list to closed', { skip }, () => {
  it('Tolvan logs in and finds the application on My pages, submitted', async () => {
    await tolvan.goto(`${t.url}/demo/?lang=sv`);
    await tolvan.getByRole('link', { name: 'Logga in' }).first().click();
    await tolvan.waitForURL(/\/demo\/logga-in/);
    await expectAccessibleInEachLanguage(tolvan, 'resident login', { languages: RESIDENT_LANGUAGES });
    await tolvan.getByLabel('BankID', { exact: true }).check();
    await tolvan.getByRole('button', { name: 'Fortsätt till inloggning' }).click();
    await tolvan.waitForURL(/\/dev-idp\//);
    await tolvan.getByLabel(/Tolvan Tolvansson/).check();
    await tolvan.getByRole('button', { name: 'Logga in som testperson' }).click();
    await tolvan.waitForURL(/\/demo\/mina-sidor/);
    const row = tolvan.getByRole('row').filter({ hasText: theCase.caseNumber });
    assert.match(await row.innerText(), /Inskickat/);
    await expectAccessibleInEachLanguage(tolvan, 'my pages, submitted', { languages: RESIDENT_LANGUAGES });
  });

  it('Anna logs in by keyboard and goes through every tab of the case list', async () => {
    await anna.goto(`${t.url}/demo/handlaggare/logga-in?lang=sv`);
    await expectAccessibleInEachLanguage(anna, 'staff login');
    await typeInto(anna, anna.getByLabel(tr('staff.login.username')), 'anna');
    await typeInto(anna, anna.getByLabel(tr('staff.login.password')), 'demo-handlaggare-2026');
    await activate(anna, anna.getByRole('button', { name: tr('staff.login.submit'), exact: true }).last());
    assert.match(anna.url(), /\/demo\/handlaggare$/);
    await expectAccessibleInEachLanguage(anna, 'staff home');

    await activate(anna, tr('staff.nav.cases'));
    assert.match(anna.url(), /\/demo\/handlaggare\/arenden$/);
    for (const tab of CASE_LIST_TABS) {
      const name = tr(`caseList.tab.${tab}`);
      await activate(anna, new RegExp(`^${name} \\(\\d+\\)$`));
      assert.match(await anna.locator('.govuk-tabs__tab[aria-current="page"]').innerText(), new RegExp(name));
      await expectAccessibleInEachLanguage(anna, `case list, tab ${tab}`);
    }

    // A date that is no date: the error summary, in both languages.
    await typeInto(anna, anna.getByLabel(tr('caseList.filters.from')), 'igår');
    await activate(anna, tr('caseList.filters.submit'));
    await expectAccessibleInEachLanguage(anna, 'case list, bad date', { errorPage: true });
    await activate(anna, tr('caseList.filters.clear'));
    assert.equal(await anna.locator('.govuk-error-summary').count(), 0);
  });

  it('Anna finds the case under Unassigned, opens it and takes it', async () => {
    await activate(anna, new RegExp(`^${tr('caseList.tab.unassigned')} \\(1\\)$`));
    const row = anna.getByRole('row').filter({ hasText: theCase.caseNumber });
    assert.equal(await row.count(), 1, 'the case is unassigned');
    assert.match(await row.innerText(), /Inskickat/);
    assert.match(await row.innerText(), /Tolvan Tolvansson/);
    await screenshot(anna, 'officer-case-list-sv');

    await activate(anna, theCase.caseNumber);
    assert.equal(new URL(anna.url()).pathname, `/demo/handlaggare/arenden/${theCase.caseId}`);
    assert.match(await anna.locator('h1').innerText(), new RegExp(theCase.caseNumber));
    await expectAccessibleInEachLanguage(anna, 'case page, view');

    await activate(anna, tr('officerCase.header.take'));
    assert.match(await bannerText(anna), new RegExp(tr('officerCase.notice.taken')));
    const header = await anna.getByRole('region', { name: tr('officerCase.header.label') }).innerText();
    assert.match(header, /Anna Handläggare/);
    assert.equal(await anna.getByRole('button', { name: tr('officerCase.header.take') }).count(), 0);
    await expectAccessibleInEachLanguage(anna, 'case page, taken');
    await screenshot(anna, 'officer-case-page-sv');
  });

  it('Anna goes through the case’s tabs, writes a note, the external number and a message to Tolvan', async () => {
    await activate(anna, tr('officerCase.tabs.history'));
    assert.match(await mainText(anna), /Anna Handläggare tog ärendet/);
    await expectAccessibleInEachLanguage(anna, 'case page, history');

    await activate(anna, tr('officerCase.tabs.notes'));
    await typeInto(anna, anna.getByLabel(tr('officerCase.notes.new')), NOTE);
    await activate(anna, tr('officerCase.notes.add'));
    assert.match(await mainText(anna), new RegExp(NOTE));
    await expectAccessibleInEachLanguage(anna, 'case page, notes');

    await activate(anna, tr('officerCase.tabs.documents'));
    assert.match(await mainText(anna), new RegExp(tr('officerCase.documents.none')));
    await expectAccessibleInEachLanguage(anna, 'case page, documents (none)');

    await activate(anna, tr('officerCase.tabs.external'));
    await typeInto(anna, anna.getByLabel(tr('officerCase.external.label')), EXTERNAL);
    await activate(anna, tr('officerCase.external.save'));
    assert.match(await bannerText(anna), new RegExp(tr('officerCase.notice.externalSaved')));
    await expectAccessibleInEachLanguage(anna, 'case page, external case number');

    await activate(anna, tr('officerCase.tabs.messages'));
    assert.match(await mainText(anna), new RegExp(tr('officerCase.messages.none')));
    await expectAccessibleInEachLanguage(anna, 'case page, messages (none)');
    await typeInto(anna, anna.getByLabel(tr('officerCase.messages.new')), QUESTION);
    await activate(anna, tr('officerCase.messages.send'));
    assert.match(await bannerText(anna), new RegExp(tr('officerCase.notice.messageSent')));
    const thread = anna.locator('.ingang-thread');
    assert.match(await thread.innerText(), new RegExp(QUESTION.slice(0, 20)));
    assert.match(await thread.innerText(), new RegExp(tr('officerCase.messages.notRead')));
    await expectAccessibleInEachLanguage(anna, 'case page, message sent');
  });

  it('Tolvan reads the message on the case page and answers it', async () => {
    await tolvanOpensTheCase();
    const main = await mainText(tolvan);
    assert.match(main, new RegExp(QUESTION.slice(0, 20)));
    assert.match(main, new RegExp(EXTERNAL), 'the external case number is shown to the applicant');
    assert.doesNotMatch(main, new RegExp(NOTE.slice(0, 20)), 'internal notes stay internal');
    await expectAccessibleInEachLanguage(tolvan, 'resident case page with a message', {
      languages: RESIDENT_LANGUAGES,
    });
    await tolvan.getByLabel(tr('case.newMessage')).fill(ANSWER);
    await tolvan.getByRole('button', { name: tr('case.send') }).click();
    await tolvan.waitForURL(/skickat=1/);
    assert.match(await bannerText(tolvan), new RegExp(tr('case.messageSent')));
    assert.match(await mainText(tolvan), new RegExp(ANSWER.slice(0, 20)));
    await expectAccessibleInEachLanguage(tolvan, 'resident case page, answered', {
      languages: RESIDENT_LANGUAGES,
    });
  });

  it('Anna sees the answer and that her message was read', async () => {
    await activate(anna, tr('officerCase.tabs.view'));
    // The tab says there is something unread; opening it reads it.
    await activate(anna, tr('officerCase.tabs.messagesUnreadOne', 'sv', { count: 1 }));
    const thread = await anna.locator('.ingang-thread').innerText();
    assert.match(thread, new RegExp(ANSWER.slice(0, 20)));
    assert.match(thread, /Tolvan Tolvansson \(sökande\)/);
    assert.match(thread, /Läst \d/, `a read receipt on Anna's message:\n${thread}`);
    await expectAccessibleInEachLanguage(anna, 'case page, messages with the answer');
    await screenshot(anna, 'officer-messages-sv');
  });

  it('Anna asks for a supplement: the empty form, a colleague’s change, then the new status', async () => {
    await activate(anna, tr('officerCase.tools.status'));
    assert.match(await anna.locator('h1').innerText(), new RegExp(tr('officerCase.status.title')));
    await expectAccessibleInEachLanguage(anna, 'status form');

    // Sent without a status: the error summary, in both languages.
    await activate(anna, tr('officerCase.status.save'));
    await expectAccessibleInEachLanguage(anna, 'status form, nothing chosen', {
      errorPage: true,
      redo: (lang) => activate(anna, tr('officerCase.status.save', lang)),
    });

    // The administrator changes the colour while Anna writes: nothing is lost, she is told.
    // Once in English, then in Swedish, where the journey goes on.
    const supplementRequested = statusName('supplement_requested');
    for (const lang of ['en', 'sv'] as const) {
      await switchLanguage(anna, lang, 'status form');
      await changeColourBehindTheOfficersBack(t.services, theCase, lang === 'en' ? 'yellow' : 'orange');
      await annaChoosesStatus(
        lang,
        statusName('supplement_requested', lang),
        lang === 'en' ? 'Please send a certificate.' : SUPPLEMENT,
      );
      assert.match(await bannerText(anna), new RegExp(tr('officerCase.conflict.title', lang)));
      await expectAccessible(anna, `status form, conflict (${lang})`);
    }
    await screenshot(anna, 'officer-status-conflict-sv');
    // What Anna chose and wrote is still there; the form is now at the new version.
    assert.equal(await anna.getByLabel(supplementRequested).isChecked(), true);
    assert.equal(await anna.getByLabel(tr('officerCase.status.message')).inputValue(), SUPPLEMENT);
    assert.match(await mainText(anna), /ändrade färgmarkeringen till Orange/);
    await activate(anna, tr('officerCase.status.save'));
    assert.match(
      await bannerText(anna),
      new RegExp(tr('officerCase.notice.statusChanged', 'sv', { status: supplementRequested })),
    );
    await expectAccessibleInEachLanguage(anna, 'case page, supplement requested');
  });

  it('Anna looks at the other tools: officers and colour (changed by keyboard)', async () => {
    await activate(anna, tr('officerCase.tools.officers'));
    await expectAccessibleInEachLanguage(anna, 'officers form');
    assert.equal(await anna.getByLabel('Anna Handläggare').isChecked(), true);
    await activate(anna, tr('officerCase.cancel'));
    assert.equal(new URL(anna.url()).pathname, `/demo/handlaggare/arenden/${theCase.caseId}`);

    await activate(anna, tr('officerCase.tools.colour'));
    await expectAccessibleInEachLanguage(anna, 'colour form');
    await chooseRadio(anna, radiosIn(anna, tr('officerCase.colour.legend')), 'Grön');
    await activate(anna, tr('officerCase.colour.save'));
    assert.match(await bannerText(anna), new RegExp(tr('officerCase.notice.colourChanged')));
    assert.match(
      await anna.getByRole('region', { name: tr('officerCase.header.label') }).innerText(),
      /Grön/,
    );
  });

  it('Tolvan sees the request and uploads a document', async () => {
    await tolvanOpensTheCase();
    const main = await mainText(tolvan);
    assert.match(main, new RegExp(statusName('supplement_requested')));
    assert.match(main, new RegExp(SUPPLEMENT.slice(0, 20)));
    await expectAccessibleInEachLanguage(tolvan, 'resident case page, supplement requested', {
      languages: RESIDENT_LANGUAGES,
    });
    // govuk-frontend's drop zone puts a button over the input; the file goes to the input itself.
    await screenshot(tolvan, 'resident-case-supplement-sv');
    await tolvan.locator('input[type="file"][name="document"]').setInputFiles(DOCUMENT);
    await tolvan.getByRole('button', { name: tr('case.upload') }).click();
    await tolvan.waitForURL(/uppladdat=/);
    assert.match(await bannerText(tolvan), new RegExp(tr('case.uploaded', 'sv', { name: DOCUMENT.name })));
    await expectAccessible(tolvan, 'resident case page, uploaded (sv)');
  });

  it('Anna sees the document under Handlingar and completes the case', async () => {
    await activate(anna, tr('officerCase.tabs.documents'));
    const row = anna.getByRole('row').filter({ hasText: DOCUMENT.name });
    assert.equal(await row.count(), 1, 'the document is listed');
    assert.match(await row.innerText(), new RegExp(tr('officerCase.documents.applicant')));
    await expectAccessibleInEachLanguage(anna, 'case page, documents');
    await screenshot(anna, 'officer-documents-sv');
    // The link downloads the very file Tolvan sent.
    await tabTo(anna, DOCUMENT.name);
    const download = anna.waitForEvent('download');
    await anna.keyboard.press('Enter');
    const file = await download;
    assert.equal(file.suggestedFilename(), DOCUMENT.name);

    await activate(anna, tr('officerCase.tools.status'));
    const completed = statusName('completed');
    await annaChoosesStatus('sv', completed, 'Alva får fläskfri kost från och med startdatumet.');
    assert.match(
      await bannerText(anna),
      new RegExp(tr('officerCase.notice.statusChanged', 'sv', { status: completed })),
    );

    await activate(anna, tr('officerCase.tabs.history'));
    const history = await mainText(anna);
    for (const expected of [
      /tog ärendet/,
      /skickade ett meddelande till den sökande/,
      /ändrade status från Inskickat till Komplettering begärd/,
      new RegExp(`lade till handlingen ${DOCUMENT.name}`),
      /ändrade status från Komplettering begärd till Klart/,
    ]) {
      assert.match(history, expected);
    }
    await expectAccessibleInEachLanguage(anna, 'case page, history at the end');

    // "Klart" lets the case be deleted: the confirmation page, then Avbryt.
    await activate(anna, tr('officerCase.tools.delete'));
    assert.match(await mainText(anna), new RegExp(tr('officerCase.delete.warning').slice(0, 30)));
    await expectAccessibleInEachLanguage(anna, 'delete confirmation');
    await activate(anna, tr('officerCase.cancel'));
    assert.equal(new URL(anna.url()).pathname, `/demo/handlaggare/arenden/${theCase.caseId}`);
  });

  it('Tolvan’s My pages shows the case closed, as Klart', async () => {
    await tolvan.goto(`${t.url}/demo/mina-sidor`);
    const closed = tolvan.getByRole('table', { name: tr('mypages.closed') });
    const row = closed.getByRole('row').filter({ hasText: theCase.caseNumber });
    assert.equal(await row.count(), 1, 'the case is among the closed');
    assert.match(await row.innerText(), new RegExp(statusName('completed')));
    // The status came with a message Tolvan has not opened yet.
    assert.match(await row.innerText(), new RegExp(tr('mypages.unreadOne', 'sv', { count: 1 })));
    const ongoing = tolvan.getByRole('table', { name: tr('mypages.ongoing') });
    assert.equal(await ongoing.getByRole('row').filter({ hasText: theCase.caseNumber }).count(), 0);
    await expectAccessibleInEachLanguage(tolvan, 'my pages, closed', { languages: RESIDENT_LANGUAGES });
    await screenshot(tolvan, 'resident-my-pages-closed-sv');
    await tolvanOpensTheCase();
    const status = tolvan
      .locator('.govuk-summary-list__row')
      .filter({ hasText: tr('case.status') })
      .first();
    assert.match(await status.innerText(), new RegExp(statusName('completed')));
    await expectAccessibleInEachLanguage(tolvan, 'resident case page, closed', {
      languages: RESIDENT_LANGUAGES,
    });
  });

  it('Anna’s other pages by keyboard: register a case, export, list settings', async () => {
    await activate(anna, tr('staff.nav.newCase'));
    await expectAccessibleInEachLanguage(anna, 'register a case: choose the e-service');
    await chooseRadio(anna, radiosIn(anna, tr('manualCase.eService.legend')), serviceName());
    await activate(anna, tr('manualCase.continue'));
    assert.match(anna.url(), new RegExp(`/nytt-arende/${theCase.eServiceId}`));
    await expectAccessibleInEachLanguage(anna, 'register a case: the form');
    await activate(anna, tr('manualCase.save'));
    await expectAccessibleInEachLanguage(anna, 'register a case: errors', {
      errorPage: true,
      redo: (lang) => activate(anna, tr('manualCase.save', lang)),
    });

    await activate(anna, tr('staff.nav.export'));
    await expectAccessibleInEachLanguage(anna, 'export: choose the e-service');
    await chooseOption(anna, anna.getByLabel(tr('export.eService.label')), serviceName());
    await activate(anna, tr('export.choose'));
    await expectAccessibleInEachLanguage(anna, 'export: versions and dates');
    await tabTo(anna, tr('export.download'));
    const download = anna.waitForEvent('download');
    await anna.keyboard.press('Enter');
    assert.match((await download).suggestedFilename(), /\.xlsx$/);

    await activate(anna, tr('staff.nav.cases'));
    await activate(anna, tr('caseList.settingsLink'));
    await expectAccessibleInEachLanguage(anna, 'list settings');
    await setCheckbox(anna, anna.getByLabel('Personnummer', { exact: true }), true);
    await activate(anna, tr('caseList.settings.save'));
    assert.match(await bannerText(anna), new RegExp(tr('caseList.settings.saved')));
    await expectAccessibleInEachLanguage(anna, 'list settings, saved');
    await activate(anna, tr('staff.nav.cases'));
    const row = anna.getByRole('row').filter({ hasText: theCase.caseNumber });
    assert.match(await row.innerText(), /19121212-1212/);
  });
});
