/** "Prova e-tjänsten" over HTTP: a whole try of a draft version, who may try, and what is left afterwards. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { publishTiny } from '../support/eservice-fixture.ts';
import { h1, TestClient } from '../support/http.ts';
import { loginStaff } from '../support/staff-login.ts';

let t: TestApp;
let eServiceId: string;
let draftVersionId: string;
let publishedVersionId: string;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const BASE = '/demo/handlaggare/bygg';

const developer = () => loginStaff(t.app, 'utvecklare', 'demo-utvecklare-2026');
const startUrl = (versionId = draftVersionId) => `${BASE}/${eServiceId}/versioner/${versionId}/prova`;

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  const tiny = await publishTiny(t.services, demo.id);
  eServiceId = tiny.eService.id;
  publishedVersionId = tiny.versionId;
  const d = await t.services.builderVersions.newDraftFromCurrent(demo.id, eServiceId, {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Ebba Utvecklare',
  });
  assert.ok(d.ok);
  draftVersionId = d.id;
});
after(() => t.close());

const caseCount = async () =>
  (await t.services.db.selectFrom('case').select('id').where('e_service_id', '=', eServiceId).execute())
    .length;

/** Starts a try as `client`; the try's address (/demo/handlaggare/bygg/prova/<id>). */
async function startTry(client: TestClient, form: Record<string, string> = {}): Promise<string> {
  const page = await client.get(startUrl());
  assert.equal(page.statusCode, 200);
  const res = await client.post(startUrl(), form);
  assert.equal(res.statusCode, 303);
  const location = String(res.headers.location);
  assert.match(location, /^\/demo\/handlaggare\/bygg\/prova\/[0-9a-f-]{36}(\?lang=\w+)?$/);
  return location.split('?')[0] as string;
}

