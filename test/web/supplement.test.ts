import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DraftOwner } from '../../src/services/drafts/draft-owner.ts';
import { SESSION_COOKIE } from '../../src/web/plugins/session.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { publishTiny } from '../support/eservice-fixture.ts';
import { h1, TestClient } from '../support/http.ts';

let t: TestApp;
let municipalityId: string;
let eServiceId: string;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const TOLVAN = { personalNumber: '191212121212', name: 'Tolvan Tolvansson' };
const OTHER = { personalNumber: '198112189876', name: 'Annan Person' };

before(async () => {
  t = await startTestApp();
  const m = await t.services.municipalities.bySlug('demo');
  assert.ok(m);
  municipalityId = m.id;
  eServiceId = (await publishTiny(t.services, m.id)).eService.id;
});
after(() => t.close());

/** A browser with a resident logged in (the identity provider's part is tested elsewhere). */
async function residentClient(who: { personalNumber: string; name: string }): Promise<TestClient> {
  const [givenName = '', familyName = ''] = who.name.split(' ');
  const token = await t.services.sessions.login(undefined, {
    kind: 'resident',
    municipalityId,
    resident: { ...who, givenName, familyName, loa: null, providerId: 'test' },
    loginMethod: 'bankid',
  });
  const client = new TestClient(t.app);
  client.cookies.set(SESSION_COOKIE, t.app.signCookie(token));
  return client;
}

/** Tolvan's case of the tiny e-service, in `status`. */
async function caseIn(status: string): Promise<string> {
  const owner: DraftOwner = { kind: 'resident', ...TOLVAN, loginMethod: 'bankid' };
  const id = await t.services.drafts.start(municipalityId, eServiceId, owner);
  assert.ok(id);
  const draft = await t.services.drafts.get(municipalityId, id, owner);
  assert.ok(draft);
  await t.services.drafts.saveStep(draft, 'om-dig', {
    'q.name': 'Tolvan',
    'q.hasPet': 'yes',
    'q.petName': 'Doris',
  });
  const r = await t.services.submitCase(municipalityId, id, owner, 'sv');
  assert.ok(r.ok);
  await t.services.db.updateTable('case').set({ status }).where('id', '=', r.caseId).execute();
  return r.caseId;
}

const caseRow = (id: string) =>
  t.services.db.selectFrom('case').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const supplementEvents = (id: string) =>
  t.services.db
    .selectFrom('case_event')
    .selectAll()
    .where('case_id', '=', id)
    .where('type', '=', 'supplement_submitted')
    .execute();
const draftIdIn = (html: string) => /name="utkast" value="([0-9a-f-]{36})"/.exec(html)?.[1];

/** Opens the case page, presses "Komplettera ansökan" and lands on the supplement's check page. */
async function startSupplement(client: TestClient, caseId: string) {
  await client.get(`/demo/mina-sidor/arenden/${caseId}`);
  const start = await client.post(`/demo/mina-sidor/arenden/${caseId}/komplettera`, {});
  assert.equal(start.statusCode, 303);
  const base = `/demo/mina-sidor/arenden/${caseId}/komplettering`;
  assert.equal(start.headers.location, `${base}/kontrollera`);
  const check = await client.get(`${base}/kontrollera`);
  assert.equal(check.statusCode, 200);
  return { base, check };
}

