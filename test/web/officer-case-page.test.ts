import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { DraftOwner } from '../../src/services/drafts/draft-owner.ts';
import { setEServiceOfficers } from '../../src/services/officer/handlers.ts';
import { SESSION_COOKIE } from '../../src/web/plugins/session.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testDatabaseKind } from '../support/db.ts';
import { publishTiny } from '../support/eservice-fixture.ts';
import { h1, TestClient } from '../support/http.ts';

let t: TestApp;
let municipalityId: string;
let eServiceId: string;
let otherCaseId: string;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const ELF = readFileSync(process.execPath).subarray(0, 8192);
const TOLVAN: Extract<DraftOwner, { kind: 'resident' }> = {
  kind: 'resident',
  personalNumber: '191212121212',
  name: 'Tolvan Tolvansson',
  loginMethod: 'bankid',
};

async function submitTiny(mId: string, eId: string, name = 'Tolvan'): Promise<string> {
  const id = await t.services.drafts.start(mId, eId, TOLVAN);
  assert.ok(id);
  const draft = await t.services.drafts.get(mId, id, TOLVAN);
  assert.ok(draft);
  await t.services.drafts.saveStep(draft, 'om-dig', {
    'q.name': name,
    'q.hasPet': 'yes',
    'q.petName': 'Doris',
  });
  const r = await t.services.submitCase(mId, id, TOLVAN, 'sv');
  assert.ok(r.ok);
  return r.caseId;
}

before(async () => {
  t = await startTestApp();
  const m = await t.services.municipalities.bySlug('demo');
  assert.ok(m);
  municipalityId = m.id;
  eServiceId = (await publishTiny(t.services, m.id)).eService.id;
  await t.services.db
    .updateTable('e_service')
    .set({ answers_editable: true })
    .where('id', '=', eServiceId)
    .execute();
  const staff = await t.services.db
    .selectFrom('staff_user')
    .select(['id', 'username'])
    .where('municipality_id', '=', m.id)
    .execute();
  const id = (u: string) => staff.find((s) => s.username === u)?.id as string;
  // Anna handles the tiny e-service fully; Erik only the cases assigned to him.
  await setEServiceOfficers(t.services.db, m.id, eServiceId, [
    { userId: id('anna') },
    { userId: id('erik'), restricted: true },
  ]);
  await t.services.staffUsers.create({
    municipalityId: m.id,
    username: 'olle',
    password: 'olle-handlaggare-2026',
    name: 'Olle Utanför',
    roles: ['officer'],
  });
  const other = await t.services.municipalities.create({ slug: 'annanby', name: 'Annanby kommun' });
  const otherTiny = await publishTiny(t.services, other.id);
  otherCaseId = await submitTiny(other.id, otherTiny.eService.id);
  await t.services.municipalities.reload();
});
after(() => t.close());

const PASSWORDS: Record<string, string> = {
  anna: 'demo-handlaggare-2026',
  erik: 'demo-handlaggare-2026',
  admin: 'demo-admin-2026',
  utvecklare: 'demo-utvecklare-2026',
  olle: 'olle-handlaggare-2026',
};

const sessions = new Map<string, TestClient>();

/** A logged-in staff client, one per user for the whole file (logging in often meets the rate limit). */
async function staff(username: string): Promise<TestClient> {
  const known = sessions.get(username);
  if (known) return known;
  const c = new TestClient(t.app);
  sessions.set(username, c);
  await c.get('/demo/handlaggare/logga-in');
  const res = await c.post('/demo/handlaggare/logga-in', {
    username,
    password: PASSWORDS[username] as string,
  });
  assert.equal(res.statusCode, 303, `login ${username}`);
  return c;
}

/** Tolvan logged in on My pages, with a session made the way the login callback makes one. */
async function resident(): Promise<TestClient> {
  const token = await t.services.sessions.login(undefined, {
    kind: 'resident',
    municipalityId,
    resident: {
      personalNumber: TOLVAN.personalNumber,
      name: 'Tolvan Tolvansson',
      givenName: 'Tolvan',
      familyName: 'Tolvansson',
      loa: null,
      providerId: 'test',
    },
    loginMethod: 'bankid',
  });
  const c = new TestClient(t.app);
  c.cookies.set(SESSION_COOKIE, t.app.signCookie(token));
  return c;
}