describe('try the e-service', () => {
  it('the start page explains test mode; officers get 403, visitors the login page', async () => {
    const dev = await developer();
    const res = await dev.get(startUrl());
    assert.equal(res.statusCode, 200);
    assert.equal(h1(res.body), 'Prova e-tjänsten');
    assert.match(res.body, /inget ärende skapas/);
    assert.match(res.body, /Starta provet/);
    assert.match(res.body, /<select[^>]*name="lang"/);
    const officer = await loginStaff(t.app, 'anna', 'demo-handlaggare-2026');
    assert.equal((await officer.get(startUrl())).statusCode, 403);
    assert.equal((await officer.post(startUrl(), {})).statusCode, 403);
    const anon = await new TestClient(t.app).get(startUrl());
    assert.equal(anon.statusCode, 303);
    assert.match(String(anon.headers.location), /logga-in/);
    // A tampered version id, or a version of another e-service, is not found.
    assert.equal((await dev.get(`${BASE}/${eServiceId}/versioner/nope/prova`)).statusCode, 404);
    assert.equal(
      (await dev.get(`${BASE}/${draftVersionId}/versioner/${draftVersionId}/prova`)).statusCode,
      404,
    );
  });

  it('a whole try of the draft: steps, a validation error, a file, check page, test receipt; nothing left', async () => {
    const dev = await developer();
    const cases = await caseCount();
    const path = await startTry(dev, { lang: 'sv' });
    const draftId = path.split('/').pop() as string;
    const row = await t.services.db
      .selectFrom('draft')
      .select(['test_mode', 'version_id', 'owner_personal_number'])
      .where('id', '=', draftId)
      .executeTakeFirst();
    assert.deepEqual(row, { test_mode: true, version_id: draftVersionId, owner_personal_number: null });

    const first = await dev.get(path);
    assert.equal(first.headers.location, `${path}/steg/om-dig`);
    const step = await dev.get(`${path}/steg/om-dig`);
    assert.equal(step.statusCode, 200);
    assert.match(step.body, /Testläge — inget ärende skapas/);
    assert.doesNotMatch(step.body, /Spara och fortsätt senare/);
    assert.match(step.body, new RegExp(`action="${path}/steg/om-dig"`));

    const bad = await dev.post(`${path}/steg/om-dig`, { 'q.name': '', 'q.hasPet': 'no', action: 'continue' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /govuk-error-summary/);
    assert.match(bad.body, /Testläge — inget ärende skapas/);
    const ok = await dev.post(`${path}/steg/om-dig`, {
      'q.name': 'Åsa',
      'q.hasPet': 'yes',
      'q.petName': 'Doris',
      action: 'continue',
    });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, `${path}/steg/ovrigt`);
    await dev.get(`${path}/steg/ovrigt`);
    const other = await dev.post(`${path}/steg/ovrigt`, {
      'q.note': 'Hej',
      'q.otherPnr': '',
      action: 'continue',
    });
    assert.equal(other.headers.location, `${path}/steg/bilagor`);
    await dev.get(`${path}/steg/bilagor`);
    const upload = await dev.postMultipart(`${path}/steg/bilagor`, { action: 'continue' }, [
      { field: 'q.attachment', name: 'provintyg.pdf', type: 'application/pdf', data: PDF },
    ]);
    assert.equal(upload.statusCode, 303);
    assert.equal(upload.headers.location, `${path}/kontrollera`);
    const files = await t.services.db
      .selectFrom('stored_file')
      .select('id')
      .where('draft_id', '=', draftId)
      .execute();
    assert.equal(files.length, 1);

    const check = await dev.get(`${path}/kontrollera`);
    assert.equal(check.statusCode, 200);
    assert.match(check.body, /Testläge — inget ärende skapas/);
    assert.match(check.body, /Doris/);
    assert.match(check.body, new RegExp(`action="${path}/skicka"`));
    assert.match(check.body, /Avsluta provet/);

    // Another developer's session (the admin) cannot open or send this try.
    const admin = await loginStaff(t.app, 'admin', 'demo-admin-2026');
    assert.equal((await admin.get(`${path}/steg/om-dig`)).statusCode, 404);
    assert.equal((await admin.get(`${path}/kontrollera`)).statusCode, 404);
    await admin.get(startUrl());
    assert.equal((await admin.post(`${path}/skicka`, {})).statusCode, 404);
    // Nor can the resident pages, nor a resident's submit.
    const resident = await dev.get(`/demo/utkast/${draftId}/steg/om-dig`);
    assert.ok([403, 404].includes(resident.statusCode), `resident page: ${resident.statusCode}`);

    await dev.get(`${path}/kontrollera`);
    const sent = await dev.post(`${path}/skicka`, {});
    assert.equal(sent.statusCode, 200);
    assert.equal(h1(sent.body), 'Provet är klart');
    assert.match(sent.body, /Inget ärende skapades och inget meddelande skickades/);
    assert.match(sent.body, /Åsa/);
    assert.match(sent.body, /provintyg\.pdf/);
    assert.match(sent.body, /Testläge — inget ärende skapas/);
    assert.match(sent.body, new RegExp(`href="${startUrl()}"`));
    assert.equal(await caseCount(), cases);
    assert.equal(
      (await t.services.db.selectFrom('draft').select('id').where('id', '=', draftId).execute()).length,
      0,
    );
    assert.equal(
      (await t.services.db.selectFrom('stored_file').select('id').where('draft_id', '=', draftId).execute())
        .length,
      0,
    );
    assert.equal((await dev.get(`${path}/kontrollera`)).statusCode, 404);
  });

  it('Skicka with unanswered questions shows the errors as a real submit does', async () => {
    const dev = await developer();
    const path = await startTry(dev);
    await dev.get(`${path}/kontrollera`);
    const res = await dev.post(`${path}/skicka`, {});
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /govuk-error-summary/);
    assert.match(res.body, /Ansökan är inte klar|inte klar/);
    assert.match(res.body, new RegExp(`href="${path}/steg/om-dig\\?fran=kontroll#`));
    assert.equal((await dev.get(`${path}/kontrollera`)).statusCode, 200, 'the try goes on');
  });

  it('ending the try deletes it and goes back to the e-service', async () => {
    const dev = await developer();
    const path = await startTry(dev);
    await dev.get(`${path}/kontrollera`);
    const res = await dev.post(`${path}/avsluta`, {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${BASE}/${eServiceId}`);
    assert.equal((await dev.get(`${path}/steg/om-dig`)).statusCode, 404);
  });

  it('tries the published version too, and in Arabic from right to left', async () => {
    const dev = await developer();
    await dev.get(startUrl(publishedVersionId));
    const res = await dev.post(startUrl(publishedVersionId), { lang: 'ar' });
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /\?lang=ar$/);
    const remember = await dev.get(String(res.headers.location));
    assert.equal(remember.statusCode, 303, 'the language is remembered and the query dropped');
    const path = String(res.headers.location).split('?')[0] as string;
    await dev.get(path);
    const step = await dev.get(`${path}/steg/om-dig`);
    assert.equal(step.statusCode, 200);
    assert.match(step.body, /<html lang="ar" dir="rtl"/);
    assert.match(step.body, /وضع الاختبار/);
  });
});