describe('the case page', () => {
  it('offers "Komplettera ansökan" only while the status lets the applicant edit', async () => {
    const client = await residentClient(TOLVAN);
    const asked = await caseIn('supplement_requested');
    const page = await client.get(`/demo/mina-sidor/arenden/${asked}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Komplettera ansökan/);
    assert.match(page.body, new RegExp(`action="/demo/mina-sidor/arenden/${asked}/komplettera"`));
    for (const status of ['submitted', 'in_progress', 'completed']) {
      const id = await caseIn(status);
      const other = await client.get(`/demo/mina-sidor/arenden/${id}`);
      assert.equal(other.statusCode, 200);
      assert.doesNotMatch(other.body, /Komplettera ansökan/);
      const refused = await client.post(`/demo/mina-sidor/arenden/${id}/komplettera`, {});
      assert.equal(refused.statusCode, 409);
      assert.equal(h1(refused.body), 'Ärendet kan inte kompletteras nu');
      const drafts = await t.services.db
        .selectFrom('draft')
        .select('id')
        .where('supplement_case_id', '=', id)
        .execute();
      assert.equal(drafts.length, 0);
    }
  });
});

describe('supplementing a case', () => {
  it('changes an answer, sends it in once, and the case goes back to Inskickat with a diff', async () => {
    const client = await residentClient(TOLVAN);
    const caseId = await caseIn('supplement_requested');
    const before = await caseRow(caseId);
    const { base, check } = await startSupplement(client, caseId);
    assert.equal(h1(check.body), 'Komplettera din ansökan');
    assert.match(check.body, /Doris/);
    assert.match(check.body, new RegExp(`href="${base}/steg/om-dig\\?fran=kontroll#`));
    assert.match(check.body, /Skicka in kompletteringen/);
    assert.match(check.body, /Avbryt kompletteringen/);
    const draftId = draftIdIn(check.body);
    assert.ok(draftId);

    const step = await client.get(`${base}/steg/om-dig?fran=kontroll`);
    assert.equal(step.statusCode, 200);
    assert.match(step.body, /value="Doris"/);
    assert.match(step.body, new RegExp(`action="${base}/steg/om-dig\\?fran=kontroll"`));
    const bad = await client.post(`${base}/steg/om-dig?fran=kontroll`, {
      'q.name': '',
      'q.hasPet': 'yes',
      'q.petName': 'Majken',
      action: 'continue',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /govuk-error-summary/);
    const saved = await client.post(`${base}/steg/om-dig?fran=kontroll`, {
      'q.name': 'Tolvan',
      'q.hasPet': 'yes',
      'q.petName': 'Majken',
      action: 'continue',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `${base}/kontrollera`);
    assert.deepEqual((await caseRow(caseId)).answers, before.answers, 'the case is unchanged until sent');

    await client.get(`${base}/kontrollera`);
    const sent = await client.post(`${base}/skicka`, { utkast: draftId });
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, `${base}/skickad`);
    const again = await client.post(`${base}/skicka`, { utkast: draftId });
    assert.equal(again.statusCode, 303, 'a double click lands on the same receipt');
    const receipt = await client.get(`${base}/skickad`);
    assert.equal(receipt.statusCode, 200);
    assert.equal(h1(receipt.body), 'Din komplettering är skickad');
    assert.match(receipt.body, new RegExp(before.case_number));

    const after = await caseRow(caseId);
    assert.equal(after.status, 'submitted');
    assert.equal(after.row_version, before.row_version + 1);
    assert.deepEqual(after.answers, { name: 'Tolvan', hasPet: true, petName: 'Majken' });
    const events = await supplementEvents(caseId);
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]?.details.changes, [{ key: 'petName', before: 'Doris', after: 'Majken' }]);

    const casePage = await client.get(`/demo/mina-sidor/arenden/${caseId}`);
    assert.doesNotMatch(casePage.body, /Komplettera ansökan/);
    assert.match(casePage.body, /Komplettering inskickad/);
    assert.equal((await client.get(`${base}/kontrollera`)).statusCode, 404, 'the editing draft is gone');
  });

  it('uploads a document on a file question; it goes to the case with the answers', async () => {
    const client = await residentClient(TOLVAN);
    const caseId = await caseIn('supplement_requested');
    const { base, check } = await startSupplement(client, caseId);
    const draftId = draftIdIn(check.body);
    assert.ok(draftId);
    const step = await client.get(`${base}/steg/bilagor?fran=kontroll`);
    assert.match(step.body, /enctype="multipart\/form-data"/);
    const up = await client.postMultipart(`${base}/steg/bilagor?fran=kontroll`, { action: 'continue' }, [
      { field: 'q.attachment', name: 'intyg.pdf', type: 'application/pdf', data: PDF },
    ]);
    assert.equal(up.statusCode, 303);
    const checkAgain = await client.get(`${base}/kontrollera`);
    assert.match(checkAgain.body, /intyg\.pdf/);
    assert.equal((await client.post(`${base}/skicka`, { utkast: draftId })).statusCode, 303);
    const files = await t.services.db
      .selectFrom('stored_file')
      .select('name')
      .where('case_id', '=', caseId)
      .execute();
    assert.deepEqual(
      files.map((f) => f.name),
      ['intyg.pdf'],
    );
    const casePage = await client.get(`/demo/mina-sidor/arenden/${caseId}`);
    assert.match(casePage.body, /intyg\.pdf/);
  });

  it('"Spara och fortsätt senare" goes to the case page, and pressing Komplettera again resumes', async () => {
    const client = await residentClient(TOLVAN);
    const caseId = await caseIn('supplement_requested');
    const { base, check } = await startSupplement(client, caseId);
    await client.get(`${base}/steg/ovrigt`);
    const saved = await client.post(`${base}/steg/ovrigt`, { 'q.note': 'Nytt intyg kommer', action: 'save' });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `/demo/mina-sidor/arenden/${caseId}`);
    const { check: resumed } = await startSupplement(client, caseId);
    assert.equal(draftIdIn(resumed.body), draftIdIn(check.body));
    assert.match(resumed.body, /Nytt intyg kommer/);
    // Mina utkast does not list it, and the application runner does not open it.
    const mine = await client.get('/demo/mina-sidor');
    assert.doesNotMatch(mine.body, new RegExp(draftIdIn(check.body) ?? 'x'));
    assert.equal((await client.get(`/demo/utkast/${draftIdIn(check.body)}/kontrollera`)).statusCode, 404);
  });

  it('cancelling leaves the case as it was', async () => {
    const client = await residentClient(TOLVAN);
    const caseId = await caseIn('supplement_requested');
    const { base } = await startSupplement(client, caseId);
    const cancelled = await client.post(`${base}/avbryt`, {});
    assert.equal(cancelled.statusCode, 303);
    assert.equal(cancelled.headers.location, `/demo/mina-sidor/arenden/${caseId}`);
    assert.equal((await client.get(`${base}/kontrollera`)).statusCode, 404);
    const c = await caseRow(caseId);
    assert.equal(c.status, 'supplement_requested');
    assert.equal(c.row_version, 1);
  });

  it('English pages', async () => {
    const client = await residentClient(TOLVAN);
    const caseId = await caseIn('supplement_requested');
    const { base } = await startSupplement(client, caseId);
    const sw = await client.get(`${base}/kontrollera?lang=en`);
    assert.equal(sw.statusCode, 303);
    const en = await client.get(`${base}/kontrollera`);
    assert.equal(h1(en.body), 'Supplement your application');
    assert.match(en.body, /Send in the supplement/);
  });
});

