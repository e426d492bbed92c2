/** The e-service builder's pages over HTTP: list, create, edit, versions, export and import. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { h1, TestClient } from '../support/http.ts';
import { loginStaff } from '../support/staff-login.ts';

let t: TestApp;
let demoId: string;
let specialkostId: string;
const BASE = '/demo/handlaggare/bygg';

const developer = () => loginStaff(t.app, 'utvecklare', 'demo-utvecklare-2026');

const VALID: Record<string, string> = {
  slug: 'ansokan-om-test',
  nameSv: 'Ansökan om test',
  nameEn: 'Application for a test',
  categorySv: 'Skola',
  descriptionSv: 'Här ansöker du om ett test.',
  loginRequirement: 'optional',
  contactEmail: 'test@demo.se',
  dataProcessedSv: 'Namn och personnummer',
  purposeSv: 'Att handlägga ansökan',
  legalBasisSv: 'Myndighetsutövning',
  retentionSv: 'Två år',
  controllerSv: 'Barn- och utbildningsnämnden',
  complaintSv: 'Integritetsskyddsmyndigheten',
};

async function versionsOf(eServiceId: string) {
  return t.services.builderVersions.versionsWithCaseCounts(demoId, eServiceId);
}

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  demoId = demo.id;
  const sk = await t.services.eServices.bySlug(demo.id, 'ansokan-om-specialkost');
  assert.ok(sk);
  specialkostId = sk.id;
  const other = await t.services.municipalities.create({ slug: 'grannby', name: 'Grannby kommun' });
  await t.services.staffUsers.create({
    municipalityId: other.id,
    username: 'admin',
    name: 'Grannbys admin',
    password: 'grannby-admin-1',
    roles: ['admin'],
  });
});
after(() => t.close());

describe('builder pages', () => {
  it('lists the e-services with published version, drafts and cases, for developers only', async () => {
    const dev = await developer();
    const res = await dev.get(BASE);
    assert.equal(res.statusCode, 200);
    assert.equal(h1(res.body), 'E-tjänster');
    assert.match(res.body, /Ansökan om specialkost/);
    assert.match(res.body, /Version 1/);
    assert.match(res.body, /href="\/demo\/handlaggare\/bygg"[^>]*><strong[^>]*>E-tjänstebyggaren/);
    assert.match(res.body, /href="\/demo\/handlaggare\/bygg\/ny">Skapa e-tjänst/);
    assert.match(res.body, /action="\/demo\/handlaggare\/bygg\/importera"/);

    const officer = await loginStaff(t.app, 'anna', 'demo-handlaggare-2026');
    assert.equal((await officer.get(BASE)).statusCode, 403);
    assert.doesNotMatch((await officer.get('/demo/handlaggare')).body, /E-tjänstebyggaren/);
    const anon = await new TestClient(t.app).get(BASE);
    assert.equal(anon.statusCode, 303);
    assert.match(String(anon.headers.location), /logga-in/);
  });

  it('refuses a bad e-service with an error summary and keeps what was typed', async () => {
    const dev = await developer();
    await dev.get(`${BASE}/ny`);
    const res = await dev.post(`${BASE}/ny`, {
      ...VALID,
      slug: 'Fel Adress',
      purposeSv: '',
      contactEmail: 'nej',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /govuk-error-summary/);
    assert.match(res.body, /href="#slug"/);
    assert.match(res.body, /Fyll i ändamål \(svenska\)/);
    assert.match(res.body, /namn@exempel\.se/);
    assert.match(res.body, /value="Ansökan om test"/);
    assert.match(res.body, /Barn- och utbildningsnämnden/);
    assert.equal(await t.services.eServices.bySlug(demoId, 'fel-adress'), undefined);
  });

  it('creates in Swedish and English only: no other language yet, nothing offered', async () => {
    const dev = await developer();
    const form = await dev.get(`${BASE}/ny`);
    assert.match(form.body, /name="nameSv"[^>]*lang="sv"|lang="sv"[^>]*name="nameSv"/);
    assert.match(form.body, /name="nameEn"/);
    assert.doesNotMatch(form.body, /name="nameAr"|name="whatYouNeedSv"/);
    const res = await dev.post(`${BASE}/ny`, { ...VALID, slug: 'med-arabiska', nameAr: 'اختبار' });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /govuk-error-summary/);
    assert.match(res.body, /ett språk som e-tjänsten inte erbjuds på/);
    assert.match(res.body, /value="med-arabiska"/);
    assert.equal(await t.services.eServices.bySlug(demoId, 'med-arabiska'), undefined);
  });

  it('creates an e-service with a first draft; the slug must be free', async () => {
    const dev = await developer();
    await dev.get(`${BASE}/ny`);
    const res = await dev.post(`${BASE}/ny`, VALID);
    assert.equal(res.statusCode, 303);
    const e = await t.services.eServices.bySlug(demoId, 'ansokan-om-test');
    assert.ok(e);
    assert.equal(e.personalData.complaint.sv, 'Integritetsskyddsmyndigheten');
    assert.equal(e.loginRequirement, 'optional');
    assert.equal(String(res.headers.location), `${BASE}/${e.id}?klart=created`);
    const page = await dev.get(String(res.headers.location));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /E-tjänsten är skapad/);
    assert.match(page.body, /Utkast/);
    assert.match(page.body, /Ny version skapades/);
    assert.match(page.body, new RegExp(`href="${BASE}/${e.id}/forhandsgranska"`));
    assert.deepEqual(
      (await versionsOf(e.id)).map((v) => [v.number, v.status]),
      [[1, 'draft']],
    );
    // Not published: residents get 404, the developer previews the start page as they will see it.
    assert.equal((await new TestClient(t.app).get('/demo/e-tjanster/ansokan-om-test')).statusCode, 404);
    const preview = await dev.get(`${BASE}/${e.id}/forhandsgranska`);
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /Förhandsgranskning/);
    assert.match(preview.body, /Integritetsskyddsmyndigheten/);
    assert.doesNotMatch(preview.body, /\/starta"/, 'nothing on the preview starts an application');
    const [draft] = await versionsOf(e.id);
    assert.match(preview.body, new RegExp(`href="${BASE}/${e.id}/versioner/${draft?.id}/prova"`));
    const anna = await loginStaff(t.app, 'anna', 'demo-handlaggare-2026');
    assert.equal((await anna.get(`${BASE}/${e.id}/forhandsgranska`)).statusCode, 403);

    await dev.get(`${BASE}/ny`);
    const again = await dev.post(`${BASE}/ny`, VALID);
    assert.equal(again.statusCode, 422);
    assert.match(again.body, /Det finns redan en e-tjänst med den adressen/);
  });

  it('checks a draft and refuses to publish it with the problems in plain words', async () => {
    const dev = await developer();
    const e = await t.services.eServices.bySlug(demoId, 'ansokan-om-test');
    assert.ok(e);
    const [draft] = await versionsOf(e.id);
    assert.ok(draft);
    await dev.get(`${BASE}/${e.id}`);
    const checked = await dev.post(`${BASE}/${e.id}/kontrollera`, { versionId: draft.id });
    assert.equal(checked.statusCode, 200);
    assert.match(checked.body, /har problem som måste rättas/);
    assert.match(checked.body, /Ingen handläggare eller handläggargrupp/);
    const published = await dev.post(`${BASE}/${e.id}/publicera`, { versionId: draft.id });
    assert.equal(published.statusCode, 409);
    assert.match(published.body, /Versionen publicerades inte/);
    assert.match(published.body, /Ingen handläggare eller handläggargrupp/);
    assert.equal((await versionsOf(e.id))[0]?.status, 'draft');
    // In English too, each problem translated.
    await dev.get(`${BASE}/${e.id}?lang=en`);
    const en = await dev.post(`${BASE}/${e.id}/kontrollera`, { versionId: draft.id });
    assert.equal(en.statusCode, 200);
    assert.match(en.body, /has problems that must be fixed/);
    assert.match(en.body, /No officer or officer group handles/);
    await dev.get(`${BASE}/${e.id}?lang=sv`);
    // No version named, and a version of another e-service.
    assert.equal((await dev.post(`${BASE}/${e.id}/publicera`, {})).statusCode, 422);
    const [skVersion] = await versionsOf(specialkostId);
    assert.ok(skVersion);
    assert.equal((await dev.post(`${BASE}/${e.id}/publicera`, { versionId: skVersion.id })).statusCode, 404);
  });

  it('edits the details, with errors shown and nothing lost', async () => {
    const dev = await developer();
    const e = await t.services.eServices.bySlug(demoId, 'ansokan-om-test');
    assert.ok(e);
    await dev.get(`${BASE}/${e.id}`);
    const bad = await dev.post(`${BASE}/${e.id}`, { ...VALID, nameSv: '', descriptionSv: 'Ny beskrivning' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /href="#name-sv"|href="#nameSv"/);
    assert.match(bad.body, /Ny beskrivning/);
    const ok = await dev.post(`${BASE}/${e.id}`, {
      ...VALID,
      nameSv: 'Ansökan om prov',
      loginRequirement: 'required',
    });
    assert.equal(ok.statusCode, 303);
    const after = await t.services.eServices.byId(demoId, e.id);
    assert.equal(after?.name.sv, 'Ansökan om prov');
    assert.equal(after?.slug, 'ansokan-om-test');
    assert.equal(after?.loginRequirement, 'required');
    assert.match((await dev.get(`${BASE}/${e.id}`)).body, /Uppgifterna om e-tjänsten ändrades/);
  });

  it('makes a new version from the current one, publishes it and retires it', async () => {
    const dev = await developer();
    await dev.get(`${BASE}/${specialkostId}`);
    const made = await dev.post(`${BASE}/${specialkostId}/ny-version`, {});
    assert.equal(made.statusCode, 303);
    assert.match(String(made.headers.location), /klart=draftCreated&nummer=2/);
    const again = await dev.post(`${BASE}/${specialkostId}/ny-version`, {});
    assert.match(String(again.headers.location), /klart=draftExists&nummer=2/);
    const [v2, v1] = await versionsOf(specialkostId);
    assert.ok(v2 && v1);
    const published = await dev.post(`${BASE}/${specialkostId}/publicera`, { versionId: v2.id });
    assert.equal(published.statusCode, 303, published.body);
    assert.deepEqual(
      (await versionsOf(specialkostId)).map((v) => v.status),
      ['published', 'retired'],
    );
    await dev.get(`${BASE}/${specialkostId}`);
    assert.equal(
      (await dev.post(`${BASE}/${specialkostId}/avpublicera`, { versionId: v1.id })).statusCode,
      409,
    );
    assert.equal(
      (await dev.post(`${BASE}/${specialkostId}/publicera`, { versionId: v1.id })).statusCode,
      409,
    );
    const retired = await dev.post(`${BASE}/${specialkostId}/avpublicera`, { versionId: v2.id });
    assert.equal(retired.statusCode, 303);
    assert.equal((await versionsOf(specialkostId))[0]?.status, 'retired');
    const page = await dev.get(String(retired.headers.location));
    assert.match(page.body, /Versionen är avpublicerad/);
    assert.match(page.body, /Versionen avpublicerades/);
  });

  it('exports as a JSON download and imports it into another municipality', async () => {
    const dev = await developer();
    const exported = await dev.get(`${BASE}/${specialkostId}/export`);
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-type']), /application\/json/);
    assert.match(
      String(exported.headers['content-disposition']),
      /attachment; filename="ansokan-om-specialkost\.json"/,
    );
    const doc = JSON.parse(exported.body);

    const admin = await loginStaff(t.app, 'admin', 'grannby-admin-1', 'grannby');
    await admin.get('/grannby/handlaggare/bygg');
    const noFile = await admin.postMultipart('/grannby/handlaggare/bygg/importera', {}, []);
    assert.equal(noFile.statusCode, 422);
    assert.match(noFile.body, /Välj en JSON-fil/);
    const notJson = await admin.postMultipart('/grannby/handlaggare/bygg/importera', {}, [
      { field: 'file', name: 'x.json', type: 'application/json', data: Buffer.from('{nej') },
    ]);
    assert.equal(notJson.statusCode, 422);
    assert.match(notJson.body, /Filen är inte JSON/);
    const broken = { ...doc, eService: { ...doc.eService, slug: 'FEL' } };
    const bad = await admin.postMultipart('/grannby/handlaggare/bygg/importera', {}, [
      { field: 'file', name: 'x.json', type: 'application/json', data: Buffer.from(JSON.stringify(broken)) },
    ]);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /\/eService\/slug/);

    const ok = await admin.postMultipart('/grannby/handlaggare/bygg/importera', {}, [
      { field: 'file', name: 'x.json', type: 'application/json', data: exported.rawPayload },
    ]);
    assert.equal(ok.statusCode, 303, ok.body);
    const grannby = await t.services.municipalities.bySlug('grannby');
    assert.ok(grannby);
    const imported = await t.services.eServices.bySlug(grannby.id, 'ansokan-om-specialkost');
    assert.ok(imported);
    assert.equal(String(ok.headers.location), `/grannby/handlaggare/bygg/${imported.id}?klart=imported`);
  });

  it("answers 404 for another municipality's e-service, and 403 to officers posting", async () => {
    const admin = await loginStaff(t.app, 'admin', 'grannby-admin-1', 'grannby');
    await admin.get('/grannby/handlaggare/bygg');
    assert.equal((await admin.get(`/grannby/handlaggare/bygg/${specialkostId}`)).statusCode, 404);
    assert.equal(
      (await admin.post(`/grannby/handlaggare/bygg/${specialkostId}/ny-version`, {})).statusCode,
      404,
    );
    assert.equal((await admin.post(`/grannby/handlaggare/bygg/${specialkostId}`, VALID)).statusCode, 404);
    assert.equal((await admin.get('/grannby/handlaggare/bygg/inte-ett-id')).statusCode, 404);

    const officer = await loginStaff(t.app, 'anna', 'demo-handlaggare-2026');
    await officer.get('/demo/handlaggare');
    const before = (await versionsOf(specialkostId)).length;
    assert.equal((await officer.post(`${BASE}/${specialkostId}/ny-version`, {})).statusCode, 403);
    assert.equal((await officer.post(`${BASE}/ny`, VALID)).statusCode, 403);
    assert.equal((await versionsOf(specialkostId)).length, before);
  });
});
