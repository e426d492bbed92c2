/**
 * The admin pages of notifications in Chromium with axe-core: the failed
 * messages list (with rows and after sending one again), the notification
 * settings of an e-service, and a text with its preview and with errors, in
 * Swedish and English. An admin uses them with the keyboard alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { enqueue } from '../../src/services/outbox/enqueue.ts';
import { expectAccessible } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { loginStaffPage } from '../support/staff-login.ts';

const app = useBrowserApp();
let eServiceId: string;

app.setUp(async () => {
  const db = app.t.services.db;
  const demo = await db
    .selectFrom('municipality')
    .select('id')
    .where('slug', '=', 'demo')
    .executeTakeFirstOrThrow();
  eServiceId = (
    await db
      .selectFrom('e_service')
      .select('id')
      .where('municipality_id', '=', demo.id)
      .where('slug', '=', 'ansokan-om-specialkost')
      .executeTakeFirstOrThrow()
  ).id;
  await enqueue(db, [
    {
      municipalityId: demo.id,
      type: 'notification',
      idempotencyKey: 'x1',
      payload: { event: 'caseSubmitted', channel: 'email', to: 'tolvan@example.se' },
    },
    {
      municipalityId: demo.id,
      type: 'notification',
      idempotencyKey: 'x2',
      payload: { event: 'statusChanged', channel: 'sms', to: '+46701234567' },
    },
  ]);
  await db
    .updateTable('outbox')
    .set({ state: 'dead', attempts: 10, last_error: 'SMTP: 550 mailbox unavailable' })
    .execute();
});

const loginAsAdmin = (page: Page) => loginStaffPage(page, app.t.url, 'admin', 'demo-admin-2026');

describe('notification admin pages in Chromium', { skip: app.skip }, () => {
  it('the failed messages list, before and after sending one again, in Swedish and English', async () => {
    const page = await app.browser.newPage();
    await loginAsAdmin(page);
    await page.goto(`${app.t.url}/demo/handlaggare/admin/meddelanden`);
    assert.match(await page.locator('h1').innerText(), /Meddelanden som inte kunde skickas/);
    await expectAccessible(page, 'failed messages sv');
    // Keyboard alone: Tab to the first "send again" button and press Enter.
    const button = page.getByRole('button', { name: /Skicka igen, E-post: ärendet mottaget/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/skickade=1/);
    await expectAccessible(page, 'failed messages after retry sv');
    await page.goto(`${app.t.url}/demo/handlaggare/admin/meddelanden?lang=en`);
    assert.match(await page.locator('h1').innerText(), /Messages that could not be sent/);
    await expectAccessible(page, 'failed messages en');
    await page.close();
  });

  it('settings and a text with preview and errors, in Swedish and English', async () => {
    const page = await app.browser.newPage();
    await loginAsAdmin(page);
    for (const lang of ['sv', 'en']) {
      await page.goto(`${app.t.url}/demo/handlaggare/admin/aviseringar?lang=${lang}`);
      await expectAccessible(page, `notifications index ${lang}`);
      await page.goto(`${app.t.url}/demo/handlaggare/admin/aviseringar/${eServiceId}`);
      await expectAccessible(page, `notification settings ${lang}`);
      await page.goto(
        `${app.t.url}/demo/handlaggare/admin/aviseringar/${eServiceId}/text?handelse=statusChanged&kanal=email&sprak=${lang}`,
      );
      await expectAccessible(page, `text with preview ${lang}`);
      await page.locator('#subject').fill('');
      await page.locator('#body').fill('Hej {namn}');
      await page.locator('button[value="save"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.govuk-error-summary').count(), 1);
      await expectAccessible(page, `text with errors ${lang}`);
    }
    await page.getByRole('link', { name: /Back|Tillbaka/ }).click();
    await page.waitForLoadState();
    await page.locator('input[name="s.caseSubmitted"][value="sms"]').check();
    await page.locator('form button.govuk-button').first().click();
    await page.waitForURL(/sparat=settings/);
    await expectAccessible(page, 'settings saved');
    await page.close();
  });
});
