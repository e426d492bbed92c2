/**
 * "Prova e-tjänsten" and copying in Chromium with axe-core, by keyboard: the
 * start page, a test-mode step, the test receipt (Swedish and Arabic), and
 * the copy page with an error summary, and the builder list by category.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { publishTiny } from '../support/eservice-fixture.ts';
import { loginStaffPage } from '../support/staff-login.ts';

const app = useBrowserApp();
let eServiceId: string;
let draftVersionId: string;

app.setUp(async () => {
  const demo = await app.t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  eServiceId = (await publishTiny(app.t.services, demo.id)).eService.id;
  const d = await app.t.services.builderVersions.newDraftFromCurrent(demo.id, eServiceId, {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Ebba Utvecklare',
  });
  assert.ok(d.ok);
  draftVersionId = d.id;
});

const loginAsDeveloper = (page: Page) =>
  loginStaffPage(page, app.t.url, 'utvecklare', 'demo-utvecklare-2026');

/** Presses a button by keyboard: focus it, then Enter. */
async function press(page: Page, selector: string) {
  await page.locator(selector).focus();
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

/** Fills in the tiny e-service from its first step to the test receipt, by keyboard. */
async function fillInToReceipt(page: Page, label: string) {
  await page.waitForURL(/\/prova\/[0-9a-f-]{36}\/steg\/om-dig$/);
  await page.locator('input[name="q.name"]').focus();
  await page.keyboard.type('Åsa');
  await page.locator('input[name="q.hasPet"][value="no"]').check();
  await page.locator('input[name="q.name"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/steg\/ovrigt$/);
  await press(page, '.govuk-button-group button[value="continue"]');
  await page.waitForURL(/\/steg\/bilagor$/);
  await press(page, '.govuk-button-group button[value="continue"]');
  await page.waitForURL(/\/kontrollera$/);
  assert.equal(await page.locator('#test-mode-banner').count(), 1);
  await expectAccessible(page, `check page ${label}`);
  await press(page, 'form[action$="/skicka"] button');
  assert.equal(await page.locator('.govuk-panel--confirmation').count(), 1);
  assert.equal(await page.locator('#test-mode-banner').count(), 1);
  await expectAccessible(page, `test receipt ${label}`);
}

describe('try the e-service in Chromium', { skip: app.skip }, () => {
  it('start page, a test-mode step with an error, the test receipt, in Swedish', async () => {
    const page = await app.browser.newPage();
    await loginAsDeveloper(page);
    const start = `${app.t.url}/demo/handlaggare/bygg/${eServiceId}/versioner/${draftVersionId}/prova`;
    await page.goto(`${start}?lang=sv`);
    assert.equal(await page.locator('h1').textContent(), 'Prova e-tjänsten');
    await expectAccessible(page, 'start sv');
    await press(page, 'button.govuk-button--start');
    await page.waitForURL(/\/steg\/om-dig$/);
    assert.match(
      (await page.locator('#test-mode-banner').textContent()) ?? '',
      /Testläge — inget ärende skapas/,
    );
    await expectAccessible(page, 'test-mode step sv');
    // Continue without answering: the same error summary as for residents.
    await press(page, '.govuk-button-group button[value="continue"]');
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    await expectAccessible(page, 'test-mode step with errors sv');
    await fillInToReceipt(page, 'sv');
    assert.match((await page.locator('h1').textContent()) ?? '', /Provet är klart/);
    await page.close();
  });

  it('the try in Arabic, right to left', async () => {
    const page = await app.browser.newPage();
    await loginAsDeveloper(page);
    await page.goto(
      `${app.t.url}/demo/handlaggare/bygg/${eServiceId}/versioner/${draftVersionId}/prova?lang=sv`,
    );
    await page.locator('select[name="lang"]').selectOption('ar');
    await press(page, 'button.govuk-button--start');
    await page.waitForURL(/\/steg\/om-dig$/);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
    await expectAccessible(page, 'test-mode step ar');
    await fillInToReceipt(page, 'ar');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    await page.close();
  });

  it('the copy page with an error summary', async () => {
    const page = await app.browser.newPage();
    await loginAsDeveloper(page);
    await page.goto(`${app.t.url}/demo/handlaggare/bygg/${eServiceId}/kopiera?lang=sv`);
    await expectAccessible(page, 'copy sv');
    await page.locator('#slug').fill('tiny');
    await press(page, 'main form button');
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    assert.equal(await page.locator('#slug').inputValue(), 'tiny');
    await expectAccessible(page, 'copy with errors sv');
    await page.close();
  });

  it('the builder list by category, filtered', async () => {
    const page = await app.browser.newPage();
    await loginAsDeveloper(page);
    await page.goto(`${app.t.url}/demo/handlaggare/bygg?lang=sv`);
    await expectAccessible(page, 'list by category sv');
    await page.locator('select[name="kategori"]').selectOption({ index: 1 });
    await press(page, 'search form button');
    assert.match(page.url(), /\?kategori=/);
    assert.equal(await page.locator('main table').count(), 1);
    await expectAccessible(page, 'list filtered sv');
    await page.close();
  });
});
