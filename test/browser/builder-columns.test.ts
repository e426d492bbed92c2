/**
 * A repeating group's column settings page in Chromium with axe-core, in
 * Swedish and English, with an error summary shown; reached from the
 * group's page and saved back to it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { loginStaffPage } from '../support/staff-login.ts';

const app = useBrowserApp();
let base = '';

app.setUp(async () => {
  const demo = await app.t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  const dev = await app.t.services.staffUsers.findForLogin(demo.id, 'utvecklare');
  assert.ok(dev);
  const e = await app.t.services.eServices.bySlug(demo.id, 'funktionsstod-ersattning-sjuklonekostnader');
  assert.ok(e);
  const d = await app.t.services.builderVersions.newDraftFromCurrent(demo.id, e.id, {
    id: dev.id,
    name: 'Ebba Utvecklare',
  });
  assert.ok(d.ok);
  base = `${app.t.url}/demo/handlaggare/bygg/${e.id}/versioner/${d.id}/fragor/fs-periods`;
});

describe('the column settings page in Chromium', { skip: app.skip }, () => {
  it('axe finds nothing in Swedish and English, errors included; a save returns to the group', async () => {
    const page = await app.browser.newPage();
    await loginStaffPage(page, app.t.url, 'utvecklare', 'demo-utvecklare-2026');
    await page.goto(`${base}?lang=sv`);
    await page.getByRole('link', { name: 'Ändra kolumnens inställningar kolumnen Utbetald sjuklön' }).click();
    await page.waitForURL(/\/kolumner\/fs-period-pay$/);
    await expectAccessible(page, 'column sv');

    await page.getByLabel('Lägsta värde').fill('500');
    await page.getByLabel('Högsta värde').fill('100');
    await page.getByRole('button', { name: 'Spara kolumnen' }).last().click();
    assert.equal(await page.locator('.govuk-error-summary').count(), 1);
    await expectAccessible(page, 'column errors sv');

    await page.goto(`${base}/kolumner/fs-period-pay?lang=en`);
    await expectAccessible(page, 'column en');
    await page.getByRole('button', { name: 'Save the column' }).last().click();
    await page.waitForURL(/klart=columnSaved/);
    assert.match(await page.locator('main').innerText(), /The column has been saved\./);
    await page.goto(`${base}?lang=sv`);
    await page.close();
  });
});
