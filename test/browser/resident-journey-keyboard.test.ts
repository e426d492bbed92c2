/**
 * Issue 4 by keyboard alone, in Chromium: Tab and Shift+Tab, Space and
 * Enter, arrow keys in radio groups and selects, typing. No click, fill or
 * check anywhere; every control is reached with `tabTo`, which fails when
 * Tab cannot get there (unreachable control, keyboard trap).
 *
 * Tolvan Tolvansson logs in through the development identity provider,
 * starts "Ansökan om specialkost", saves halfway, finds the draft on My
 * pages, continues, changes an answer from check answers (landing on that
 * very question, and coming back), submits, and follows the case from My
 * pages to the case page. Every page on the way is checked with axe in
 * Swedish, English and Arabic, the language chosen with the keyboard in the
 * header's language links.
 *
 * Then a guardian without e-ID does the anonymous journey by keyboard too,
 * choosing the doctor's certificate through the upload button.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { LANGUAGE_NAMES, type UiLang } from '../../src/web/ui/i18n/languages.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import {
  activate,
  catchFileChoosers,
  chooseOption,
  chooseRadio,
  focusedElement,
  setCheckbox,
  tabTo,
  typeInto,
} from '../support/keyboard.ts';
import {
  expectAccessible,
  expectErrorPage,
  expectLanguage,
  LANGUAGES,
  screenshot,
  text,
} from './pages/journey.ts';
import {
  CHILD,
  certificatePdf,
  GUARDIAN,
  label,
  option,
  START_PATH,
  serviceName,
  startDate,
  stepTitle,
} from './pages/specialkost.ts';

const app = useBrowserApp();

/**
 * Checks the page in every language, switching with the keyboard through
 * the header's language links (Tab from the top of the page, Enter), and
 * ends in Swedish with focus at the top of the page again.
 */
async function expectAccessibleInEveryLanguageByKeyboard(page: Page, what: string): Promise<void> {
  const order: UiLang[] = [...LANGUAGES.filter((l) => l !== 'sv'), 'sv'];
  for (const lang of order) {
    await activate(page, LANGUAGE_NAMES[lang] ?? lang, { max: 15 });
    await expectLanguage(page, lang, `${what} (${lang})`);
    await expectAccessible(page, `${what} (${lang})`);
  }
}

/** The radio buttons of the group (fieldset) labelled `legend`. */
function radiosOf(page: Page, legend: string) {
  return page.getByRole('group', { name: legend }).getByRole('radio');
}

const CONTINUE = text('runner.continue');

