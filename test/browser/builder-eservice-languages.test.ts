/**
 * The e-service page with its own texts in Arabic (issue 7, item 4) in
 * Chromium with axe-core, in Swedish and English: fields per offered
 * language with lang and dir, and a save with an error that keeps the Arabic.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { TINY_ESERVICE } from '../support/eservice-fixture.ts';
import { loginStaffPage } from '../support/staff-login.ts';

const app = useBrowserApp();
let eServiceId: string;

app.setUp(async () => {
  const demo = await app.t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  const e = await app.t.services.eServices.create(demo.id, {
    ...TINY_ESERVICE,
    slug: 'sprak-i-webblasaren',
    offeredLanguages: ['sv', 'en', 'ar'],
  });
  eServiceId = e.id;
});

const loginAsDeveloper = (page: Page) =>
  loginStaffPage(page, app.t.url, 'utvecklare', 'demo-utvecklare-2026');

describe("the e-service's own texts in Arabic, in Chromium", { skip: app.skip }, () => {
  it('shows Arabic fields right to left, keeps what was typed on an error, in Swedish and English', async () => {
    const page = await app.browser.newPage();
    await loginAsDeveloper(page);
    const url = `${app.t.url}/demo/handlaggare/bygg/${eServiceId}`;
    await page.goto(`${url}?lang=sv`);
    await expectAccessible(page, 'e-service page with Arabic fields sv');
    const nameAr = page.getByLabel('Namn på arabiska');
    assert.equal(await nameAr.getAttribute('lang'), 'ar');
    assert.equal(await nameAr.getAttribute('dir'), 'rtl');
    assert.equal(await page.getByLabel('Ändamål (arabiska)').getAttribute('dir'), 'rtl');

    await nameAr.fill('اختبار اللغة');
    await page.getByLabel('Namn på svenska').fill('');
    await page.getByRole('button', { name: 'Spara' }).last().click();
    await page.waitForLoadState();
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    assert.equal(await page.locator('#nameAr').inputValue(), 'اختبار اللغة');
    await expectAccessible(page, 'e-service page with Arabic fields and an error sv');

    await page.goto(`${url}?lang=en`);
    await expectAccessible(page, 'e-service page with Arabic fields en');
    assert.equal(await page.getByLabel('Name in Arabic').getAttribute('dir'), 'rtl');
    await page.close();
  });
});
