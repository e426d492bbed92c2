import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { setEServiceOfficers } from '../../src/services/officer/handlers.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { publishTiny } from '../support/eservice-fixture.ts';
import { h1, TestClient } from '../support/http.ts';

let t: TestApp;
let m: string;
let tiny: string;
let tinyVersion: string;
let kulturskolan: string;
let specialkost: string;
const ids: Record<string, string> = {};

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  m = demo.id;
  for (const u of await t.services.db.selectFrom('staff_user').select(['id', 'username']).execute()) {
    ids[u.username] = u.id;
  }
  const published = await publishTiny(t.services, m);
  tiny = published.eService.id;
  tinyVersion = published.versionId;
  await setEServiceOfficers(t.services.db, m, tiny, [{ userId: ids.anna as string }]);
  kulturskolan = (await t.services.eServices.bySlug(m, 'kulturskolan-ansokan'))?.id ?? '';
  specialkost = (await t.services.eServices.bySlug(m, 'ansokan-om-specialkost'))?.id ?? '';
});
after(() => t.close());

// One login per officer: staff logins are rate limited.
const clients = new Map<string, TestClient>();
async function loggedIn(username = 'anna') {
  const known = clients.get(username);
  if (known) return known;
  const c = new TestClient(t.app);
  clients.set(username, c);
  await c.get('/demo/handlaggare/logga-in');
  const res = await c.post('/demo/handlaggare/logga-in', { username, password: 'demo-handlaggare-2026' });
  assert.equal(res.statusCode, 303);
  return c;
}

const casesOf = (eServiceId: string) =>
  t.services.db
    .selectFrom('case')
    .selectAll()
    .where('e_service_id', '=', eServiceId)
    .orderBy('case_number')
    .execute();

async function workbookFrom(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  // exceljs types its own Buffer (an ArrayBuffer); Node's Buffer is what it reads.
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  return wb;
}

