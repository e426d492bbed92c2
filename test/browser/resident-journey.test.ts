/**
 * Issue 4 in Chromium: a guardian applies for a special diet without logging
 * in, from the catalogue to the receipt and its PDF, choosing medical grounds
 * so that the doctor's certificate is asked for and required. Every page is
 * checked with axe-core in Swedish, English and Arabic (Arabic right to
 * left), and the error page in all three: the summary first, focused, each
 * problem linked to its field. Screenshots of key pages go to
 * /tmp/ingang-journey.
 *
 * The logged-in journey (save, My pages, change an answer) is driven by the
 * keyboard alone in resident-journey-keyboard.test.ts, and this journey runs
 * again without JavaScript in resident-journey-no-js.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useBrowserApp } from '../support/browser-app.ts';
import {
  expectAccessible,
  expectAccessibleInEveryLanguage,
  expectErrorPage,
  expectLanguage,
  expectSummaryLinkFocusesField,
  LANGUAGES,
  screenshot,
  text,
  withLang,
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

function continueButton(page: Page) {
  return page.getByRole('button', { name: text('runner.continue'), exact: true });
}

/** Presses "Fortsätt" and waits for the page that answers. */
async function continueOn(page: Page): Promise<void> {
  await Promise.all([page.waitForEvent('load'), continueButton(page).click()]);
}

async function h1(page: Page): Promise<string> {
  return (await page.locator('h1').innerText()).trim();
}

