/**
 * The languages page and the translation page of a published version in
 * Chromium with axe-core, in Swedish and English: choosing Arabic by keyboard
 * and translating a published version.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { loginStaffPage } from '../support/staff-login.ts';

const app = useBrowserApp();
let eServiceId: string;
let publishedId: string;

app.setUp(async () => {
  const m = await app.t.services.municipalities.bySlug('demo');
  assert.ok(m);
  const e = await app.t.services.eServices.bySlug(m.id, 'ansokan-om-specialkost');
  assert.ok(e);
  eServiceId = e.id;
  const v = await app.t.services.eServices.publishedVersion(m.id, e.id);
  assert.ok(v);
  publishedId = v.id;
});

const loginAsDeveloper = (page: Page) =>
  loginStaffPage(page, app.t.url, 'utvecklare', 'demo-utvecklare-2026');

describe('builder languages and translations in Chromium', { skip: app.skip }, () => {
  it('languages page and a published version’s translation page, Swedish and English', async () => {
    const page = await app.browser.newPage();
    await loginAsDeveloper(page);
    const languages = `${app.t.url}/demo/handlaggare/bygg/${eServiceId}/sprak`;
    await page.goto(`${languages}?lang=sv`);
    await expectAccessible(page, 'languages page (sv)');
    await page.getByRole('checkbox', { name: /^arabiska/ }).check();
    await page.getByRole('button', { name: 'Spara språken' }).press('Enter');
    await page.waitForURL(/sprak\?sparat=1/);
    await expectAccessible(page, 'languages page saved (sv)');
    assert.ok(await page.getByRole('checkbox', { name: /^arabiska/ }).isChecked());

    const translations = `${app.t.url}/demo/handlaggare/bygg/${eServiceId}/versioner/${publishedId}/oversattning`;
    await page.goto(`${translations}?sprak=ar&lang=sv`);
    await expectAccessible(page, 'translation page of a published version (sv)');
    await page.locator('textarea').first().fill('طلب نظام غذائي خاص');
    await page.getByRole('button', { name: 'Spara översättningen' }).click();
    await page.waitForURL(/sparat=/);
    await expectAccessible(page, 'translation saved (sv)');

    await page.goto(`${languages}?lang=en`);
    await expectAccessible(page, 'languages page (en)');
    await page.goto(`${translations}?sprak=ar&lang=en`);
    await expectAccessible(page, 'translation page of a published version (en)');
    await page.close();
  });
});
