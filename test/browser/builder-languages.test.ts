/**
 * The languages page and the translation page of a published version in
 * Chromium with axe-core, in Swedish and English: choosing Arabic by keyboard
 * and translating a published version.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { expectAccessible, launchBrowser, skipUnlessBrowser, type TestBrowser } from '../support/browser.ts';

const skip = skipUnlessBrowser();
let t: TestApp;
let browser: TestBrowser;
let eServiceId: string;
let publishedId: string;

before(async () => {
  if (skip) return;
  t = await startTestApp({ listen: true });
  browser = await launchBrowser();
  const m = await t.services.municipalities.bySlug('demo');
  assert.ok(m);
  const e = await t.services.eServices.bySlug(m.id, 'ansokan-om-specialkost');
  assert.ok(e);
  eServiceId = e.id;
  const v = await t.services.eServices.publishedVersion(m.id, e.id);
  assert.ok(v);
  publishedId = v.id;
});
after(async () => {
  if (skip) return;
  await browser.close();
  await t.close();
});

async function loginAsDeveloper(page: Page) {
  await page.goto(`${t.url}/demo/handlaggare/logga-in?lang=sv`);
  await page.getByLabel('Användarnamn').fill('utvecklare');
  await page.getByLabel('Lösenord').fill('demo-utvecklare-2026');
  await page.getByRole('button', { name: 'Logga in' }).last().click();
  await page.waitForURL(/\/demo\/handlaggare$/);
}

describe('builder languages and translations in Chromium', { skip }, () => {
  it('languages page and a published version’s translation page, Swedish and English', async () => {
    const page = await browser.newPage();
    await loginAsDeveloper(page);
    const languages = `${t.url}/demo/handlaggare/bygg/${eServiceId}/sprak`;
    await page.goto(`${languages}?lang=sv`);
    await expectAccessible(page, 'languages page (sv)');
    await page.getByRole('checkbox', { name: /^arabiska/ }).check();
    await page.getByRole('button', { name: 'Spara språken' }).press('Enter');
    await page.waitForURL(/sprak\?sparat=1/);
    await expectAccessible(page, 'languages page saved (sv)');
    assert.ok(await page.getByRole('checkbox', { name: /^arabiska/ }).isChecked());

    const translations = `${t.url}/demo/handlaggare/bygg/${eServiceId}/versioner/${publishedId}/oversattning`;
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
