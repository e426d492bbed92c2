import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { TestClient } from '../support/http.ts';

let t: TestApp;
let demoId: string;
let caseId: string;
let otherCaseId: string;
let officerFileId: string;

const TOLVAN = { personalNumber: '191212121212', name: 'Tolvan Tolvansson' };
const OTHER = { personalNumber: '198112189876', name: 'Annan Person' };

/** A browser logged in on My pages as this resident. */
async function resident(who: { personalNumber: string; name: string }): Promise<TestClient> {
  const c = new TestClient(t.app);
  const token = await t.services.sessions.login(undefined, {
    kind: 'resident',
    municipalityId: demoId,
    loginMethod: 'bankid',
    resident: {
      personalNumber: who.personalNumber,
      name: who.name,
      givenName: who.name.split(' ')[0] ?? '',
      familyName: who.name.split(' ')[1] ?? '',
      loa: null,
      providerId: 'test',
    },
  });
  c.cookies.set('ingang_session', t.app.signCookie(token));
  return c;
}

async function addCase(owner: string, number: string) {
  const e = await t.services.eServices.bySlug(demoId, 'ansokan-om-specialkost');
  assert.ok(e);
  const v = await t.services.eServices.publishedVersion(demoId, e.id);
  assert.ok(v);
  const row = await t.services.db
    .insertInto('case')
    .values({
      municipality_id: demoId,
      case_number: number,
      e_service_id: e.id,
      version_id: v.id,
      status: 'submitted',
      answers: JSON.stringify({}),
      channel: 'web',
      submitter_personal_number: owner,
      concerns_personal_number: owner,
      submitter_name: 'X',
      notify_email: 'tolvan@example.se',
      notify_phone: '+46701234567',
    })
    .returning(['id', 'e_service_id'])
    .executeTakeFirstOrThrow();
  return row;
}

const page = (id = caseId) => `/demo/mina-sidor/arenden/${id}/aviseringar`;

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  demoId = demo.id;
  const mine = await addCase(TOLVAN.personalNumber, '2026-70001');
  caseId = mine.id;
  otherCaseId = (await addCase(OTHER.personalNumber, '2026-70002')).id;
  const anna = await t.services.db
    .selectFrom('staff_user')
    .select('id')
    .where('username', '=', 'anna')
    .executeTakeFirstOrThrow();
  await t.services.db
    .insertInto('case_officer')
    .values({ case_id: caseId, user_id: anna.id, municipality_id: demoId })
    .execute();
  await t.services.notifications.settings.save(demoId, mine.e_service_id, {
    fileDownloaded: { email: true },
  });
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const f = await t.services.storedFiles.storeForCase(
    demoId,
    caseId,
    'beslut.pdf',
    pdf,
    { allowedMimes: ['application/pdf'], maxBytes: 10_000 },
    { kind: 'staff', id: anna.id, name: 'Anna Handläggare' },
  );
  assert.ok(f.ok);
  officerFileId = f.file.id;
});
after(() => t.close());

describe('where notifications go (My pages)', () => {
  it('the case page links to it; the page shows the current addresses', async () => {
    const c = await resident(TOLVAN);
    const casePage = await c.get(`/demo/mina-sidor/arenden/${caseId}`);
    assert.equal(casePage.statusCode, 200);
    assert.match(casePage.body, new RegExp(`href="/demo/mina-sidor/arenden/${caseId}/aviseringar"`));
    const res = await c.get(page());
    assert.equal(res.statusCode, 200);
    assert.equal(res.body.match(/<h1/g)?.length, 1);
    assert.match(res.body, /Aviseringar för ärende 2026-70001/);
    assert.match(res.body, /<bdi dir="ltr">tolvan@example\.se<\/bdi>/);
    assert.match(res.body, /<label[^>]*for="email"/);
    assert.match(res.body, /autocomplete="tel"/);
  });

  it('refuses malformed addresses in the error summary, keeping what was typed, and changes nothing', async () => {
    const c = await resident(TOLVAN);
    await c.get(page());
    const bad = await c.post(page(), { email: 'inte en adress', phone: '08-123 456 78' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /govuk-error-summary/);
    assert.match(bad.body, /href="#email"/);
    assert.match(bad.body, /href="#phone"/);
    assert.match(bad.body, /value="inte en adress"/);
    assert.match(bad.body, /value="08-123 456 78"/);
    assert.deepEqual(
      await t.services.notifications.applicantContact.get({ id: caseId, municipalityId: demoId }),
      {
        email: 'tolvan@example.se',
        phone: '+46701234567',
      },
    );
  });

  it('saves a change (or a removal) with a history event', async () => {
    const c = await resident(TOLVAN);
    await c.get(page());
    const res = await c.post(page(), { email: ' ny@example.se ', phone: '' });
    assert.equal(res.statusCode, 303);
    const after = await c.get(String(res.headers.location));
    assert.match(after.body, /Ändringen är sparad/);
    assert.match(after.body, /ny@example\.se/);
    assert.deepEqual(
      await t.services.notifications.applicantContact.get({ id: caseId, municipalityId: demoId }),
      {
        email: 'ny@example.se',
        phone: null,
      },
    );
    const events = await t.services.db
      .selectFrom('case_event')
      .select('type')
      .where('case_id', '=', caseId)
      .where('type', '=', 'notify_contact_changed')
      .execute();
    assert.equal(events.length, 1);
  });

  it('is in Arabic, right to left, when chosen', async () => {
    const c = await resident(TOLVAN);
    const switched = await c.get(`${page()}?lang=ar`);
    const res = switched.statusCode === 303 ? await c.get(String(switched.headers.location)) : switched;
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="ar" dir="rtl"/);
    assert.match(res.body, /الإشعارات الخاصة بالطلب 2026-70001/);
  });

  it("another resident's case is not found, and a visitor is sent to log in", async () => {
    const c = await resident(TOLVAN);
    assert.equal((await c.get(page(otherCaseId))).statusCode, 404);
    await c.get(page());
    assert.equal((await c.post(page(otherCaseId), { email: 'x@example.se', phone: '' })).statusCode, 404);
    const visitor = await new TestClient(t.app).get(page());
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /\/demo\/logga-in/);
    assert.equal((await c.get(page('not-a-uuid'))).statusCode, 404);
  });
});

describe("the applicant downloads an officer's document", () => {
  it('gets the file, and the case officers a receipt the first time', async () => {
    const c = await resident(TOLVAN);
    const url = `/demo/mina-sidor/arenden/${caseId}/handlingar/${officerFileId}`;
    const casePage = await c.get(`/demo/mina-sidor/arenden/${caseId}`);
    assert.match(casePage.body, new RegExp(`href="${url}"`));
    const first = await c.get(url);
    assert.equal(first.statusCode, 200);
    assert.equal(first.headers['content-type'], 'application/pdf');
    assert.match(String(first.headers['content-disposition']), /beslut\.pdf/);
    assert.equal((await c.get(url)).statusCode, 200);
    const jobs = await t.services.db
      .selectFrom('outbox')
      .select(['payload'])
      .where('case_id', '=', caseId)
      .execute();
    const receipts = jobs.filter((j) => j.payload.event === 'fileDownloaded');
    assert.deepEqual(
      receipts.map((j) => j.payload.audience),
      ['officer'],
      'one receipt, to the one officer with an address',
    );
    const other = await resident(OTHER);
    assert.equal((await other.get(url)).statusCode, 404);
    assert.equal(
      (await c.get(`/demo/mina-sidor/arenden/${otherCaseId}/handlingar/${officerFileId}`)).statusCode,
      404,
    );
  });
});
