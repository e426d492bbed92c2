import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { TestClient } from '../support/http.ts';
import { loginStaff } from '../support/staff-login.ts';

const PAGE = '/demo/handlaggare/utskick';
let t: TestApp;
let demoId: string;
let specialkost: { id: string; versionId: string };
let kulturskolan: { id: string; versionId: string };
/** Specialkost cases (anna handles them through Skolmat); the last one has no e-mail address. */
const skolmatCases: string[] = [];
let kulturCase: string;

const login = (username: string) =>
  loginStaff(t.app, username, username === 'admin' ? 'demo-admin-2026' : 'demo-handlaggare-2026');

async function eService(slug: string) {
  const e = await t.services.eServices.bySlug(demoId, slug);
  assert.ok(e);
  const v = await t.services.eServices.publishedVersion(demoId, e.id);
  assert.ok(v);
  return { id: e.id, versionId: v.id };
}

let n = 0;
async function addCase(e: { id: string; versionId: string }, email: string | null, status = 'submitted') {
  n += 1;
  const row = await t.services.db
    .insertInto('case')
    .values({
      municipality_id: demoId,
      case_number: `2026-8${String(n).padStart(4, '0')}`,
      e_service_id: e.id,
      version_id: e.versionId,
      status,
      answers: JSON.stringify({}),
      channel: 'web',
      submitter_personal_number: '191212121212',
      concerns_personal_number: '191212121212',
      submitter_name: 'Tolvan Tolvansson',
      notify_email: email,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const countOf = async (table: 'broadcast' | 'outbox') =>
  (await t.services.db.selectFrom(table).select('id').execute()).length;

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  demoId = demo.id;
  specialkost = await eService('ansokan-om-specialkost');
  kulturskolan = await eService('kulturskolan-ansokan');
  skolmatCases.push(await addCase(specialkost, 'a@example.se'));
  skolmatCases.push(await addCase(specialkost, 'b@example.se', 'in_progress'));
  skolmatCases.push(await addCase(specialkost, null));
  kulturCase = await addCase(kulturskolan, 'k@example.se');
});
after(() => t.close());

describe('broadcasts page', () => {
  it('is in the staff menu, and chooses an e-service first', async () => {
    const anna = await login('anna');
    const page = await anna.get(PAGE);
    assert.equal(page.statusCode, 200);
    assert.equal(page.body.match(/<h1/g)?.length, 1);
    assert.match(page.body, /href="\/demo\/handlaggare\/utskick"[^>]*>(<strong[^>]*>)?Utskick</);
    assert.match(page.body, /Ansökan om specialkost/);
    assert.doesNotMatch(page.body, /Kulturskolan/, 'only e-services anna handles');
    const chosen = await anna.get(`${PAGE}?eService=${specialkost.id}`);
    assert.equal(chosen.statusCode, 200);
    assert.match(chosen.body, /name="version"/);
    assert.match(chosen.body, /name="status"/);
    assert.match(chosen.body, /Under behandling/);
    assert.match(chosen.body, /name="channel"/);
    const other = await anna.get(`${PAGE}?eService=${kulturskolan.id}`);
    assert.equal(other.statusCode, 422, 'an e-service anna does not handle is refused');
    assert.match(other.body, /govuk-error-summary/);
  });

  it('previews the number of recipients and who lacks an address, then sends through the outbox', async () => {
    const anna = await login('anna');
    await anna.get(`${PAGE}?eService=${specialkost.id}`);
    const form = {
      eService: specialkost.id,
      channel: 'email',
      subject: 'Bekräfta din plats ({caseNumber})',
      body: 'Logga in och bekräfta: {link}',
    };
    const missing = await anna.post(PAGE, { ...form, channel: '', body: '', step: 'preview' });
    assert.equal(missing.statusCode, 422);
    assert.match(missing.body, /href="#channel"/);
    assert.match(missing.body, /Välj hur meddelandet ska skickas/);
    assert.match(missing.body, /value="Bekräfta din plats \(\{caseNumber\}\)"/, 'what was typed is kept');
    const badVar = await anna.post(PAGE, { ...form, body: 'Hej {name}, status {status}', step: 'preview' });
    assert.equal(badVar.statusCode, 422);
    assert.match(badVar.body, /Det finns ingen variabel som heter \{name\}/);
    assert.match(badVar.body, /Det finns ingen variabel som heter \{status\}/);
    const badDate = await anna.post(PAGE, {
      ...form,
      'from.day': '31',
      'from.month': '2',
      'from.year': '2026',
      step: 'preview',
    });
    assert.equal(badDate.statusCode, 422);
    assert.match(badDate.body, /href="#from-day"/);

    const preview = await anna.post(PAGE, { ...form, step: 'preview' });
    assert.equal(preview.statusCode, 200);
    assert.equal(preview.body.match(/<h1/g)?.length, 1);
    assert.match(preview.body, /3 ärenden/);
    assert.match(preview.body, /2 får e-post/);
    assert.match(preview.body, /1 saknar e-postadress/);
    assert.match(preview.body, /Ämne: Bekräfta din plats \(2026-8\d{4}\)/);
    assert.equal(await countOf('broadcast'), 0, 'a preview sends nothing');

    const outboxBefore = await countOf('outbox');
    const requestKey = preview.body.match(/name="requestKey" value="([0-9a-f-]{36})"/)?.[1];
    assert.ok(requestKey, 'the preview hands out a key for sending');
    // A double click: the same form twice at once makes one broadcast.
    const [sent, again] = await Promise.all([
      anna.post(PAGE, { ...form, requestKey, step: 'send' }),
      anna.post(PAGE, { ...form, requestKey, step: 'send' }),
    ]);
    assert.equal(sent.statusCode, 303);
    assert.equal(again.statusCode, 303);
    assert.equal(again.headers.location, sent.headers.location, 'the second click lands on the same receipt');
    const done = await anna.get(String(sent.headers.location));
    assert.match(done.body, /Utskicket är skickat till 3 ärenden\. 2 e-post eller sms/);
    assert.equal(await countOf('broadcast'), 1);
    const jobs = await t.services.db
      .selectFrom('outbox')
      .select(['payload'])
      .where('type', '=', 'broadcast')
      .execute();
    assert.deepEqual(jobs.map((j) => j.payload.to).sort(), ['a@example.se', 'b@example.se']);
    assert.equal((await countOf('outbox')) - outboxBefore, 2);
    for (const caseId of skolmatCases) {
      const events = await t.services.db
        .selectFrom('case_event')
        .select('details')
        .where('case_id', '=', caseId)
        .where('type', '=', 'message_to_applicant')
        .execute();
      assert.equal(events.length, 1, 'an event in every case');
    }
    const kultur = await t.services.db
      .selectFrom('case_message')
      .select('id')
      .where('case_id', '=', kulturCase)
      .execute();
    assert.equal(kultur.length, 0, 'no case of another e-service');
  });

  it('narrows by status, and takes the checked cases from the case list', async () => {
    const anna = await login('anna');
    await anna.get(PAGE);
    const byStatus = await anna.post(PAGE, {
      eService: specialkost.id,
      status: 'in_progress',
      channel: 'my_pages',
      subject: '',
      body: 'Skolan är stängd på fredag.',
      step: 'preview',
    });
    assert.equal(byStatus.statusCode, 200);
    assert.match(byStatus.body, /1 ärenden/);
    assert.match(byStatus.body, /Alla får meddelandet på Mina sidor/);

    const checked = [skolmatCases[0], skolmatCases[2], kulturCase].join(',');
    const page = await anna.get(`${PAGE}?cases=${checked}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /3 markerade ärenden/);
    const posted = await anna.post(PAGE, { cases: checked });
    assert.equal(posted.statusCode, 200, 'the case list may post the checked cases');
    assert.match(posted.body, /name="cases" value="[^"]+"/);
    const preview = await anna.post(PAGE, {
      cases: checked,
      channel: 'sms',
      subject: '',
      body: 'Bekräfta din plats: {link}',
      step: 'preview',
    });
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /2 ärenden/, 'the Kulturskolan case is not anna’s to reach');
    assert.match(preview.body, /0 får sms/);
    assert.match(preview.body, /2 saknar mobilnummer/);
  });

  it('the case list\'s bulk action "Skapa utskick" goes on with the checked cases', async () => {
    const anna = await login('anna');
    const list = await anna.get('/demo/handlaggare/arenden?tab=all');
    assert.match(list.body, /name="action" value="broadcast"/);
    const rows = await t.services.db
      .selectFrom('case')
      .select(['id', 'row_version'])
      .where('id', 'in', skolmatCases.slice(0, 2))
      .execute();
    const res = await anna.post('/demo/handlaggare/arenden', {
      action: 'broadcast',
      cases: rows.map((r) => `${r.id}:${r.row_version}`),
    });
    assert.equal(res.statusCode, 303);
    const location = String(res.headers.location);
    assert.match(location, /^\/demo\/handlaggare\/utskick\?cases=/);
    const page = await anna.get(location);
    assert.match(page.body, /2 markerade ärenden/);
  });

  it('refuses tampered selections and cases nobody may reach, and sends nothing', async () => {
    const erik = await login('erik');
    await erik.get(PAGE);
    const before = await countOf('broadcast');
    const input = { channel: 'email', subject: 'Hej', body: 'Text {link}', step: 'send' };
    const tampered = await erik.post(PAGE, { ...input, cases: "x' OR 1=1" });
    assert.equal(tampered.statusCode, 422);
    assert.match(tampered.body, /Urvalet gick inte att läsa/);
    const notHis = await erik.post(PAGE, { ...input, cases: skolmatCases.join(',') });
    assert.equal(notHis.statusCode, 422);
    assert.match(notHis.body, /Inga ärenden som du får se matchar urvalet/);
    const foreignEService = await erik.post(PAGE, { ...input, eService: specialkost.id });
    assert.equal(foreignEService.statusCode, 422);
    const noCsrf = await erik.post(PAGE, { ...input, eService: kulturskolan.id }, { csrf: false });
    assert.equal(noCsrf.statusCode, 403);
    assert.equal(await countOf('broadcast'), before);
  });

  it('is for officers: a developer is refused, a visitor is sent to log in', async () => {
    const dev = new TestClient(t.app);
    await dev.get('/demo/handlaggare/logga-in');
    await dev.post('/demo/handlaggare/logga-in', {
      username: 'utvecklare',
      password: 'demo-utvecklare-2026',
    });
    assert.equal((await dev.get(PAGE)).statusCode, 403);
    const visitor = await new TestClient(t.app).get(PAGE);
    assert.equal(visitor.statusCode, 303);
  });
});
