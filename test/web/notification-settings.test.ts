import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { loginStaff } from '../support/staff-login.ts';

const BASE = '/demo/handlaggare/admin/aviseringar';
let t: TestApp;
let demoId: string;
let eServiceId: string;
let otherEServiceId: string;

before(async () => {
  t = await startTestApp();
  const db = t.services.db;
  demoId = (
    await db.selectFrom('municipality').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow()
  ).id;
  eServiceId = (
    await db
      .selectFrom('e_service')
      .select('id')
      .where('municipality_id', '=', demoId)
      .where('slug', '=', 'ansokan-om-specialkost')
      .executeTakeFirstOrThrow()
  ).id;
  const other = await t.services.municipalities.create({ slug: 'annanby', name: 'Annanby' });
  const { TINY_ESERVICE } = await import('../support/eservice-fixture.ts');
  otherEServiceId = (await t.services.eServices.create(other.id, TINY_ESERVICE)).id;
});
after(() => t.close());

describe('notification settings and texts', () => {
  it("is for the municipality's admins; officers and developers are refused", async () => {
    for (const [username, password] of [
      ['anna', 'demo-handlaggare-2026'],
      ['utvecklare', 'demo-utvecklare-2026'],
    ] as const) {
      const staff = await loginStaff(t.app, username, password);
      assert.equal((await staff.get(BASE)).statusCode, 403);
      assert.equal((await staff.get(`${BASE}/${eServiceId}`)).statusCode, 403);
    }
    const dev = await loginStaff(t.app, 'admin', 'demo-admin-2026');
    const index = await dev.get(BASE);
    assert.equal(index.statusCode, 200);
    assert.match(index.body, /Ansökan om specialkost/);
    assert.equal((await dev.get(`${BASE}/${otherEServiceId}`)).statusCode, 404);
    assert.equal((await dev.get(`${BASE}/not-a-uuid`)).statusCode, 404);
  });

  it('switches SMS on for an event and keeps the rest', async () => {
    const dev = await loginStaff(t.app, 'admin', 'demo-admin-2026');
    const page = await dev.get(`${BASE}/${eServiceId}`);
    assert.equal(page.statusCode, 200);
    assert.equal(page.body.match(/<h1/g)?.length, 1);
    const res = await dev.post(`${BASE}/${eServiceId}/installningar`, {
      's.caseSubmitted': ['email', 'sms'],
      's.statusChanged': 'email',
      's.messageFromApplicant': 'sms', // not a channel for officers: ignored
    });
    assert.equal(res.statusCode, 303);
    const s = await t.services.notifications.settings.get(demoId, eServiceId);
    assert.deepEqual(s?.caseSubmitted, { email: true, sms: true });
    assert.deepEqual(s?.caseCompleted, { email: false, sms: false });
    assert.deepEqual(s?.messageFromApplicant, { email: false, sms: false });
    const after = await dev.get(String(res.headers.location));
    assert.match(after.body, /Inställningarna är sparade/);
  });

  it('previews, refuses unknown variables with a clear message, saves and resets a text', async () => {
    const dev = await loginStaff(t.app, 'admin', 'demo-admin-2026');
    const path = `${BASE}/${eServiceId}/text?handelse=caseSubmitted&kanal=email&sprak=sv`;
    const form = await dev.get(path);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Vi har tagit emot ditt ärende \d{4}-00042/); // the default, previewed
    const preview = await dev.post(path, {
      action: 'preview',
      subject: 'Tack för {caseNumber}',
      body: 'Följ ärendet: {link}',
    });
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /Tack för \d{4}-00042/);
    assert.match(preview.body, /https?:\/\/[^<]*\/demo\/mina-sidor\/arenden\//);
    const bad = await dev.post(path, { action: 'save', subject: '', body: 'Hej {namn}' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /govuk-error-summary/);
    assert.match(bad.body, /Skriv en ämnesrad/);
    assert.match(bad.body, /Det finns ingen variabel som heter \{namn\}/);
    assert.match(bad.body, /Hej \{namn\}/); // what was typed is kept
    const saved = await dev.post(path, {
      action: 'save',
      subject: 'Tack för {caseNumber}',
      body: 'Följ ärendet: {link}',
    });
    assert.equal(saved.statusCode, 303);
    const list = await t.services.notifications.templates.list(demoId, eServiceId);
    assert.equal(
      list?.find((x) => x.event === 'caseSubmitted' && x.channel === 'email' && x.lang === 'sv')?.custom,
      true,
    );
    await dev.get(path);
    const reset = await dev.post(path, { action: 'reset' });
    assert.equal(reset.statusCode, 303);
    const again = await t.services.notifications.templates.list(demoId, eServiceId);
    assert.equal(
      again?.find((x) => x.event === 'caseSubmitted' && x.channel === 'email' && x.lang === 'sv')?.custom,
      false,
    );
    // No such text: back to the list, nothing changed.
    for (const q of [
      'handelse=messageFromApplicant&kanal=sms&sprak=sv',
      'handelse=caseSubmitted&kanal=email&sprak=fi',
      '',
    ]) {
      const res = await dev.get(`${BASE}/${eServiceId}/text?${q}`);
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `${BASE}/${eServiceId}`);
    }
  });

  // Issue 6: officers' events are grouped apart; "general notifications" to a function mailbox.
  it('sets a function mailbox, refuses a malformed address with the typed value kept', async () => {
    const dev = await loginStaff(t.app, 'admin', 'demo-admin-2026');
    const page = await dev.get(`${BASE}/${eServiceId}`);
    assert.match(page.body, /Till handläggarna \(e-post\)/);
    assert.match(page.body, /name="s\.newCase"/);
    const bad = await dev.post(`${BASE}/${eServiceId}/funktionsbrevlada`, {
      address: 'registrator at kommun',
      events: 'newCase',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /govuk-error-summary/);
    assert.match(bad.body, /href="#address"/);
    assert.match(bad.body, /value="registrator at kommun"/);
    const ok = await dev.post(`${BASE}/${eServiceId}/funktionsbrevlada`, {
      address: 'registrator@demo.se',
      events: ['newCase', 'caseOverdue', 'messageRead'],
    });
    assert.equal(ok.statusCode, 303);
    assert.deepEqual(await t.services.notifications.settings.functionMailbox(demoId, eServiceId), {
      address: 'registrator@demo.se',
      events: ['caseOverdue', 'newCase'],
    });
    const after = await dev.get(String(ok.headers.location));
    assert.match(after.body, /Funktionsbrevlådan är sparad/);
    const other = await dev.post(`${BASE}/${otherEServiceId}/funktionsbrevlada`, { address: '' });
    assert.equal(other.statusCode, 404);
  });
});
