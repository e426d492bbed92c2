/**
 * The builder's condition and calculation pages in Chromium with axe-core,
 * in Swedish and English, with an error summary shown; and one condition
 * built by keyboard alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { activate, chooseOption } from '../support/keyboard.ts';
import { loginStaffPage } from '../support/staff-login.ts';

const app = useBrowserApp();
let skBase = '';
let fsBase = '';

app.setUp(async () => {
  const demo = await app.t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  const dev = await app.t.services.staffUsers.findForLogin(demo.id, 'utvecklare');
  assert.ok(dev);
  const actor = { id: dev.id, name: 'Ebba Utvecklare' };
  for (const slug of ['ansokan-om-specialkost', 'funktionsstod-ersattning-sjuklonekostnader']) {
    const e = await app.t.services.eServices.bySlug(demo.id, slug);
    assert.ok(e);
    const d = await app.t.services.builderVersions.newDraftFromCurrent(demo.id, e.id, actor);
    assert.ok(d.ok);
    const base = `${app.t.url}/demo/handlaggare/bygg/${e.id}/versioner/${d.id}/fragor`;
    if (slug === 'ansokan-om-specialkost') skBase = base;
    else fsBase = base;
  }
});

const loginAsDeveloper = (page: Page) =>
  loginStaffPage(page, app.t.url, 'utvecklare', 'demo-utvecklare-2026');

describe('condition and calculation pages in Chromium', { skip: app.skip }, () => {
  it('builds a condition by keyboard alone; axe finds nothing in Swedish and English, errors included', async () => {
    const page = await app.browser.newPage();
    await loginAsDeveloper(page);
    await page.goto(`${skBase}/sk-group/villkor?lang=sv`);
    await expectAccessible(page, 'conditions sv');

    // Keyboard only: add a row, choose question and comparison, save.
    await activate(page, 'Lägg till villkor');
    await chooseOption(page, page.locator('#visible-key-0'), 'Barnets för- och efternamn (steg 1: Barnet)');
    await chooseOption(page, page.locator('#visible-op-0'), 'är besvarad');
    await activate(page, 'Spara villkoren');
    assert.match(page.url(), /sparat=1/);
    assert.match(
      await page.locator('main').innerText(),
      /Visas när Barnets för- och efternamn är besvarad\./,
    );
    await expectAccessible(page, 'conditions saved sv');

    // An error summary: a row without a question.
    await activate(page, 'Lägg till villkor');
    await activate(page, 'Spara villkoren');
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    assert.equal(await page.locator('.govuk-error-summary a[href="#visible-key-1"]').count(), 1);
    await expectAccessible(page, 'conditions with errors sv');

    await page.goto(`${skBase}/sk-group/villkor?avancerat=1`);
    await expectAccessible(page, 'conditions advanced sv');

    await page.goto(`${skBase}/sk-group/villkor?lang=en`);
    await expectAccessible(page, 'conditions en');
    await page.getByRole('button', { name: 'Add condition' }).first().click();
    await page.getByRole('button', { name: 'Save conditions' }).last().click();
    await page.waitForLoadState();
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    await expectAccessible(page, 'conditions with errors en');
    await page.close();
  });

  it('the calculation page, with errors and a tried result, in Swedish and English', async () => {
    const page = await app.browser.newPage();
    await loginAsDeveloper(page);
    await page.goto(`${fsBase}/fs-holiday-pay/berakning?lang=sv`);
    await expectAccessible(page, 'calculation sv');
    await page.locator('#number-0').fill('tolv');
    await page.getByRole('button', { name: 'Spara beräkningen' }).last().click();
    await page.waitForLoadState();
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    assert.equal(await page.locator('#number-0').inputValue(), 'tolv');
    await expectAccessible(page, 'calculation with errors sv');

    await page.goto(`${fsBase}/fs-sick-pay-total/berakning?prova=1&prov.periods=2`);
    assert.match(await page.locator('main').innerText(), /går inte att visa som rader/);
    await expectAccessible(page, 'calculation advanced and tried sv');

    await page.goto(`${fsBase}/fs-holiday-pay/berakning?lang=en`);
    await expectAccessible(page, 'calculation en');
    await page.locator('#number-0').fill('x');
    await page.getByRole('button', { name: 'Save calculation' }).last().click();
    await page.waitForLoadState();
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    await expectAccessible(page, 'calculation with errors en');
    await page.close();
  });
});
