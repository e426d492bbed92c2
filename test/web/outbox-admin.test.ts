import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { enqueue } from '../../src/services/outbox/enqueue.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { TestClient } from '../support/http.ts';
import { loginStaff } from '../support/staff-login.ts';

const PATH = '/demo/handlaggare/admin/meddelanden';
let t: TestApp;
let demoId: string;
let otherId: string;
let jobIds: number[];
let otherJobId: number;

before(async () => {
  t = await startTestApp();
  const db = t.services.db;
  const demo = await db
    .selectFrom('municipality')
    .select('id')
    .where('slug', '=', 'demo')
    .executeTakeFirstOrThrow();
  demoId = demo.id;
  otherId = (await t.services.municipalities.create({ slug: 'annanby', name: 'Annanby kommun' })).id;
  const dead = (municipalityId: string, key: string, payload: Record<string, unknown>) => ({
    municipalityId,
    type: 'notification',
    idempotencyKey: key,
    payload,
  });
  await enqueue(db, [
    dead(demoId, 'a1', { event: 'caseSubmitted', channel: 'email', to: 'tolvan@example.se' }),
    dead(demoId, 'a2', { event: 'statusChanged', channel: 'sms', to: '+46701234567' }),
    dead(otherId, 'b1', { event: 'caseSubmitted', channel: 'email', to: 'other@example.se' }),
  ]);
  await db
    .updateTable('outbox')
    .set({ state: 'dead', attempts: 10, last_error: 'SMTP: 550 mailbox unavailable' })
    .execute();
  const rows = await db.selectFrom('outbox').select(['id', 'municipality_id']).orderBy('id').execute();
  jobIds = rows.filter((r) => r.municipality_id === demoId).map((r) => Number(r.id));
  otherJobId = Number(rows.find((r) => r.municipality_id === otherId)?.id);
});
after(() => t.close());

const stateOf = async (id: number) =>
  (await t.services.db.selectFrom('outbox').select('state').where('id', '=', id).executeTakeFirstOrThrow())
    .state;

describe('failed messages (admin)', () => {
  it('is for admins only: officers are refused, visitors sent to log in', async () => {
    const visitor = new TestClient(t.app);
    const res = await visitor.get(PATH);
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /\/demo\/handlaggare\/logga-in/);
    const anna = await loginStaff(t.app, 'anna', 'demo-handlaggare-2026');
    assert.equal((await anna.get(PATH)).statusCode, 403);
    const post = await anna.post(`${PATH}/skicka-igen`, { id: String(jobIds[0]) });
    assert.equal(post.statusCode, 403);
    assert.equal(await stateOf(jobIds[0] ?? 0), 'dead');
  });

  it("lists the municipality's own failed messages with masked recipients, in Swedish and English", async () => {
    const admin = await loginStaff(t.app, 'admin', 'demo-admin-2026');
    const res = await admin.get(PATH);
    assert.equal(res.statusCode, 200);
    assert.equal(res.body.match(/<h1/g)?.length, 1);
    assert.match(res.body, /Meddelanden som inte kunde skickas/);
    assert.match(res.body, /t\*\*\*@example\.se/);
    assert.match(res.body, /\+4670\*\*\*67/);
    assert.doesNotMatch(res.body, /tolvan@example\.se|other@example\.se|o\*\*\*@example\.se/);
    assert.match(res.body, /E-post: ärendet mottaget/);
    assert.match(res.body, /Sms: ny status/);
    assert.match(res.body, /SMTP: 550 mailbox unavailable/);
    await admin.get(`${PATH}?lang=en`); // remembers the language and redirects
    const en = await admin.get(PATH);
    assert.match(en.body, /Messages that could not be sent/);
    assert.match(en.body, /Text message: new status/);
  });

  it('sends a message again, but never one of another municipality or a tampered id', async () => {
    const admin = await loginStaff(t.app, 'admin', 'demo-admin-2026');
    await admin.get(PATH);
    const res = await admin.post(`${PATH}/skicka-igen`, {
      id: [String(jobIds[0]), String(otherJobId), 'x1', '-3'],
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${PATH}?skickade=1`);
    assert.equal(await stateOf(jobIds[0] ?? 0), 'pending');
    assert.equal(await stateOf(otherJobId), 'dead');
    const page = await admin.get(String(res.headers.location));
    assert.match(page.body, /1 meddelanden skickas igen/);
    const none = await admin.post(`${PATH}/skicka-igen`, { id: 'nonsense' });
    assert.equal(none.headers.location, `${PATH}?skickade=0`);
    const withoutToken = await admin.post(`${PATH}/skicka-igen`, { id: String(jobIds[1]) }, { csrf: false });
    assert.equal(withoutToken.statusCode, 403);
    assert.equal(await stateOf(jobIds[1] ?? 0), 'dead');
  });
});
