/**
 * The foundation in a real browser: a resident logs in through the
 * development identity provider as Tolvan Tolvansson and sees their name; an
 * officer logs in with a local account; the language switches to English and
 * back. Every page is checked with axe-core in Swedish and English.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';

const app = useBrowserApp();

describe('foundation in Chromium', { skip: app.skip }, () => {
  it('a resident logs in with BankID as Tolvan Tolvansson and sees their name', async () => {
    const page = await app.browser.newPage();
    // Chromium asks for English (Accept-Language); choose Swedish as a resident would.
    await page.goto(`${app.t.url}/demo/?lang=sv`);
    await expectAccessible(page, 'start page sv');
    await page.getByRole('link', { name: 'Logga in' }).first().click();
    await expectAccessible(page, 'login page sv');
    await page.getByLabel('BankID', { exact: true }).check();
    await page.getByRole('button', { name: 'Fortsätt till inloggning' }).click();
    // The development identity provider: clearly a test service.
    await page.waitForURL(/\/dev-idp\//);
    assert.match(await page.content(), /[Tt]est/);
    await expectAccessible(page, 'dev idp person page');
    await page.getByLabel(/Tolvan Tolvansson/).check();
    await page.getByRole('button', { name: 'Logga in som testperson' }).click();
    await page.waitForURL(/\/demo\/mina-sidor/);
    assert.match(await page.locator('h1').innerText(), /Mina sidor/);
    assert.match(await page.locator('body').innerText(), /Välkommen, Tolvan Tolvansson/);
    assert.match(await page.locator('body').innerText(), /19121212-1212/);
    assert.match(await page.locator('body').innerText(), /Du loggade in med BankID/);
    await expectAccessible(page, 'my pages sv');
    const row = await app.t.services.db
      .selectFrom('login_event')
      .select(['method', 'kind'])
      .where('kind', '=', 'resident')
      .executeTakeFirstOrThrow();
    assert.equal(row.method, 'bankid');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForLoadState();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.match(await page.locator('h1').innerText(), /My pages/);
    await expectAccessible(page, 'my pages en');
    await page.getByRole('link', { name: 'Svenska' }).click();
    await page.waitForLoadState();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(/\/demo\/utloggad/);
    await expectAccessible(page, 'logged out');
    await page.close();
  });

  it('an officer logs in with a local account, in Swedish and English', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.t.url}/demo/handlaggare/logga-in?lang=sv`);
    await expectAccessible(page, 'staff login sv');
    await page.getByLabel('Användarnamn').fill('anna');
    await page.getByLabel('Lösenord').fill('wrong password');
    await page.getByRole('button', { name: 'Logga in' }).last().click();
    await page.waitForLoadState();
    assert.match(
      await page.locator('.govuk-error-summary').innerText(),
      /Användarnamnet eller lösenordet är fel/,
    );
    await expectAccessible(page, 'staff login error sv');
    await page.getByLabel('Lösenord').fill('demo-handlaggare-2026');
    await page.getByRole('button', { name: 'Logga in' }).last().click();
    await page.waitForURL(/\/demo\/handlaggare$/);
    assert.match(await page.locator('h1').innerText(), /Välkommen, Anna Handläggare/);
    await expectAccessible(page, 'staff home sv');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('h1').innerText(), /Welcome, Anna Handläggare/);
    await expectAccessible(page, 'staff home en');
    await page.close();
  });

  it('error pages are accessible in both languages', async () => {
    const page = await app.browser.newPage();
    const res = await page.goto(`${app.t.url}/demo/finns-inte`);
    assert.equal(res?.status(), 404);
    await expectAccessible(page, '404 sv');
    await page.goto(`${app.t.url}/demo/finns-inte?lang=en`);
    assert.match(await page.locator('h1').innerText(), /Page not found/);
    await expectAccessible(page, '404 en');
    await page.goto(`${app.t.url}/demo/?lang=sv`);
    await page.close();
  });
});