describe('who may supplement', () => {
  it('another resident, an anonymous browser and no session get 404 on every supplement page', async () => {
    const caseId = await caseIn('supplement_requested');
    const owner = await residentClient(TOLVAN);
    const { base, check } = await startSupplement(owner, caseId);
    const draftId = draftIdIn(check.body) ?? '';
    const other = await residentClient(OTHER);
    await other.get('/demo/mina-sidor');
    const anon = new TestClient(t.app);
    await anon.get('/demo/e-tjanster/tiny');
    await anon.post('/demo/e-tjanster/tiny/starta', {});
    for (const client of [other, anon]) {
      // A page with a form first, so each post carries a valid CSRF token and only ownership is tested.
      const post = async (url: string, form: Record<string, string>) => {
        await client.get('/demo/e-tjanster/tiny');
        return (await client.post(url, form)).statusCode;
      };
      assert.equal(await post(`/demo/mina-sidor/arenden/${caseId}/komplettera`, {}), 404);
      assert.equal((await client.get(`${base}/kontrollera`)).statusCode, 404);
      assert.equal((await client.get(`${base}/steg/om-dig`)).statusCode, 404);
      assert.equal(
        await post(`${base}/steg/om-dig`, { 'q.name': 'Inkräktare', 'q.hasPet': 'no', action: 'continue' }),
        404,
      );
      assert.equal(await post(`${base}/skicka`, { utkast: draftId }), 404);
      assert.equal(await post(`${base}/avbryt`, {}), 404);
    }
    const none = new TestClient(t.app);
    assert.equal((await none.get(`${base}/kontrollera`)).statusCode, 404);
    const c = await caseRow(caseId);
    assert.equal(c.status, 'supplement_requested');
    assert.deepEqual(c.answers, { name: 'Tolvan', hasPet: true, petName: 'Doris' });
    assert.equal((await supplementEvents(caseId)).length, 0);
  });

  it('an anonymous applicant supplements from the browser that submitted', async () => {
    const anon = new TestClient(t.app);
    await anon.get('/demo/e-tjanster/tiny');
    const start = await anon.post('/demo/e-tjanster/tiny/starta', {});
    const draftUrl = String(start.headers.location);
    await anon.get(`${draftUrl}/steg/om-dig`);
    await anon.post(`${draftUrl}/steg/om-dig`, {
      'q.name': 'Anna Anonym',
      'q.hasPet': 'no',
      action: 'continue',
    });
    await anon.get(`${draftUrl}/kontrollera`);
    const submitted = await anon.post(`${draftUrl}/skicka`, {});
    const caseId = /arenden\/([0-9a-f-]{36})\/kvitto/.exec(String(submitted.headers.location))?.[1];
    assert.ok(caseId);
    await t.services.db
      .updateTable('case')
      .set({ status: 'supplement_requested' })
      .where('id', '=', caseId)
      .execute();
    await anon.get('/demo/e-tjanster/tiny');
    const { base, check } = await startSupplement(anon, caseId);
    assert.match(check.body, /Anna Anonym/);
    assert.doesNotMatch(check.body, /Spara och fortsätt senare/);
    const sent = await anon.post(`${base}/skicka`, { utkast: draftIdIn(check.body) ?? '' });
    assert.equal(sent.statusCode, 303);
    const receipt = await anon.get(`${base}/skickad`);
    assert.match(receipt.body, new RegExp(`href="/demo/arenden/${caseId}/kvitto"`));
    assert.equal((await supplementEvents(caseId)).length, 1);
  });

  it('a tampered case or draft id is 404 and changes nothing', async () => {
    const client = await residentClient(TOLVAN);
    const caseId = await caseIn('supplement_requested');
    const { base } = await startSupplement(client, caseId);
    assert.equal((await client.post('/demo/mina-sidor/arenden/not-a-uuid/komplettera', {})).statusCode, 404);
    assert.equal(
      (await client.post(`${base}/skicka`, { utkast: '00000000-0000-4000-8000-000000000000' })).statusCode,
      404,
    );
    assert.equal((await client.post(`${base}/skicka`, { utkast: 'x' })).statusCode, 404);
    assert.equal((await client.get(`${base}/steg/finns-inte`)).statusCode, 404);
    assert.equal((await caseRow(caseId)).row_version, 1);
  });
});

