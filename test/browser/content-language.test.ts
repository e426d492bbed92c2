/**
 * The content language in Chromium: an e-service offered in Somali, read in
 * Somali on Swedish pages (src/web/citizen/content-language.ts). The start
 * page, a step with a Somali error, the next step and the check page have no
 * axe-core violations (valid-lang, and so on), and every Somali text sits in
 * an element marked lang="so"; Persian content is marked dir="rtl".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { publishWith, SOMALI_DEFINITION, SOMALI_ESERVICE } from '../support/content-language-fixture.ts';

const app = useBrowserApp();

app.setUp(async () => {
  const m = await app.t.services.municipalities.bySlug('demo');
  assert.ok(m);
  await publishWith(
    app.t.services,
    m.id,
    { ...SOMALI_ESERVICE, offeredLanguages: ['sv', 'so', 'fa'] },
    SOMALI_DEFINITION,
  );
});

/** The language an element's text is read in: its own or its nearest ancestor's lang. */
async function langOf(page: Page, text: string): Promise<string | null> {
  return page
    .getByText(text)
    .first()
    .evaluate((el) => el.closest('[lang]')?.getAttribute('lang') ?? null);
}

async function click(page: Page, name: string | RegExp): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name }).first().click()]);
}

describe('an e-service read in Somali', { skip: app.skip }, () => {
  it('start page, steps, an error and the check page: Somali parts marked, zero axe violations', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.t.url}/demo/e-tjanster/somali?lang=sv`);
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Soomaali' }).click()]);
    assert.equal((await page.locator('h1').innerText()).trim(), 'Codsiga taageerada');
    assert.equal(await langOf(page, 'Codsiga taageerada'), 'so');
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    await expectAccessible(page, 'start page in Somali');

    await click(page, /Starta|Fortsätt utan/);
    assert.equal((await page.locator('h1').innerText()).trim(), 'Adiga ku saabsan');
    assert.equal(await langOf(page, 'Magaca'), 'so');
    assert.equal(await langOf(page, 'Övrigt att säga'), 'sv');
    await expectAccessible(page, 'Somali step');

    await page.getByLabel('Magaca').fill('x1');
    await page.getByLabel('Buluug').check();
    await click(page, 'Fortsätt');
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Xarfo keliya/);
    await expectAccessible(page, 'Somali step with an error');

    await page.getByLabel('Magaca').fill('Asha');
    await click(page, 'Fortsätt');
    assert.equal(await langOf(page, 'Tirada carruurta'), 'so');
    await expectAccessible(page, 'second Somali step');
    await page.getByLabel('Tirada carruurta').fill('2');
    await click(page, 'Fortsätt');

    assert.equal((await page.locator('h1').innerText()).trim(), 'Kontrollera dina svar');
    assert.equal(await langOf(page, 'Adiga ku saabsan'), 'so');
    assert.equal(await langOf(page, 'Buluug'), 'so');
    await expectAccessible(page, 'check page in Somali');
    await page.close();
  });

  it('Persian content is right to left on a Swedish page', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.t.url}/demo/e-tjanster/somali?lang=sv`);
    await page.goto(`${app.t.url}/demo/e-tjanster/somali?innehall=fa`);
    const name = page.locator('h1 [lang="fa"]');
    assert.equal(await name.getAttribute('dir'), 'rtl');
    await expectAccessible(page, 'start page in Persian');
    await page.close();
  });
});