describe('registering a case by hand (/handlaggare/nytt-arende)', () => {
  const formUrl = () => `/demo/handlaggare/nytt-arende/${tiny}`;

  it('sends someone not logged in to the staff login', async () => {
    const res = await new TestClient(t.app).get('/demo/handlaggare/nytt-arende');
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /\/demo\/handlaggare\/logga-in\?returnTo=/);
  });

  it('offers the e-services the officer handles and goes on to the chosen one', async () => {
    const c = await loggedIn();
    const page = await c.get('/demo/handlaggare/nytt-arende');
    assert.equal(page.statusCode, 200);
    assert.equal(h1(page.body), 'Registrera ärende');
    assert.match(page.body, /Ansökan om specialkost/);
    assert.match(page.body, /Liten e-tjänst/);
    assert.doesNotMatch(page.body, /Kulturskolan – ansökan/);
    const go = await c.post('/demo/handlaggare/nytt-arende', { eService: specialkost });
    assert.equal(go.statusCode, 303);
    assert.equal(go.headers.location, `/demo/handlaggare/nytt-arende/${specialkost}`);
  });

  it('asks again, clearly, for a missing or unhandled e-service, and answers 404 for one in the address', async () => {
    const c = await loggedIn();
    await c.get('/demo/handlaggare/nytt-arende');
    for (const eService of ['', kulturskolan, 'x']) {
      const res = await c.post('/demo/handlaggare/nytt-arende', { eService });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /govuk-error-summary/);
      assert.match(res.body, /Välj vilken e-tjänst ärendet gäller/);
    }
    for (const id of [kulturskolan, 'x', '00000000-0000-4000-8000-000000000000']) {
      assert.equal((await c.get(`/demo/handlaggare/nytt-arende/${id}`)).statusCode, 404);
    }
  });

  it('shows how the case arrived, whose it is and the visible questions of every step on one page', async () => {
    const c = await loggedIn();
    const page = await c.get(formUrl());
    assert.equal(page.statusCode, 200);
    assert.equal(h1(page.body), 'Registrera ärende');
    for (const name of [
      'case.channel',
      'case.personalNumber',
      'case.name',
      'q.name',
      'q.hasPet',
      'q.note',
      'q.otherPnr',
    ]) {
      assert.match(page.body, new RegExp(`name="${name.replace('.', '\\.')}"`), name);
    }
    assert.doesNotMatch(page.body, /name="q\.petName"/, 'a follow-up stays hidden until its answer');
    assert.doesNotMatch(page.body, /type="file"/);
    assert.match(page.body, /lägger du till under Handlingar/);
    assert.match(page.body, /<h2 class="govuk-heading-m">Övrigt<\/h2>/);
  });

  it('refuses bad input with an error summary, keeps what was typed and stores nothing', async () => {
    const c = await loggedIn();
    await c.get(formUrl());
    const before = (await casesOf(tiny)).length;
    const res = await c.post(formUrl(), {
      shown: 'name hasPet note otherPnr',
      'case.personalNumber': '19811218-9875',
      'case.name': 'Amina Hassan',
      'q.hasPet': 'no',
      'q.otherPnr': '123',
      action: 'save',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /govuk-error-summary/);
    assert.match(res.body, /Välj hur ärendet kom in/);
    assert.match(res.body, /Personnumret stämmer inte/);
    assert.match(res.body, /href="#case-channel"/);
    assert.match(res.body, /value="19811218-9875"/);
    assert.match(res.body, /value="Amina Hassan"/);
    assert.match(res.body, /<title>Fel: /);
    assert.equal((await casesOf(tiny)).length, before);
  });

  it('lists follow-up questions an answer brought up instead of registering, and shows them on request', async () => {
    const c = await loggedIn();
    await c.get(formUrl());
    const before = (await casesOf(tiny)).length;
    const fields = {
      shown: 'name hasPet note otherPnr',
      'case.channel': 'phone',
      'q.name': 'Tolvan',
      'q.hasPet': 'yes',
    };
    const revealed = await c.post(formUrl(), { ...fields, action: 'save' });
    assert.equal(revealed.statusCode, 200);
    assert.match(revealed.body, /Svaren gav fler frågor/);
    assert.match(revealed.body, /name="q\.petName"/);
    assert.doesNotMatch(revealed.body, /govuk-error-summary/);
    assert.equal((await casesOf(tiny)).length, before);
    const refreshed = await c.post(formUrl(), { ...fields, action: 'refresh' });
    assert.equal(refreshed.statusCode, 200);
    assert.match(refreshed.body, /name="q\.petName"/);
    assert.match(refreshed.body, /value="Tolvan"/);
    assert.match(refreshed.body, /name="shown" value="name hasPet petName note otherPnr"/);
  });

  it('registers a complete case and goes to it', async () => {
    const c = await loggedIn();
    await c.get(formUrl());
    const res = await c.post(formUrl(), {
      shown: 'name hasPet petName note otherPnr',
      'case.channel': 'paper',
      'case.personalNumber': '198112189876',
      'case.name': 'Amina Hassan',
      'q.name': 'Amina',
      'q.hasPet': 'yes',
      'q.petName': 'Doris',
      action: 'save',
    });
    assert.equal(res.statusCode, 303, res.body);
    const cases = await casesOf(tiny);
    const c1 = cases.at(-1);
    assert.ok(c1);
    assert.equal(res.headers.location, `/demo/handlaggare/arenden/${c1.id}`);
    assert.equal(c1.channel, 'paper');
    assert.equal(c1.concerns_personal_number, '198112189876');
    assert.deepEqual(c1.answers, { name: 'Amina', hasPet: true, petName: 'Doris' });
    const event = await t.services.db
      .selectFrom('case_event')
      .selectAll()
      .where('case_id', '=', c1.id)
      .executeTakeFirstOrThrow();
    assert.equal(event.type, 'registered_manually');
    assert.equal(event.actor_id, ids.anna);
  });

  it('assigns a Kulturskolan case by the school, as for the web', async () => {
    const c = await loggedIn('erik');
    const url = `/demo/handlaggare/nytt-arende/${kulturskolan}`;
    await c.get(url);
    const res = await c.post(url, {
      'case.channel': 'visit',
      'q.applicantRole': 'guardian',
      'q.studentName': 'Nora Lind',
      'q.studentPnr': '201301302285',
      'q.school': 'bjorkskolan',
      'q.grade': '4',
      'q.courseBjorkskolan': 'strings',
      'q.contact.name': 'Amina Hassan',
      'q.contact.email': 'amina.hassan@example.se',
      'q.contact.phone': '070-123 45 67',
      'q.contact.street': 'Björkvägen 3',
      'q.contact.postalCode': '12346',
      'q.contact.city': 'Demostad',
      'q.photoPermission': 'no',
      'q.acceptsTerms': 'yes',
      action: 'save',
    });
    assert.equal(res.statusCode, 303, res.body.slice(0, 3000));
    const caseId = String(res.headers.location).split('/').at(-1) as string;
    const officers = await t.services.db
      .selectFrom('case_officer')
      .select('user_id')
      .where('case_id', '=', caseId)
      .execute();
    assert.deepEqual(
      officers.map((o) => o.user_id),
      [ids.erik],
    );
  });

  it('refuses a post without the CSRF token', async () => {
    const c = await loggedIn();
    await c.get(formUrl());
    const res = await c.post(
      formUrl(),
      { 'case.channel': 'paper', 'q.name': 'X', 'q.hasPet': 'no' },
      { csrf: false },
    );
    assert.equal(res.statusCode, 403);
  });

  it('speaks English', async () => {
    const c = await loggedIn();
    assert.equal((await c.get(`${formUrl()}?lang=en`)).statusCode, 303);
    const page = await c.get(formUrl());
    await c.get('/demo/handlaggare?lang=sv');
    assert.equal(h1(page.body), 'Register a case');
    assert.match(page.body, /How did the case arrive\?/);
    assert.match(page.body, /Do you have pets\?/);
  });
});

