/**
 * The e-service's handling settings in Chromium with axe-core: every page in
 * Swedish and English, an error summary, and the handling page (time limit,
 * purge rule) plus a status moved down, done by keyboard alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { activate, chooseOption, chooseRadio, typeInto } from '../support/keyboard.ts';
import { loginStaffPage } from '../support/staff-login.ts';

const app = useBrowserApp();
let hub: string;
const PAGES = ['', '/statusar', '/farger', '/handlaggning', '/sammanfattning', '/export'];

app.setUp(async () => {
  const demo = await app.t.services.municipalities.bySlug('demo');
  const sk = demo && (await app.t.services.eServices.bySlug(demo.id, 'ansokan-om-specialkost'));
  assert.ok(sk);
  hub = `${app.t.url}/demo/handlaggare/bygg/${sk.id}/installningar`;
});

const loginAsDeveloper = (page: Page) =>
  loginStaffPage(page, app.t.url, 'utvecklare', 'demo-utvecklare-2026');

describe('handling settings in Chromium', { skip: app.skip }, () => {
  it('every page has no axe violations in Swedish and English, with an error summary on one', async () => {
    const page = await app.browser.newPage();
    await loginAsDeveloper(page);
    for (const lang of ['sv', 'en']) {
      for (const p of PAGES) {
        await page.goto(`${hub}${p}?lang=${lang}`);
        await expectAccessible(page, `settings${p || ' hub'} ${lang}`);
      }
    }
    await page.goto(`${hub}/handlaggning?lang=sv`);
    await page.locator('#handleWithinDays').fill('400');
    await page.locator('#purgeStatus').selectOption('completed');
    await page.locator('#purgeDays').fill('');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.waitForLoadState();
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    assert.match(await page.locator('.govuk-error-summary').innerText(), /mellan 1 och 365/);
    assert.equal(await page.locator('#handleWithinDays').inputValue(), '400');
    await expectAccessible(page, 'handling with errors sv');
    // A list page after a move: the "not saved yet" banner.
    await page.goto(`${hub}/statusar?lang=sv`);
    await page.getByRole('button', { name: /Flytta ned Status 2 / }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /inte sparad/);
    await expectAccessible(page, 'statuses moved sv');
    await page.close();
  });

  it('sets a time limit and a purge rule, and moves a status, by keyboard alone', async () => {
    const page = await app.browser.newPage();
    await loginAsDeveloper(page);
    await page.goto(`${hub}?lang=sv`);
    await activate(page, /Ändra Handläggas inom/);
    await page.waitForURL(/\/handlaggning$/);
    await typeInto(page, page.locator('#handleWithinDays'), '21');
    await chooseRadio(page, page.locator('input[name="manualCasesAllowed"]'), 'Ja');
    await chooseRadio(page, page.locator('input[name="answersEditable"]'), 'Nej');
    await chooseOption(page, page.locator('#purgeStatus'), 'Klart');
    await typeInto(page, page.locator('#purgeDays'), '365');
    await activate(page, 'Spara');
    await page.waitForURL(/sparat=1/);
    const text = await page.locator('main').innerText();
    assert.match(text, /21 dagar från inskickat/);
    assert.match(text, /Ärenden som har haft statusen Klart i 365 dagar raderas/);

    await activate(page, /Ändra Statusar/);
    await page.waitForURL(/\/statusar$/);
    await activate(page, /Flytta ned Status 2 /, { max: 120 });
    await activate(page, 'Spara', { backwards: true, max: 200 });
    await page.waitForURL(/sparat=1/);
    assert.match(
      await page.locator('main').innerText(),
      /Egna statusar: Inskickat, Komplettering begärd, Under behandling/,
    );
    await page.close();
  });
});