describe('when the officer acted meanwhile', () => {
  it('a changed status: a clear message, nothing changes, and the check page says so too', async () => {
    const client = await residentClient(TOLVAN);
    const caseId = await caseIn('supplement_requested');
    const { base, check } = await startSupplement(client, caseId);
    await client.post(`${base}/steg/om-dig?fran=kontroll`, {
      'q.name': 'Tolvan',
      'q.hasPet': 'no',
      action: 'continue',
    });
    await t.services.db.updateTable('case').set({ status: 'in_progress' }).where('id', '=', caseId).execute();
    const before = await caseRow(caseId);
    const sent = await client.post(`${base}/skicka`, { utkast: draftIdIn(check.body) ?? '' });
    assert.equal(sent.statusCode, 409);
    assert.equal(h1(sent.body), 'Ärendet kan inte kompletteras nu');
    assert.match(sent.body, /Ingenting har ändrats i ärendet/);
    assert.match(sent.body, new RegExp(`href="/demo/mina-sidor/arenden/${caseId}"`));
    assert.deepEqual(await caseRow(caseId), before);
    assert.equal((await supplementEvents(caseId)).length, 0);
    const page = await client.get(`${base}/kontrollera`);
    assert.equal(page.statusCode, 409);
    assert.doesNotMatch(page.body, /Skicka in kompletteringen/);
  });

  it('changed answers: a clear message, nothing changes, and "Börja om" starts from the new answers', async () => {
    const client = await residentClient(TOLVAN);
    const caseId = await caseIn('supplement_requested');
    const { base, check } = await startSupplement(client, caseId);
    await t.services.db
      .updateTable('case')
      .set({ answers: JSON.stringify({ name: 'Tolvan', hasPet: true, petName: 'Doris av handläggaren' }) })
      .where('id', '=', caseId)
      .execute();
    const sent = await client.post(`${base}/skicka`, { utkast: draftIdIn(check.body) ?? '' });
    assert.equal(sent.statusCode, 409);
    assert.equal(h1(sent.body), 'Svaren i ärendet har ändrats');
    assert.match(sent.body, /name="omstart" value="1"/);
    const restart = await client.post(`/demo/mina-sidor/arenden/${caseId}/komplettera`, { omstart: '1' });
    assert.equal(restart.statusCode, 303);
    const fresh = await client.get(`${base}/kontrollera`);
    assert.match(fresh.body, /Doris av handläggaren/);
    assert.notEqual(draftIdIn(fresh.body), draftIdIn(check.body));
    assert.equal(
      (await client.post(`${base}/skicka`, { utkast: draftIdIn(fresh.body) ?? '' })).statusCode,
      303,
    );
    assert.equal((await caseRow(caseId)).status, 'submitted');
  });
});