describe('the resident journey by keyboard alone', { skip: app.skip }, () => {
  it('Tolvan saves a draft, continues from My pages, changes an answer, submits and opens the case', async () => {
    const page = await app.browser.newPage();
    // Typing the address is the one thing done without Tab.
    await page.goto(`${app.t.url}${START_PATH}?lang=sv`);
    await expectAccessibleInEveryLanguageByKeyboard(page, 'start page');

    // Log in: the start page, the login page, the development identity provider.
    await activate(page, text('eservice.loginAndStart'));
    assert.match(page.url(), /\/demo\/logga-in/);
    await expectAccessibleInEveryLanguageByKeyboard(page, 'login page');
    await chooseRadio(page, page.getByRole('radio'), text('auth.method.bankid'));
    await activate(page, text('auth.resident.continue'));
    await page.waitForURL(/\/dev-idp\//);
    // The test identity provider is a tool, not the municipality's service: checked as it comes.
    await expectAccessible(page, 'dev idp person page (sv)');
    await chooseRadio(page, page.getByRole('radio'), /^Tolvan Tolvansson/);
    await tabTo(page, 'Logga in som testperson');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === START_PATH);
    await page.waitForLoadState();
    assert.match(await page.locator('header').innerText(), /Tolvan Tolvansson|Logga ut/);

    // Start, logged in: no "without logging in" choice any more.
    await activate(page, text('eservice.start'));
    assert.match(page.url(), /\/steg\/barn$/);
    assert.equal(await page.getByText(text('runner.anonymousNote')).count(), 0);
    await expectAccessibleInEveryLanguageByKeyboard(page, 'step 1, logged in');

    // Step 1 by keyboard; the error page first.
    await activate(page, CONTINUE);
    await expectErrorPage(page, 'sv', 'step 1 with errors, by keyboard');
    // Focus is on the summary: Tab reaches its first link, Enter puts focus in the field.
    await page.keyboard.press('Tab');
    assert.match((await focusedElement(page)).name, new RegExp(label('childName')));
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate('document.activeElement.id'), 'q-childName');
    await page.keyboard.type(CHILD.name);
    await typeInto(page, page.getByLabel(label('childPnr')), CHILD.pnr);
    await chooseOption(page, page.getByLabel(label('school')), CHILD.school);
    await activate(page, CONTINUE);

    // Step 2: religious grounds, then save and leave.
    assert.match(page.url(), /\/steg\/kost$/);
    await expectAccessibleInEveryLanguageByKeyboard(page, 'step 2, logged in');
    await setCheckbox(page, page.getByLabel(option('grounds', 'religious'), { exact: true }), true);
    await activate(page, text('runner.saveLater'));

    // My pages: the draft, and continuing it where it was left.
    assert.match(page.url(), /\/demo\/mina-sidor\?sparat=/);
    assert.match(
      await page.locator('.govuk-notification-banner').innerText(),
      new RegExp(text('runner.savedTitle')),
    );
    const continueDraft = text('mypages.continue', { name: serviceName() });
    assert.equal(await page.getByRole('link', { name: continueDraft }).count(), 1, 'the draft is listed');
    await screenshot(page, 'my-pages-draft-sv');
    await expectAccessibleInEveryLanguageByKeyboard(page, 'my pages with the draft');
    await activate(page, continueDraft);
    assert.match(page.url(), /\/steg\/kost$/, 'the draft opens on the step it was saved on');
    assert.equal(await page.getByLabel(option('grounds', 'religious'), { exact: true }).isChecked(), true);

    // The saved answer already asks which diet; Continue with it and the date unanswered.
    assert.equal(await radiosOf(page, label('lifestyleDiet')).count(), 3);
    await activate(page, CONTINUE);
    const problems = await expectErrorPage(page, 'sv', 'step 2, diet and start date missing');
    assert.equal(problems.length, 2, problems.join(' | '));
    // Each summary link puts focus in its field: Space chooses the first diet, then the date.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal((await focusedElement(page)).name, option('lifestyleDiet', 'porkFree'));
    await page.keyboard.press('Space');
    const date = startDate();
    await typeInto(page, page.getByLabel(text('components.date.day')), date.day);
    await typeInto(page, page.getByLabel(text('components.date.month')), date.month);
    await typeInto(page, page.getByLabel(text('components.date.year')), date.year);
    await activate(page, CONTINUE);

    // Step 3: the name comes from the login.
    assert.match(page.url(), /\/steg\/vardnadshavare$/);
    await expectAccessibleInEveryLanguageByKeyboard(page, 'step 3, logged in');
    const contact = page.getByRole('group', { name: label('guardian') });
    assert.equal(await contact.getByLabel(text('questions.part.name')).inputValue(), 'Tolvan Tolvansson');
    await typeInto(page, contact.getByLabel(text('questions.part.email')), 'tolvan@example.se');
    await typeInto(page, contact.getByLabel(text('questions.part.phone')), GUARDIAN.phone);
    await setCheckbox(page, page.getByLabel(label('shareWithKitchen')), true);
    await activate(page, CONTINUE);

    // Check answers; "Ändra" lands on that very question: the first Tab is its radio.
    assert.match(page.url(), /\/kontrollera$/);
    await expectAccessibleInEveryLanguageByKeyboard(page, 'check answers, logged in');
    assert.match(await page.locator('main').innerText(), new RegExp(option('lifestyleDiet', 'porkFree')));
    const change = `${text('components.summary.change')} ${label('lifestyleDiet')}`;
    await activate(page, change);
    assert.match(page.url(), /\/steg\/kost\?fran=kontroll#question-q-lifestyleDiet$/);
    await page.keyboard.press('Tab');
    const landed = await focusedElement(page);
    assert.equal(
      landed.name,
      option('lifestyleDiet', 'porkFree'),
      `first Tab after Ändra: ${landed.description}`,
    );
    await page.keyboard.press('ArrowDown');
    assert.equal(
      await page.getByLabel(option('lifestyleDiet', 'vegetarian'), { exact: true }).isChecked(),
      true,
    );
    await activate(page, CONTINUE);
    assert.match(page.url(), /\/kontrollera$/, 'continuing after a change returns to check answers');
    const answers = await page.locator('main').innerText();
    assert.match(answers, new RegExp(option('lifestyleDiet', 'vegetarian')));
    assert.doesNotMatch(answers, new RegExp(option('lifestyleDiet', 'porkFree')));

    // Submit; the receipt; My pages lists the case with its status; the case page.
    await activate(page, text('runner.check.submit'));
    assert.match(page.url(), /\/arenden\/[0-9a-f-]{36}\/kvitto$/);
    const caseNumber = (await page.locator('.govuk-panel__body strong').innerText()).trim();
    await expectAccessibleInEveryLanguageByKeyboard(page, 'receipt, logged in');
    await activate(page, text('layout.myPages'));
    assert.match(page.url(), /\/demo\/mina-sidor$/);
    const row = page.getByRole('row').filter({ hasText: caseNumber });
    assert.equal(await row.count(), 1, 'the case is on My pages');
    assert.match(await row.innerText(), /Inskickat/);
    assert.equal(await page.getByRole('link', { name: continueDraft }).count(), 0, 'the draft is gone');
    await expectAccessibleInEveryLanguageByKeyboard(page, 'my pages with the case');
    await screenshot(page, 'my-pages-case-sv');
    await activate(page, caseNumber);
    assert.match(page.url(), /\/demo\/mina-sidor\/arenden\/[0-9a-f-]{36}$/);
    assert.match(await page.locator('h1').innerText(), new RegExp(caseNumber));
    assert.match(await page.locator('main').innerText(), /Inskickat/);
    await expectAccessibleInEveryLanguageByKeyboard(page, 'case page');
    await screenshot(page, 'case-page-sv');
    await page.close();
  });

  it('a guardian without e-ID applies by keyboard, choosing the certificate with the upload button', async () => {
    const page = await app.browser.newPage();
    const nextFileChooser = catchFileChoosers(page);
    await page.context().clearCookies();
    await page.goto(`${app.t.url}${START_PATH}?lang=sv`);
    await activate(page, text('eservice.startWithoutLogin'));
    assert.match(page.url(), /\/steg\/barn$/);
    assert.equal(await page.locator('h1').innerText(), stepTitle('barn'));
    await typeInto(page, page.getByLabel(label('childName')), CHILD.name);
    await typeInto(page, page.getByLabel(label('childPnr')), CHILD.pnr);
    await chooseOption(page, page.getByLabel(label('school')), CHILD.school);
    await activate(page, CONTINUE);

    // The exclusive option by keyboard: Space on one clears the other.
    const medical = page.getByLabel(option('grounds', 'medical'), { exact: true });
    const end = page.getByLabel(option('grounds', 'end'), { exact: true });
    await setCheckbox(page, medical, true);
    await setCheckbox(page, end, true);
    assert.equal(await medical.isChecked(), false);
    await setCheckbox(page, medical, true, { backwards: true });
    assert.equal(await end.isChecked(), false);
    await activate(page, CONTINUE);

    // Follow the banner's link to the first new question: the next Tab is its first checkbox.
    await tabTo(page, label('medicalDiet'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal((await focusedElement(page)).name, option('medicalDiet', 'gluten'));
    await setCheckbox(page, page.getByLabel(option('medicalDiet', 'egg'), { exact: true }), true);
    // The upload button is in the tab order and opens the file chooser.
    await tabTo(page, page.locator('#q-certificate'));
    await page.keyboard.press('Space');
    await (await nextFileChooser()).setFiles(certificatePdf());
    const date = startDate();
    await typeInto(page, page.getByLabel(text('components.date.day')), date.day);
    await typeInto(page, page.getByLabel(text('components.date.month')), date.month);
    await typeInto(page, page.getByLabel(text('components.date.year')), date.year);
    await activate(page, CONTINUE);
    assert.match(await page.locator('main').innerText(), /lakarintyg\.pdf/);
    await chooseRadio(page, radiosOf(page, label('allergySeverity')), option('allergySeverity', 'mild'));
    await activate(page, CONTINUE);

    // Step 3 and on to the receipt.
    assert.match(page.url(), /\/steg\/vardnadshavare$/);
    const contact = page.getByRole('group', { name: label('guardian') });
    await typeInto(page, contact.getByLabel(text('questions.part.name')), GUARDIAN.name);
    await typeInto(page, contact.getByLabel(text('questions.part.email')), GUARDIAN.email);
    await typeInto(page, contact.getByLabel(text('questions.part.phone')), GUARDIAN.phone);
    await setCheckbox(page, page.getByLabel(label('shareWithKitchen')), true);
    await activate(page, CONTINUE);
    assert.match(page.url(), /\/kontrollera$/);
    await activate(page, text('runner.check.submit'));
    assert.match(page.url(), /\/arenden\/[0-9a-f-]{36}\/kvitto$/);
    await tabTo(page, text('runner.receipt.pdf'));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    assert.match((await download).suggestedFilename(), /^ansokan-\d{4}-\d{5}\.pdf$/);
    await page.close();
  });
});