describe('Excel export (/handlaggare/export)', () => {
  it('offers the e-services the officer handles, then the chosen one’s versions and dates', async () => {
    const c = await loggedIn();
    const page = await c.get('/demo/handlaggare/export');
    assert.equal(page.statusCode, 200);
    assert.equal(h1(page.body), 'Export till Excel');
    assert.match(page.body, new RegExp(`<option value="${tiny}"`));
    assert.doesNotMatch(page.body, new RegExp(`<option value="${kulturskolan}"`));
    const chosen = await c.get(`/demo/handlaggare/export?eService=${tiny}`);
    assert.equal(chosen.statusCode, 200);
    assert.match(chosen.body, new RegExp(`name="version" type="checkbox" value="${tinyVersion}"`));
    assert.match(chosen.body, /Version 1 \(publicerad\)/);
    assert.match(chosen.body, /name="from\.day"/);
    assert.match(chosen.body, /action="\/demo\/handlaggare\/export\/fil"/);
  });

  it('refuses an e-service the officer does not handle, a wrong date and a foreign version', async () => {
    const c = await loggedIn();
    const other = await c.get(`/demo/handlaggare/export?eService=${kulturskolan}`);
    assert.equal(other.statusCode, 422);
    assert.match(other.body, /Välj vilken e-tjänst du vill exportera/);
    const file = await c.get(`/demo/handlaggare/export/fil?eService=${kulturskolan}`);
    assert.equal(file.statusCode, 422);
    assert.match(String(file.headers['content-type']), /text\/html/);
    const date = await c.get(
      `/demo/handlaggare/export/fil?eService=${tiny}&from.day=31&from.month=2&from.year=2026`,
    );
    assert.equal(date.statusCode, 422);
    assert.match(date.body, /Skriv ett riktigt datum/);
    assert.match(date.body, /href="#from-day"/);
    assert.match(date.body, /value="31"/);
    const kulturVersion = (await t.services.eServices.publishedVersion(m, kulturskolan))?.id;
    const version = await c.get(`/demo/handlaggare/export/fil?eService=${tiny}&version=${kulturVersion}`);
    assert.equal(version.statusCode, 422);
    assert.match(version.body, /Välj bara versioner av den här e-tjänsten/);
  });

  it('downloads the e-service’s cases as an Excel file that opens with the right sheet, columns and rows', async () => {
    const c = await loggedIn();
    const res = await c.get(`/demo/handlaggare/export/fil?eService=${tiny}&version=${tinyVersion}`);
    assert.equal(res.statusCode, 200);
    assert.equal(
      res.headers['content-type'],
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    assert.match(
      String(res.headers['content-disposition']),
      /^attachment; filename="tiny-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const wb = await workbookFrom(res.rawPayload);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['Version 1'],
    );
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const cases = await casesOf(tiny);
    assert.equal(ws.rowCount, cases.length + 1);
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1, 9), [
      'Ärendenummer',
      'Status',
      'Inskickat',
      'Kanal',
      'Sökande',
      'Personnummer',
      'Namn',
      'Har du husdjur?',
    ]);
    const last = (ws.getRow(ws.rowCount).values as unknown[]).slice(1);
    assert.deepEqual(
      [last[0], last[3], last[5], last[6], last[8]],
      [cases.at(-1)?.case_number, 'Papper', '19811218-9876', 'Amina', 'Doris'],
    );
  });

  it('exports the cases checked in the list, and none the officer may not see', async () => {
    const c = await loggedIn();
    const mine = await casesOf(tiny);
    const kultur = await casesOf(kulturskolan);
    const list = [mine[0]?.id, kultur[0]?.id].join(',');
    const page = await c.get(`/demo/handlaggare/export?cases=${list}`);
    assert.equal(page.statusCode, 200);
    assert.equal(h1(page.body), 'Exportera valda ärenden');
    assert.match(page.body, /Du har valt 1 ärenden/);
    const res = await c.get(`/demo/handlaggare/export/fil?cases=${list}`);
    assert.equal(res.statusCode, 200);
    const wb = await workbookFrom(res.rawPayload);
    assert.deepEqual(
      wb.worksheets.map((w) => [w.name, w.rowCount]),
      [['Liten e-tjänst v1', 2]],
    );
    const none = await c.get(`/demo/handlaggare/export/fil?cases=${kultur[0]?.id}`);
    assert.equal(none.statusCode, 422);
    assert.match(none.body, /Inget av de valda ärendena kan exporteras/);
  });

  it('takes a long selection posted from the list, with the CSRF token', async () => {
    const c = await loggedIn();
    const mine = await casesOf(tiny);
    // More ids than an address holds: 800 unknown ones around the officer's own.
    const unknown = Array.from(
      { length: 800 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const cases = [...unknown, ...mine.map((x) => x.id)];
    await c.get('/demo/handlaggare/export');
    const page = await c.post('/demo/handlaggare/export', { cases });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`Du har valt ${mine.length} ärenden`));
    assert.match(page.body, /<form method="post" action="\/demo\/handlaggare\/export\/fil"/);
    const res = await c.post('/demo/handlaggare/export/fil', { cases: cases.join(',') });
    assert.equal(res.statusCode, 200);
    const wb = await workbookFrom(res.rawPayload);
    assert.deepEqual(
      wb.worksheets.map((w) => w.rowCount),
      [mine.length + 1],
    );
    const forged = await c.post(
      '/demo/handlaggare/export/fil',
      { cases: mine[0]?.id ?? '' },
      { csrf: false },
    );
    assert.equal(forged.statusCode, 403);
  });

  it('sends someone not logged in to the staff login', async () => {
    const res = await new TestClient(t.app).get(`/demo/handlaggare/export/fil?eService=${tiny}`);
    assert.equal(res.statusCode, 303);
  });
});