const url = (caseId: string, path = '') => `/demo/handlaggare/arenden/${caseId}${path}`;
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const row = (id: string) =>
  t.services.db.selectFrom('case').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe(`the officer's case page (${testDatabaseKind()})`, () => {
  it('shows the header, the answers by step and the tabs', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    const c = await staff('anna');
    const res = await c.get(url(id));
    assert.equal(res.statusCode, 200);
    const number = (await row(id)).case_number;
    assert.equal(h1(res.body), `Ärende ${number}`);
    const body = text(res.body);
    assert.match(body, /Liten e-tjänst, version 1/);
    assert.match(body, /Status Inskickat/);
    assert.match(body, /Tolvan Tolvansson, 19121212-1212/);
    assert.match(body, /Kanal E-tjänst/);
    assert.match(body, /Ingen handläggare/);
    assert.match(body, /Ta ärendet/);
    assert.match(body, /Namn Tolvan/);
    assert.match(body, /Vad heter husdjuret\? Doris/);
    assert.match(body, /Ändra inskickade svar/);
    for (const path of [
      '/historik',
      '/meddelanden',
      '/anteckningar',
      '/handlingar',
      '/externt-arendenummer',
    ]) {
      assert.match(res.body, new RegExp(`href="${url(id, path)}"`));
      assert.equal((await c.get(url(id, path))).statusCode, 200, path);
    }
    assert.match(res.body, /aria-current="page"[^>]*>Ansökan|Ansökan<\/a>/);
    assert.equal((res.body.match(/<h1/g) ?? []).length, 1);
    const switched = await c.get(`${url(id)}?lang=en`);
    const en = switched.statusCode === 200 ? switched : await c.get(String(switched.headers.location));
    assert.equal(h1(en.body), `Case ${number}`);
    assert.match(text(en.body), /Take the case/);
    await c.get(`${url(id)}?lang=sv`);
  });

  it('answers 404 to officers who may not see the case and tampered or foreign ids', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    for (const who of ['erik', 'olle']) {
      const c = await staff(who);
      assert.equal((await c.get(url(id))).statusCode, 404, who);
      assert.equal((await c.get(url(id, '/historik'))).statusCode, 404, who);
      assert.equal(
        (await c.post(url(id, '/status'), { status: 'in_progress', rowVersion: '1' })).statusCode,
        404,
      );
    }
    const anna = await staff('anna');
    assert.equal((await anna.get(url('not-a-case'))).statusCode, 404);
    assert.equal((await anna.get(url('00000000-0000-4000-8000-000000000000'))).statusCode, 404);
    assert.equal((await anna.get(url(otherCaseId))).statusCode, 404);
    assert.equal((await anna.get(url(otherCaseId, '/ansokan.pdf'))).statusCode, 404);
    // A developer is staff but not an officer.
    const dev = await staff('utvecklare');
    assert.equal((await dev.get(url(id))).statusCode, 403);
    // Admins see every case of their municipality.
    assert.equal((await (await staff('admin')).get(url(id))).statusCode, 200);
  });

  it('sends a resident or a visitor to the staff login', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    for (const c of [await resident(), new TestClient(t.app)]) {
      const res = await c.get(url(id));
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), /^\/demo\/handlaggare\/logga-in\?returnTo=/);
    }
  });
});

