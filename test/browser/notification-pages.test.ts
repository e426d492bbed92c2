/**
 * Issue 6 in Chromium with axe-core: the broadcast page (choose, compose,
 * errors, preview, sent) in Swedish and English, sent with the keyboard; and
 * the applicant's "where notifications go" page, with errors, in Swedish,
 * English and Arabic.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { loginStaffPage } from '../support/staff-login.ts';

const app = useBrowserApp();
let demoId: string;
let eServiceId: string;
let caseId: string;

app.setUp(async () => {
  const demo = await app.t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  demoId = demo.id;
  const e = await app.t.services.eServices.bySlug(demoId, 'ansokan-om-specialkost');
  assert.ok(e);
  eServiceId = e.id;
  const v = await app.t.services.eServices.publishedVersion(demoId, e.id);
  assert.ok(v);
  const row = await app.t.services.db
    .insertInto('case')
    .values({
      municipality_id: demoId,
      case_number: '2026-60001',
      e_service_id: e.id,
      version_id: v.id,
      status: 'submitted',
      answers: JSON.stringify({}),
      channel: 'web',
      submitter_personal_number: '191212121212',
      concerns_personal_number: '191212121212',
      submitter_name: 'Tolvan Tolvansson',
      notify_email: 'tolvan@example.se',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  caseId = row.id;
});

describe('notification pages in Chromium', { skip: app.skip }, () => {
  it('the broadcast page, from choosing the cases to sent, in Swedish and English', async () => {
    const page = await app.browser.newPage();
    await loginStaffPage(page, app.t.url, 'anna', 'demo-handlaggare-2026');
    for (const lang of ['sv', 'en']) {
      await page.goto(`${app.t.url}/demo/handlaggare/utskick?lang=${lang}`);
      await expectAccessible(page, `broadcast: choose e-service ${lang}`);
      await page.goto(`${app.t.url}/demo/handlaggare/utskick?eService=${eServiceId}`);
      await expectAccessible(page, `broadcast: compose ${lang}`);
      await page.locator('#body').fill('Hej {namn}');
      await page.locator('button[value="preview"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.govuk-error-summary').count(), 1);
      await expectAccessible(page, `broadcast: errors ${lang}`);
      await page.locator('#channel').check();
      await page.locator('#subject').fill('Bekräfta din plats ({caseNumber})');
      await page.locator('#body').fill('Logga in och bekräfta: {link}');
      await page.locator('button[value="preview"]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.govuk-error-summary').count(), 0);
      await expectAccessible(page, `broadcast: preview ${lang}`);
    }
    // Keyboard alone: focus "send" and press Enter.
    await page.locator('button[value="send"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/skickat=1/);
    await expectAccessible(page, 'broadcast: sent');
    const messages = await app.t.services.db
      .selectFrom('case_message')
      .select('body')
      .where('case_id', '=', caseId)
      .execute();
    assert.equal(messages.length, 1);
    await page.close();
  });

  it("the applicant's notification addresses, with errors, in Swedish, English and Arabic", async () => {
    const page = await app.browser.newPage();
    const token = await app.t.services.sessions.login(undefined, {
      kind: 'resident',
      municipalityId: demoId,
      loginMethod: 'bankid',
      resident: {
        personalNumber: '191212121212',
        name: 'Tolvan Tolvansson',
        givenName: 'Tolvan',
        familyName: 'Tolvansson',
        loa: null,
        providerId: 'test',
      },
    });
    await page
      .context()
      .addCookies([{ name: 'ingang_session', value: app.t.app.signCookie(token), url: app.t.url }]);
    for (const lang of ['sv', 'en', 'ar']) {
      await page.goto(`${app.t.url}/demo/mina-sidor/arenden/${caseId}/aviseringar?lang=${lang}`);
      await expectAccessible(page, `notification addresses ${lang}`);
      await page.locator('#email').fill('inte en adress');
      await page.locator('#phone').fill('08-123 456 78');
      await page.locator('main form button.govuk-button').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.govuk-error-summary').count(), 1);
      await expectAccessible(page, `notification addresses with errors ${lang}`);
    }
    await page.locator('#email').fill('ny@example.se');
    await page.locator('#phone').fill('');
    await page.locator('main form button.govuk-button').click();
    await page.waitForURL(/sparat=1/);
    await expectAccessible(page, 'notification addresses saved');
    await page.close();
  });
});