describe('the resident journey in Chromium, without logging in', { skip: app.skip }, () => {
  it('applies for a special diet on medical grounds: certificate required, exclusive choice, receipt and PDF', async () => {
    const page = await app.browser.newPage();

    // The catalogue and the e-service's start page.
    await page.goto(`${app.t.url}/demo/?lang=sv`);
    await expectAccessibleInEveryLanguage(page, 'catalogue');
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: serviceName() }).click()]);
    assert.equal(new URL(page.url()).pathname, START_PATH);
    await expectAccessibleInEveryLanguage(page, 'start page');
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: text('eservice.startWithoutLogin') }).click(),
    ]);

    // Step 1, "Barnet": first the error page, in every language.
    assert.match(page.url(), /\/demo\/utkast\/[0-9a-f-]{36}\/steg\/barn$/);
    const step1 = page.url();
    assert.equal(await h1(page), stepTitle('barn'));
    assert.match(
      await page.locator('main').innerText(),
      new RegExp(text('runner.anonymousNote').slice(0, 30)),
    );
    await expectAccessibleInEveryLanguage(page, 'step 1');
    for (const lang of LANGUAGES) {
      await page.goto(withLang(step1, lang));
      const response = page.waitForResponse((r) => r.request().method() === 'POST');
      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: text('runner.continue', {}, lang), exact: true }).click(),
      ]);
      assert.equal((await response).status(), 422);
      await expectLanguage(page, lang, `step 1 with errors (${lang})`);
      const problems = await expectErrorPage(page, lang, `step 1 with errors (${lang})`);
      assert.equal(problems.length, 3, `${lang}: name, personal identity number and school are required`);
      if (lang !== 'sv') await screenshot(page, `step-errors-${lang}`);
    }
    await page.goto(withLang(step1, 'sv'));
    await continueOn(page);
    await expectErrorPage(page, 'sv', 'step 1 with errors (sv)');
    await screenshot(page, 'step-errors-sv');
    await expectSummaryLinkFocusesField(page, 'step 1 with errors');

    await page.getByLabel(label('childName')).fill(CHILD.name);
    await page.getByLabel(label('childPnr')).fill(CHILD.pnr);
    await page.getByLabel(label('school')).selectOption({ label: CHILD.school });
    await continueOn(page);

    // Step 2, "Specialkost": the grounds; "no longer needs one" excludes the others.
    assert.match(page.url(), /\/steg\/kost$/);
    await expectAccessibleInEveryLanguage(page, 'step 2', { screenshot: 'step-2' });
    const medical = page.getByLabel(option('grounds', 'medical'), { exact: true });
    const end = page.getByLabel(option('grounds', 'end'), { exact: true });
    await medical.check();
    await end.check();
    assert.equal(await medical.isChecked(), false, 'the exclusive option clears the others');
    await medical.check();
    assert.equal(await end.isChecked(), false, 'another option clears the exclusive one');
    assert.equal(
      await page.getByLabel(label('medicalDiet')).count(),
      0,
      'follow-up questions come after Continue',
    );
    await continueOn(page);

    // Medical grounds bring up what the child cannot eat and the certificate:
    // listed, not reported as errors, since the resident has not seen them yet.
    const revealed = page.locator('#revealed');
    assert.match(await revealed.innerText(), new RegExp(label('medicalDiet')));
    assert.match(await revealed.innerText(), new RegExp(label('certificate')));
    assert.equal(
      await page.locator('.govuk-error-summary').count(),
      1,
      'the start date was on the page and is missing',
    );
    assert.doesNotMatch(
      await page.locator('.govuk-error-summary').innerText(),
      new RegExp(label('certificate')),
    );
    await expectErrorPage(page, 'sv', 'step 2, start date missing, questions added');
    const certificate = page.locator('input[type=file][name="q.certificate"]');
    assert.equal(await certificate.count(), 1, 'the certificate is asked for');

    // The certificate is required: leaving it out is an error of its own.
    await page.getByLabel(option('medicalDiet', 'egg'), { exact: true }).check();
    const date = startDate();
    const dateGroup = page.getByRole('group', { name: label('startDate') });
    await dateGroup.getByLabel(text('components.date.day')).fill(date.day);
    await dateGroup.getByLabel(text('components.date.month')).fill(date.month);
    await dateGroup.getByLabel(text('components.date.year')).fill(date.year);
    await continueOn(page);
    const problems = await expectErrorPage(page, 'sv', 'step 2 without certificate');
    assert.ok(
      problems.some((p) => p.includes(label('certificate'))),
      `the certificate is required: ${problems.join(' | ')}`,
    );
    assert.equal(problems.length, 1, `only the certificate is missing: ${problems.join(' | ')}`);
    assert.match(
      await revealed.innerText(),
      new RegExp(label('allergySeverity')),
      'an allergen asks how severe',
    );
    await screenshot(page, 'step-2-certificate-missing-sv');

    // A real PDF, then the severity questions as they appear.
    await certificate.setInputFiles(certificatePdf());
    await page.getByLabel(option('allergySeverity', 'severe'), { exact: false }).check();
    await continueOn(page);
    assert.match(await revealed.innerText(), new RegExp(label('carriesAdrenaline')));
    assert.match(await page.locator('main').innerText(), /lakarintyg\.pdf/, 'the uploaded file is listed');
    await expectAccessible(page, 'step 2 with the certificate uploaded');
    await page
      .getByRole('group', { name: label('reactsToTraces') })
      .getByLabel(text('answer.yes'))
      .check();
    await page
      .getByRole('group', { name: label('carriesAdrenaline') })
      .getByLabel(text('answer.yes'))
      .check();
    await continueOn(page);
    assert.match(await revealed.innerText(), new RegExp(label('adrenalineLocation')));
    await page.getByLabel(label('adrenalineLocation')).fill('I ryggsäcken, ytterfacket');
    await continueOn(page);

    // Step 3, "Dina uppgifter".
    assert.match(page.url(), /\/steg\/vardnadshavare$/);
    await expectAccessibleInEveryLanguage(page, 'step 3');
    const contact = page.getByRole('group', { name: label('guardian') });
    await contact.getByLabel(text('questions.part.name')).fill(GUARDIAN.name);
    await contact.getByLabel(text('questions.part.email')).fill(GUARDIAN.email);
    await contact.getByLabel(text('questions.part.phone')).fill(GUARDIAN.phone);
    await page.getByLabel(label('shareWithKitchen')).check();
    await continueOn(page);

    // Check answers.
    assert.match(page.url(), /\/kontrollera$/);
    assert.equal(await h1(page), text('runner.check.title'));
    const answers = await page.locator('main').innerText();
    for (const shown of [
      CHILD.name,
      CHILD.school,
      option('grounds', 'medical'),
      option('medicalDiet', 'egg'),
      option('allergySeverity', 'severe'),
      'lakarintyg.pdf',
      GUARDIAN.email,
    ]) {
      assert.ok(answers.includes(shown), `check answers shows ${shown}`);
    }
    await expectAccessibleInEveryLanguage(page, 'check answers', { screenshot: 'check-answers' });

    // Submit, receipt, PDF.
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: text('runner.check.submit') }).click(),
    ]);
    assert.match(page.url(), /\/demo\/arenden\/[0-9a-f-]{36}\/kvitto$/);
    assert.equal(await h1(page), text('runner.receipt.title'));
    const caseNumber = (await page.locator('.govuk-panel__body strong').innerText()).trim();
    assert.match(caseNumber, /^\d{4}-\d{5}$/);
    assert.match(
      await page.locator('main').innerText(),
      new RegExp(text('runner.receipt.nextAnonymous').slice(0, 30)),
    );
    await expectAccessibleInEveryLanguage(page, 'receipt', { screenshot: 'receipt' });
    const pdfLink = page.getByRole('link', { name: text('runner.receipt.pdf') });
    const pdf = await page.request.get(
      new URL((await pdfLink.getAttribute('href')) ?? '', page.url()).toString(),
    );
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');

    // The case holds the answers and the certificate.
    const stored = await app.t.services.db
      .selectFrom('case')
      .select(['id', 'answers'])
      .where('case_number', '=', caseNumber)
      .executeTakeFirstOrThrow();
    const kept = stored.answers as Record<string, unknown>;
    assert.deepEqual(kept.grounds, ['medical']);
    assert.equal(kept.allergySeverity, 'severe');
    assert.equal((kept.certificate as unknown[]).length, 1);
    await page.close();
  });
});
