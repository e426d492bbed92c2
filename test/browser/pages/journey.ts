/**
 * What the resident-journey browser tests share: axe on a page in every
 * language, the error page's promises (summary first, focused, linked to the
 * fields), screenshots, and the interface texts looked up from the app's own
 * translations so a test reads the same in Swedish, English and Arabic.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { textDirection, UI_LANGUAGES, type UiLang } from '../../../src/web/ui/i18n/languages.ts';
import { getTranslator, type MessageKey } from '../../../src/web/ui/i18n/translator.ts';
import { expectAccessible } from '../../support/browser.ts';

export const LANGUAGES: readonly UiLang[] = UI_LANGUAGES;

/** An interface text as the app shows it in `lang` (Swedish unless told). */
export function text(key: MessageKey, vars?: Record<string, string | number>, lang: UiLang = 'sv'): string {
  return getTranslator(lang).t(key, vars);
}

/** Screenshots of key pages, to look at after a run. */
export const SCREENSHOT_DIR = process.env.JOURNEY_SCREENSHOTS ?? '/tmp/ingang-journey';

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** No axe-core violations (WCAG 2.1 A/AA and best practice) on the page as it is now. */
export { expectAccessible };

/** `lang` and `dir` on <html> say what the page is in; an Arabic page reads right to left. */
export async function expectLanguage(page: Page, lang: UiLang, what: string): Promise<void> {
  const html = page.locator('html');
  assert.equal(await html.getAttribute('lang'), lang, `${what}: lang`);
  assert.equal(await html.getAttribute('dir'), textDirection(lang), `${what}: dir`);
  if (lang === 'ar') {
    assert.match(await page.locator('main').innerText(), /[\u0600-\u06ff]/, `${what}: the page is in Arabic`);
  }
}

/** The same address in another language: the app's own switch (?lang=xx, kept in a cookie). */
export function withLang(url: string, lang: UiLang): string {
  const u = new URL(url);
  u.searchParams.set('lang', lang);
  return u.toString();
}

/**
 * Checks the page the browser is on in every language, by switching to it
 * as the language links do, and comes back in `back` (the journey's own
 * language, Swedish unless told), taking a screenshot in each when asked.
 * Only for pages that a GET shows again as they are.
 */
export async function expectAccessibleInEveryLanguage(
  page: Page,
  what: string,
  options: { back?: UiLang; screenshot?: string } = {},
): Promise<void> {
  const url = page.url();
  const back = options.back ?? 'sv';
  for (const lang of [...LANGUAGES.filter((l) => l !== back), back]) {
    await page.goto(withLang(url, lang));
    await expectLanguage(page, lang, `${what} (${lang})`);
    await expectAccessible(page, `${what} (${lang})`);
    if (options.screenshot) await screenshot(page, `${options.screenshot}-${lang}`);
  }
}

/**
 * The error page's promises: "Fel: " first in the title, the summary above
 * everything else in <main> and focused on load, each of its links pointing
 * at a control that is on the page and follows the link's message with its
 * own error message. Returns the summary's link texts.
 */
export async function expectErrorPage(page: Page, lang: UiLang, what: string): Promise<string[]> {
  const summary = page.locator('.govuk-error-summary');
  assert.equal(await summary.count(), 1, `${what}: one error summary`);
  assert.ok((await page.title()).startsWith(text('errors.pageTitlePrefix', {}, lang)), `${what}: title`);
  const focused = await page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: { className?: string } | null } })
      .document.activeElement;
    return el?.className ?? '';
  });
  assert.match(focused, /govuk-error-summary/, `${what}: the summary has focus`);
  const links = await summary
    .locator('a')
    .evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim() })),
    );
  assert.ok(links.length > 0, `${what}: the summary lists the problems`);
  for (const link of links) {
    assert.match(link.href, /^#/, `${what}: ${link.text} links within the page`);
    const field = page.locator(link.href);
    assert.equal(await field.count(), 1, `${what}: ${link.href} is a control on the page`);
    // The field's own message repeats the summary's, tied to it by aria-describedby or its fieldset.
    const described = await field.evaluate((el) => {
      const doc = (
        globalThis as unknown as {
          document: { getElementById(id: string): { textContent: string | null } | null };
        }
      ).document;
      const ids = [
        el.getAttribute('aria-describedby') ?? '',
        el.closest('fieldset')?.getAttribute('aria-describedby') ?? '',
      ]
        .join(' ')
        .split(/\s+/)
        .filter(Boolean);
      return ids.map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
    });
    assert.ok(described.includes(link.text), `${what}: ${link.href} is described by "${link.text}"`);
  }
  await expectAccessible(page, what);
  return links.map((l) => l.text);
}

/** Clicking (or pressing Enter on) a summary link puts focus on its field, as govuk-frontend promises. */
export async function expectSummaryLinkFocusesField(page: Page, what: string): Promise<void> {
  const link = page.locator('.govuk-error-summary a').first();
  const target = ((await link.getAttribute('href')) ?? '').slice(1);
  await link.focus();
  await page.keyboard.press('Enter');
  const focusedId = await page.evaluate(
    () =>
      (globalThis as unknown as { document: { activeElement: { id?: string } | null } }).document
        .activeElement?.id,
  );
  assert.equal(focusedId, target, `${what}: the first summary link moves focus to #${target}`);
}