describe(`tools and tabs (${testDatabaseKind()})`, () => {
  it('takes the case, flags it and sets a colour label', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    const c = await staff('anna');
    await c.get(url(id));
    const take = await c.post(url(id, '/ta'), { rowVersion: '1' });
    assert.equal(take.statusCode, 303);
    const after = text((await c.get(String(take.headers.location))).body);
    assert.match(after, /Du handlägger nu ärendet/);
    assert.match(after, /Handläggare Anna Handläggare/);
    assert.doesNotMatch(after, /Ta ärendet/);
    const flag = await c.post(url(id, '/flagga'), { flag: 'on' });
    assert.equal(flag.statusCode, 303);
    assert.match(text((await c.get(url(id))).body), /Flaggat av dig/);
    await c.get(url(id, '/farg'));
    const colour = await c.post(url(id, '/farg'), { colour: 'red', rowVersion: '2' });
    assert.equal(colour.statusCode, 303);
    assert.match(text((await c.get(url(id))).body), /Färgmarkering Röd/);
    const bad = await c.post(url(id, '/farg'), { colour: 'mauve', rowVersion: '3' });
    assert.equal(bad.statusCode, 422);
    assert.match(text(bad.body), /Välj en färgmarkering i listan/);
  });

  it('two officers changing status: the second sees a conflict, the changes and what they typed', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    const anna = await staff('anna');
    const admin = await staff('admin');
    await anna.get(url(id, '/status'));
    const stale = await admin.get(url(id, '/status'));
    assert.match(stale.body, /name="rowVersion" value="1"/);
    const seen = /name="seenEvent" value="(\d+)"/.exec(stale.body)?.[1] as string;
    assert.equal(
      (await anna.post(url(id, '/status'), { status: 'in_progress', rowVersion: '1', seenEvent: seen }))
        .statusCode,
      303,
    );
    const second = await admin.post(url(id, '/status'), {
      status: 'rejected',
      message: 'Vi kan tyvärr inte bevilja.',
      rowVersion: '1',
      seenEvent: seen,
    });
    assert.equal(second.statusCode, 409);
    const body = text(second.body);
    assert.match(
      body,
      /Ärendet har ändrats av någon annan medan du arbetade\. Se ändringarna nedan och försök igen\./,
    );
    assert.match(body, /Anna Handläggare ändrade status från Inskickat till Under behandling/);
    assert.match(second.body, /Vi kan tyvärr inte bevilja\./);
    assert.match(second.body, /value="rejected" checked/);
    assert.match(second.body, /name="rowVersion" value="2"/);
    assert.equal((await row(id)).status, 'in_progress');
    // Trying again from the page shown saves.
    const retry = await admin.post(url(id, '/status'), {
      status: 'rejected',
      message: 'Vi kan tyvärr inte bevilja.',
      rowVersion: '2',
    });
    assert.equal(retry.statusCode, 303);
    const c = await row(id);
    assert.equal(c.status, 'rejected');
    assert.ok(c.closed_at);
  });

  it('changes status with a message and "do not notify": the applicant sees both, the history says so', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    const c = await staff('anna');
    await c.get(url(id, '/status'));
    const missing = await c.post(url(id, '/status'), { rowVersion: '1', message: 'Kept' });
    assert.equal(missing.statusCode, 422);
    assert.match(text(missing.body), /Välj en ny status/);
    assert.match(missing.body, />\nKept<\/textarea>/);
    const unknown = await c.post(url(id, '/status'), { status: 'archived', rowVersion: '1' });
    assert.equal(unknown.statusCode, 422);
    const ok = await c.post(url(id, '/status'), {
      status: 'supplement_requested',
      message: 'Skicka ett läkarintyg, tack.',
      noNotify: 'yes',
      rowVersion: '1',
    });
    assert.equal(ok.statusCode, 303);
    assert.match(
      text((await c.get(String(ok.headers.location))).body),
      /Statusen är ändrad till Komplettering begärd/,
    );
    const history = text((await c.get(url(id, '/historik'))).body);
    assert.match(history, /Anna Handläggare ändrade status från Inskickat till Komplettering begärd/);
    assert.match(history, /Den sökande aviseras inte/);
    assert.match(history, /Anna Handläggare skickade ett meddelande till den sökande/);
    const mine = text((await (await resident()).get(`/demo/mina-sidor/arenden/${id}`)).body);
    assert.match(mine, /Skicka ett läkarintyg, tack\./);
  });

  it('messages: the thread, read receipts both ways, and the unread count on the tab', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    const c = await staff('anna');
    await c.get(url(id, '/meddelanden'));
    const empty = await c.post(url(id, '/meddelanden'), { body: '  ' });
    assert.equal(empty.statusCode, 422);
    assert.match(text(empty.body), /Skriv ett meddelande/);
    const sent = await c.post(url(id, '/meddelanden'), { body: 'Vilken skola går barnet på?' });
    assert.equal(sent.statusCode, 303);
    assert.match(text((await c.get(url(id, '/meddelanden'))).body), /Inte läst ännu/);
    // The applicant reads it and answers on My pages.
    const r = await resident();
    const mine = await r.get(`/demo/mina-sidor/arenden/${id}`);
    assert.match(text(mine.body), /Vilken skola går barnet på\?/);
    assert.equal(
      (await r.post(`/demo/mina-sidor/arenden/${id}/meddelanden`, { body: 'Björkskolan' })).statusCode,
      303,
    );
    assert.match(text((await c.get(url(id))).body), /Meddelanden \(1 oläst\)/);
    const thread = text((await c.get(url(id, '/meddelanden'))).body);
    assert.match(thread, /Björkskolan/);
    assert.match(thread, /Tolvan Tolvansson \(sökande\)/);
    assert.equal((thread.match(/Läst \d/g) ?? []).length, 2);
    const read = await t.services.db
      .selectFrom('case_message')
      .select(['direction', 'read_at'])
      .where('case_id', '=', id)
      .execute();
    assert.ok(read.every((m) => m.read_at));
    assert.doesNotMatch(text((await c.get(url(id))).body), /oläst/);
  });

  it('internal notes are listed for officers and never on the resident’s page', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    const c = await staff('anna');
    await c.get(url(id, '/anteckningar'));
    const added = await c.post(url(id, '/anteckningar'), { body: 'Ringde rektorn' });
    assert.equal(added.statusCode, 303);
    const notes = text((await c.get(String(added.headers.location))).body);
    assert.match(notes, /Anteckningen är sparad/);
    assert.match(notes, /Ringde rektorn/);
    assert.match(
      text((await c.get(url(id, '/historik'))).body),
      /Anna Handläggare skrev en intern anteckning/,
    );
    const mine = (await (await resident()).get(`/demo/mina-sidor/arenden/${id}`)).body;
    assert.doesNotMatch(mine, /Ringde rektorn|anteckning/i);
  });

  it('documents: upload checked by content, download through the gate, the applicant is told', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    const c = await staff('anna');
    await c.get(url(id, '/handlingar'));
    const bad = await c.postMultipart(url(id, '/handlingar'), {}, [
      { field: 'document', name: 'beslut.pdf', type: 'application/pdf', data: ELF },
    ]);
    assert.equal(bad.statusCode, 422);
    assert.match(text(bad.body), /Filen är inte en PDF/);
    const none = await c.postMultipart(url(id, '/handlingar'), {}, []);
    assert.equal(none.statusCode, 422);
    const ok = await c.postMultipart(url(id, '/handlingar'), {}, [
      { field: 'document', name: 'beslut.pdf', type: 'application/pdf', data: PDF },
    ]);
    assert.equal(ok.statusCode, 303);
    const list = await c.get(String(ok.headers.location));
    assert.match(text(list.body), /Handlingen är uppladdad: beslut\.pdf/);
    const link = new RegExp(`href="(${url(id, '/handlingar/')}[0-9a-f-]{36})"`).exec(list.body)?.[1];
    assert.ok(link);
    const file = await c.get(link);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.match(String(file.headers['content-disposition']), /attachment; filename="beslut\.pdf"/);
    assert.deepEqual(file.rawPayload, PDF);
    // Another case's address with this file, or another officer: 404.
    const otherCase = await submitTiny(municipalityId, eServiceId);
    assert.equal((await c.get(link.replace(id, otherCase))).statusCode, 404);
    assert.equal((await (await staff('olle')).get(link)).statusCode, 404);
    const mine = text((await (await resident()).get(`/demo/mina-sidor/arenden/${id}`)).body);
    assert.match(mine, /Handling tillagd: beslut\.pdf/);
  });

  it('the external case number is shown to the applicant; a stale form keeps what was typed', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    const c = await staff('anna');
    const form = await c.get(url(id, '/externt-arendenummer'));
    assert.match(form.body, /name="rowVersion" value="1"/);
    assert.equal(
      (
        await c.post(url(id, '/externt-arendenummer'), {
          externalCaseNumber: 'BUN 2026/118',
          rowVersion: '1',
        })
      ).statusCode,
      303,
    );
    const mine = text((await (await resident()).get(`/demo/mina-sidor/arenden/${id}`)).body);
    assert.match(mine, /Diarienummer BUN 2026\/118/);
    const stale = await c.post(url(id, '/externt-arendenummer'), {
      externalCaseNumber: 'BUN 2026/119',
      rowVersion: '1',
    });
    assert.equal(stale.statusCode, 409);
    assert.match(stale.body, /value="BUN 2026\/119"/);
    assert.match(text(stale.body), /Ärendet har ändrats av någon annan/);
    const tampered = await c.post(url(id, '/externt-arendenummer'), {
      externalCaseNumber: 'x',
      rowVersion: 'abc',
    });
    assert.equal(tampered.statusCode, 409);
    assert.equal((await row(id)).external_case_number, 'BUN 2026/118');
  });

  it('edits submitted answers with the form fields and records the diff in the history', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    const c = await staff('anna');
    const form = await c.get(url(id, '/svar'));
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="q\.name"[^>]*value="Tolvan"/);
    const fields = {
      'q.name': 'Tolvina',
      'q.hasPet': 'yes',
      'q.petName': 'Doris',
      'q.note': '',
      'q.otherPnr': '',
      rowVersion: '1',
    };
    const invalid = await c.post(url(id, '/svar'), { ...fields, 'q.otherPnr': '123' });
    assert.equal(invalid.statusCode, 422);
    assert.match(invalid.body, /govuk-error-summary/);
    assert.match(invalid.body, /value="123"/);
    const saved = await c.post(url(id, '/svar'), fields);
    assert.equal(saved.statusCode, 303);
    assert.match(text((await c.get(String(saved.headers.location))).body), /Svaren är ändrade/);
    const history = text((await c.get(url(id, '/historik'))).body);
    assert.match(history, /Anna Handläggare ändrade inskickade svar/);
    assert.match(history, /Namn: Tolvan → Tolvina/);
    assert.equal((await row(id)).answers.name, 'Tolvina');
    await t.services.db
      .updateTable('e_service')
      .set({ answers_editable: false })
      .where('id', '=', eServiceId)
      .execute();
    try {
      assert.equal((await c.get(url(id, '/svar'))).statusCode, 404);
      assert.doesNotMatch((await c.get(url(id))).body, /Ändra inskickade svar/);
    } finally {
      await t.services.db
        .updateTable('e_service')
        .set({ answers_editable: true })
        .where('id', '=', eServiceId)
        .execute();
    }
  });

  it('a restricted officer is warned before removing themselves, then loses sight of the case', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    const anna = await staff('anna');
    const ids = await t.services.db
      .selectFrom('staff_user')
      .select(['id', 'username'])
      .where('municipality_id', '=', municipalityId)
      .execute();
    const erikId = ids.find((u) => u.username === 'erik')?.id as string;
    const annaId = ids.find((u) => u.username === 'anna')?.id as string;
    await anna.get(url(id, '/handlaggare'));
    const foreign = await anna.post(url(id, '/handlaggare'), {
      officers: [erikId, otherCaseId],
      rowVersion: '1',
    });
    assert.equal(foreign.statusCode, 422);
    assert.match(text(foreign.body), /Välj bara bland dem som handlägger e-tjänsten/);
    assert.equal(
      (await anna.post(url(id, '/handlaggare'), { officers: [erikId, annaId], rowVersion: '1' })).statusCode,
      303,
    );
    const erik = await staff('erik');
    const page = await erik.get(url(id, '/handlaggare'));
    assert.equal(page.statusCode, 200);
    const ask = await erik.post(url(id, '/handlaggare'), { officers: annaId, rowVersion: '2' });
    assert.equal(ask.statusCode, 200);
    assert.equal(h1(ask.body), 'Vill du ta bort dig själv från ärendet?');
    assert.equal((await row(id)).row_version, 2);
    const done = await erik.post(url(id, '/handlaggare'), {
      officers: annaId,
      rowVersion: '2',
      confirmSelfRemoval: 'yes',
    });
    assert.equal(done.statusCode, 200);
    assert.equal(h1(done.body), 'Du handlägger inte längre ärendet');
    assert.equal((await erik.get(url(id))).statusCode, 404);
  });

  it('deletes only where the status allows, after confirmation, leaving an audit event', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    const c = await staff('anna');
    const refused = await c.get(url(id, '/radera'));
    assert.match(text(refused.body), /Ärendet kan inte raderas när statusen är Inskickat/);
    assert.doesNotMatch(refused.body, /Ja, radera ärendet/);
    assert.equal((await c.post(url(id, '/radera'), { rowVersion: '1' })).statusCode, 422);
    await c.get(url(id, '/status'));
    await c.post(url(id, '/status'), { status: 'completed', rowVersion: '1' });
    const confirm = await c.get(url(id, '/radera'));
    assert.match(confirm.body, /Ja, radera ärendet/);
    const number = (await row(id)).case_number;
    const done = await c.post(url(id, '/radera'), { rowVersion: '2' });
    assert.equal(done.statusCode, 200);
    assert.match(text(done.body), new RegExp(`Ärende ${number} är raderat`));
    assert.equal((await c.get(url(id))).statusCode, 404);
    const audit = await t.services.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'case.deleted')
      .where('subject', '=', id)
      .executeTakeFirst();
    assert.equal(audit?.actor, 'anna');
    assert.equal(audit?.details.caseNumber, number);
  });

  it('serves the application as a PDF to officers', async () => {
    const id = await submitTiny(municipalityId, eServiceId);
    const res = await (await staff('anna')).get(url(id, '/ansokan.pdf'));
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-');
  });
});
