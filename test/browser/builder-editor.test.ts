/**
 * The builder's step and question editor in Chromium with axe-core: the
 * structure page, the add-question page, a choice question's settings with
 * errors showing, and moving a question by keyboard alone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { expectAccessible, launchBrowser, skipUnlessBrowser, type TestBrowser } from '../support/browser.ts';
import { pressAndWaitForPage, tabTo } from '../support/keyboard.ts';

const skip = skipUnlessBrowser();
let t: TestApp;
let browser: TestBrowser;
let demoId: string;
let eServiceId: string;
let draftId: string;

before(async () => {
  if (skip) return;
  t = await startTestApp({ listen: true });
  browser = await launchBrowser();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  demoId = demo.id;
  const sk = await t.services.eServices.bySlug(demo.id, 'ansokan-om-specialkost');
  assert.ok(sk);
  eServiceId = sk.id;
  const dev = await t.services.staffUsers.findForLogin(demo.id, 'utvecklare');
  const d = await t.services.builderVersions.newDraftFromCurrent(demoId, eServiceId, {
    id: dev?.id as string,
    name: 'Utvecklare',
  });
  assert.ok(d.ok);
  draftId = d.id;
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

async function draft() {
  const v = await t.services.builderVersions.getVersion(demoId, eServiceId, draftId);
  assert.ok(v);
  return v;
}

describe('the step and question editor in Chromium', { skip }, () => {
  it('structure, add question and a choice question with errors: no axe violations', async () => {
    const page = await browser.newPage();
    await loginAsDeveloper(page);
    const base = `${t.url}/demo/handlaggare/bygg/${eServiceId}/versioner/${draftId}`;
    await page.goto(`${base}?lang=sv`);
    await expectAccessible(page, 'structure sv');
    await page.goto(`${base}?lang=en`);
    await expectAccessible(page, 'structure en');
    await page.goto(`${base}?lang=sv`);

    const first = (await draft()).definition.steps[0];
    assert.ok(first);
    await page.goto(`${base}/steg/${first.id}/ny-fraga`);
    await expectAccessible(page, 'add question');
    await page.getByLabel('Frågan på svenska').fill('Vilken mat?');
    await page.getByLabel('Ett val (radioknappar)').check();
    await page.getByRole('button', { name: 'Lägg till och gå till inställningarna' }).click();
    await page.waitForURL(/\/fragor\/[^/]+\?ny=1$/);
    await expectAccessible(page, 'radio settings');

    // Empty the first option's value: the error shows, what was typed stays.
    await page.locator('#options-0-value').fill('');
    await page.locator('#options-1-label').fill('Vegetarisk');
    await page.getByRole('button', { name: 'Spara frågan' }).last().click();
    await page.waitForLoadState();
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    assert.equal(await page.locator('#options-1-label').inputValue(), 'Vegetarisk');
    await expectAccessible(page, 'radio settings with errors');

    await page.goto(`${base}/steg/${first.id}`);
    await expectAccessible(page, 'edit step');
    const q = first.questions[0];
    assert.ok(q);
    await page.goto(`${base}/fragor/${q.id}/ta-bort`);
    await expectAccessible(page, 'delete question');
    await page.close();
  });

  it('moves a question down by keyboard alone, and focus comes back to it', async () => {
    const page = await browser.newPage();
    await loginAsDeveloper(page);
    const base = `${t.url}/demo/handlaggare/bygg/${eServiceId}/versioner/${draftId}`;
    const step = (await draft()).definition.steps[1];
    const [a, b] = step?.questions ?? [];
    assert.ok(step && a && b);
    // Start at the question's heading, as the link "Steg 2" in a table of contents would.
    await page.goto(`${base}?lang=sv#fraga-${a.id}`);
    await tabTo(page, `Flytta ned frågan ${a.label.sv}`, { max: 10 });
    await pressAndWaitForPage(page, 'Enter');
    assert.ok(page.url().endsWith(`#fraga-${a.id}`));
    const after = (await draft()).definition.steps[1]?.questions.map((q) => q.id);
    assert.deepEqual(after?.slice(0, 2), [b.id, a.id]);
    // Focus starts at the moved question again: its own buttons are the next stops.
    await tabTo(page, `Flytta upp frågan ${a.label.sv}`, { max: 6 });
    await pressAndWaitForPage(page, 'Enter');
    assert.deepEqual(
      (await draft()).definition.steps[1]?.questions.slice(0, 2).map((q) => q.id),
      [a.id, b.id],
    );
    await page.close();
  });
});
