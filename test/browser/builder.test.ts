/**
 * The builder's first pages in Chromium with axe-core: the list, creating an
 * e-service (with errors, then done, by keyboard), the e-service page with a
 * check's problem list, and a refused publish, in Swedish and English.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { loginStaffPage } from '../support/staff-login.ts';

const app = useBrowserApp();

const loginAsDeveloper = (page: Page) =>
  loginStaffPage(page, app.t.url, 'utvecklare', 'demo-utvecklare-2026');

describe('builder pages in Chromium', { skip: app.skip }, () => {
  it('list, create with errors, the e-service page with problems, in Swedish and English', async () => {
    const page = await app.browser.newPage();
    await loginAsDeveloper(page);
    await page.getByRole('link', { name: 'E-tjänstebyggaren' }).click();
    await page.waitForURL(/\/handlaggare\/bygg$/);
    await expectAccessible(page, 'list sv');

    await page.getByRole('link', { name: 'Skapa e-tjänst' }).click();
    await page.waitForURL(/\/bygg\/ny$/);
    await expectAccessible(page, 'create sv');
    await page.getByLabel('Namn på svenska').fill('Ansökan om prov');
    await page.getByRole('button', { name: 'Skapa e-tjänsten' }).click();
    await page.waitForLoadState();
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    assert.equal(await page.locator('#nameSv').inputValue(), 'Ansökan om prov');
    await expectAccessible(page, 'create with errors sv');

    // Filled in by keyboard: focus each field and type.
    const fields: [string, string][] = [
      ['#slug', 'ansokan-om-prov'],
      ['#categorySv', 'Skola'],
      ['#descriptionSv', 'Här ansöker du om ett prov.'],
      ['#dataProcessedSv', 'Namn'],
      ['#purposeSv', 'Handläggning'],
      ['#legalBasisSv', 'Myndighetsutövning'],
      ['#retentionSv', 'Två år'],
      ['#controllerSv', 'Nämnden'],
      ['#complaintSv', 'IMY'],
    ];
    for (const [selector, value] of fields) {
      await page.locator(selector).focus();
      await page.keyboard.type(value);
    }
    await page.getByRole('button', { name: 'Skapa e-tjänsten' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/klart=created/);
    await expectAccessible(page, 'e-service page sv');

    await page.getByRole('button', { name: /Kontrollera/ }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Ingen handläggare/);
    await expectAccessible(page, 'check with problems sv');
    await page.getByRole('button', { name: /^Publicera/ }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /publicerades inte/);
    await expectAccessible(page, 'refused publish sv');

    await page.goto(`${app.t.url}/demo/handlaggare/bygg?lang=en`);
    await expectAccessible(page, 'list en');
    await page.getByRole('link', { name: 'Ansökan om prov' }).click();
    await page.waitForLoadState();
    await expectAccessible(page, 'e-service page en');
    await page.close();
  });
});
