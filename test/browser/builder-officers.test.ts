/**
 * Who handles an e-service and its assignment rules in Chromium with axe-core:
 * both pages in Swedish and English, an error summary, and one rule added by
 * keyboard alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { loginStaffPage } from '../support/staff-login.ts';

const app = useBrowserApp();
let kulturskolan: string;

app.setUp(async () => {
  const demo = await app.t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  kulturskolan = (await app.t.services.eServices.bySlug(demo.id, 'kulturskolan-ansokan'))?.id ?? '';
});

const loginAsDeveloper = (page: Page) =>
  loginStaffPage(page, app.t.url, 'utvecklare', 'demo-utvecklare-2026');

describe('officers and assignment pages in Chromium', { skip: app.skip }, () => {
  it('both pages pass axe in Swedish and English, with an error summary, and a rule is added by keyboard', async () => {
    const page = await app.browser.newPage();
    await loginAsDeveloper(page);
    const base = `${app.t.url}/demo/handlaggare/bygg/${kulturskolan}`;

    await page.goto(`${base}/behorighet?lang=sv`);
    await expectAccessible(page, 'officers sv');
    await page.getByRole('button', { name: 'Lägg till personen' }).click();
    await page.waitForLoadState();
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    await expectAccessible(page, 'officers with errors sv');

    // Anna is added by keyboard: the person list, the restricted box, the button.
    await page.locator('#userId').focus();
    await page.keyboard.type('Anna');
    await page.locator('#restrictedUser').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Lägg till personen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/klart=added/);
    assert.match(await page.locator('table').innerText(), /Anna Handläggare/);
    await expectAccessible(page, 'officers added sv');

    await page.goto(`${base}/tilldelning?lang=sv`);
    await expectAccessible(page, 'assignment sv');
    await page.getByRole('button', { name: 'Lägg till en regel' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/tilldelning\/regel$/);
    await expectAccessible(page, 'new rule sv');
    await page.locator('#q-0').focus();
    await page.keyboard.type('Vilken skola');
    await page.locator('#v-0').focus();
    await page.keyboard.type('Björkskolan (F–9)');
    await page.locator('#target').focus();
    await page.keyboard.type('Anna');
    await page.getByRole('button', { name: 'Spara regeln' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/klart=ruleAdded/);
    assert.match(
      await page.locator('ol').innerText(),
      /När Vilken skola går eleven på\? är Björkskolan \(F–9\) → Anna Handläggare/,
    );
    await expectAccessible(page, 'assignment with rule sv');

    // A rule with a bad value: the error summary on the rule page.
    await page.goto(`${base}/tilldelning/regel`);
    await page.locator('#q-0').focus();
    await page.keyboard.type('Vilken skola');
    await page.locator('#v-0').focus();
    await page.keyboard.type('Hogwarts');
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await page.waitForLoadState();
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    assert.equal(await page.locator('#v-0').inputValue(), 'Hogwarts');
    await expectAccessible(page, 'rule with errors sv');

    await page.goto(`${base}/behorighet?lang=en`);
    await expectAccessible(page, 'officers en');
    await page.goto(`${base}/tilldelning`);
    assert.match(await page.locator('h1').innerText(), /Automatic assignment/);
    await expectAccessible(page, 'assignment en');
    await page.goto(`${base}/tilldelning/regel?nr=1`);
    await expectAccessible(page, 'edit rule en');
    await page.goto(`${base}?lang=sv`);
    await page.close();
  });
});
