/**
 * Issue 4 with JavaScript turned off in Chromium: the anonymous special-diet
 * application, medical grounds and certificate, from the start page to the
 * receipt and its PDF, on the server-rendered HTML alone. Without the
 * script, nothing stops a resident ticking "no longer needs a special diet"
 * together with another reason: the server says so, in words.
 *
 * axe-core cannot run in a page whose scripts are off, so key pages are
 * checked as served: their HTML, without the enhancement script, in a page
 * of a second, scripting browser (same stylesheets, no govuk-frontend
 * JavaScript, so the plain file input and the no-JS layout are what axe sees).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchBrowser, skipUnlessBrowser, type TestBrowser } from '../support/browser.ts';
import { expectAccessible, screenshot, text } from './pages/journey.ts';
import {
  CHILD,
  certificatePdf,
  GUARDIAN,
  label,
  option,
  START_PATH,
  startDate,
  stepTitle,
} from './pages/specialkost.ts';

const skip = skipUnlessBrowser();
let t: TestApp;
let noScript: TestBrowser;
let checker: TestBrowser;
let checkerPage: Page;

before(async () => {
  if (skip) return;
  t = await startTestApp({ listen: true });
  noScript = await launchBrowser({ javaScriptEnabled: false });
  checker = await launchBrowser();
  checkerPage = await checker.newPage();
});
after(async () => {
  if (skip) return;
  await noScript.close();
  await checker.close();
  await t.close();
});

/** axe on the page exactly as the script-less browser has it. */
async function expectAccessibleAsServed(page: Page, what: string): Promise<void> {
  const html = (await page.content()).replace(/<script\b[^>]*>\s*<\/script>/g, '');
  await checkerPage.goto(`${t.url}/assets/ingang.css`); // same origin, so the stylesheets load
  await checkerPage.setContent(html.replace('<head>', `<head><base href="${page.url()}">`), {
    waitUntil: 'load',
  });
  assert.equal(await checkerPage.evaluate('document.body.classList.contains("js-enabled")'), false);
  // The stylesheets loaded, so contrast and layout are checked as the resident sees them.
  assert.ok(await checkerPage.evaluate('[...document.styleSheets].every((s) => s.cssRules.length > 0)'));
  await expectAccessible(checkerPage, `${what}, without JavaScript`);
}

function continueButton(page: Page) {
  return page.getByRole('button', { name: text('runner.continue'), exact: true });
}

async function continueOn(page: Page): Promise<void> {
  await Promise.all([page.waitForEvent('load'), continueButton(page).click()]);
}

describe('the resident journey without JavaScript', { skip }, () => {
  it('applies for a special diet on medical grounds, with a certificate, and gets the receipt and PDF', async () => {
    const page = await noScript.newPage();
    await page.goto(`${t.url}${START_PATH}?lang=sv`);
    assert.equal(await page.evaluate('document.body.classList.contains("js-enabled")'), false);
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: text('eservice.startWithoutLogin') }).click(),
    ]);

    // Step 1.
    assert.match(page.url(), /\/steg\/barn$/);
    assert.equal((await page.locator('h1').innerText()).trim(), stepTitle('barn'));
    await continueOn(page);
    assert.equal(await page.locator('.govuk-error-summary a').count(), 3, 'three answers missing');
    await expectAccessibleAsServed(page, 'step 1 with errors');
    await page.getByLabel(label('childName')).fill(CHILD.name);
    await page.getByLabel(label('childPnr')).fill(CHILD.pnr);
    await page.getByLabel(label('school')).selectOption({ label: CHILD.school });
    await continueOn(page);

    // Step 2: both "medical" and "no longer needs one" ticked; the server refuses.
    assert.match(page.url(), /\/steg\/kost$/);
    const medical = page.getByLabel(option('grounds', 'medical'), { exact: true });
    const end = page.getByLabel(option('grounds', 'end'), { exact: true });
    await medical.check();
    await end.check();
    assert.equal(await medical.isChecked(), true, 'no script clears the other box');
    await continueOn(page);
    const summary = page.locator('.govuk-error-summary');
    assert.match(
      await summary.innerText(),
      new RegExp(`${option('grounds', 'end')}.*tillsammans med andra alternativ`),
    );
    assert.equal(await medical.isChecked(), true, 'what was ticked is shown again');
    await expectAccessibleAsServed(page, 'step 2, exclusive option combined');
    await screenshot(page, 'no-js-exclusive-error-sv');

    await end.uncheck();
    await continueOn(page);
    const revealed = page.locator('#revealed');
    assert.match(await revealed.innerText(), new RegExp(label('certificate')));
    const certificate = page.locator('input[type=file][name="q.certificate"]');
    assert.equal(await certificate.isVisible(), true, 'the plain file input is shown');
    await expectAccessibleAsServed(page, 'step 2, questions added');

    // The certificate is required, then given.
    await page.getByLabel(option('medicalDiet', 'peanuts'), { exact: true }).check();
    const date = startDate();
    const dateGroup = page.getByRole('group', { name: label('startDate') });
    await dateGroup.getByLabel(text('components.date.day')).fill(date.day);
    await dateGroup.getByLabel(text('components.date.month')).fill(date.month);
    await dateGroup.getByLabel(text('components.date.year')).fill(date.year);
    await continueOn(page);
    assert.match(await summary.innerText(), new RegExp(label('certificate')));
    await certificate.setInputFiles(certificatePdf());
    await page.getByLabel(option('allergySeverity', 'moderate'), { exact: false }).check();
    await continueOn(page);
    assert.match(await page.locator('main').innerText(), /lakarintyg\.pdf/);
    assert.match(await revealed.innerText(), new RegExp(label('reactsToTraces')));
    await screenshot(page, 'no-js-step-2-sv');
    await page
      .getByRole('group', { name: label('reactsToTraces') })
      .getByLabel(text('answer.no'))
      .check();
    await continueOn(page);

    // Step 3, check answers, submit.
    assert.match(page.url(), /\/steg\/vardnadshavare$/);
    const contact = page.getByRole('group', { name: label('guardian') });
    await contact.getByLabel(text('questions.part.name')).fill(GUARDIAN.name);
    await contact.getByLabel(text('questions.part.email')).fill(GUARDIAN.email);
    await contact.getByLabel(text('questions.part.phone')).fill(GUARDIAN.phone);
    await page.getByLabel(label('shareWithKitchen')).check();
    await continueOn(page);
    assert.match(page.url(), /\/kontrollera$/);
    const answers = await page.locator('main').innerText();
    for (const shown of [
      option('medicalDiet', 'peanuts'),
      option('allergySeverity', 'moderate'),
      'lakarintyg.pdf',
    ]) {
      assert.ok(answers.includes(shown), `check answers shows ${shown}`);
    }
    await expectAccessibleAsServed(page, 'check answers');
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: text('runner.check.submit') }).click(),
    ]);
    assert.match(page.url(), /\/arenden\/[0-9a-f-]{36}\/kvitto$/);
    const caseNumber = (await page.locator('.govuk-panel__body strong').innerText()).trim();
    assert.match(caseNumber, /^\d{4}-\d{5}$/);
    await expectAccessibleAsServed(page, 'receipt');
    const href = await page.getByRole('link', { name: text('runner.receipt.pdf') }).getAttribute('href');
    const pdf = await page.request.get(new URL(href ?? '', page.url()).toString());
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');
    await page.close();
  });
});
