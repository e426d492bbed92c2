/** Copying an e-service, and the builder list's categories, over HTTP. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { h1 } from '../support/http.ts';
import { loginStaff } from '../support/staff-login.ts';

let t: TestApp;
let demoId: string;
let specialkostId: string;
const BASE = '/demo/handlaggare/bygg';

const developer = () => loginStaff(t.app, 'utvecklare', 'demo-utvecklare-2026');

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  demoId = demo.id;
  const sk = await t.services.eServices.bySlug(demo.id, 'ansokan-om-specialkost');
  assert.ok(sk);
  specialkostId = sk.id;
});
after(() => t.close());

describe('copy an e-service', () => {
  it('offers a new address and name, refuses bad ones keeping what was typed, then copies', async () => {
    const dev = await developer();
    const url = `${BASE}/${specialkostId}/kopiera`;
    const page = await dev.get(url);
    assert.equal(page.statusCode, 200);
    assert.equal(h1(page.body), 'Kopiera e-tjänsten');
    assert.match(page.body, /name="slug"[^>]*value="ansokan-om-specialkost-kopia"/);
    assert.match(page.body, /name="nameSv"[^>]*value="Kopia av Ansökan om specialkost"/);

    const before = (await t.services.db.selectFrom('e_service').select('id').execute()).length;
    const taken = await dev.post(url, { slug: 'ansokan-om-specialkost', nameSv: 'Min kopia', nameEn: '' });
    assert.equal(taken.statusCode, 409);
    assert.match(taken.body, /govuk-error-summary/);
    assert.match(taken.body, /Adressen används redan/);
    assert.match(taken.body, /name="nameSv"[^>]*value="Min kopia"/);
    const bad = await dev.post(url, { slug: 'Fel Adress!', nameSv: '', nameEn: 'x'.repeat(201) });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /href="#slug"/);
    assert.match(bad.body, /href="#nameSv"/);
    assert.match(bad.body, /href="#nameEn"/);
    assert.match(bad.body, /name="slug"[^>]*value="Fel Adress!"/);
    assert.equal((await t.services.db.selectFrom('e_service').select('id').execute()).length, before);

    const ok = await dev.post(url, { slug: 'specialkost-kopia', nameSv: 'Specialkost, kopia', nameEn: '' });
    assert.equal(ok.statusCode, 303);
    const copy = await t.services.eServices.bySlug(demoId, 'specialkost-kopia');
    assert.ok(copy);
    assert.equal(copy.name.sv, 'Specialkost, kopia');
    assert.equal(ok.headers.location, `${BASE}/${copy.id}?klart=created`);
    const versions = await t.services.builderVersions.versionsWithCaseCounts(demoId, copy.id);
    assert.deepEqual(
      versions.map((v) => [v.number, v.status, v.caseCount]),
      [[1, 'draft', 0]],
    );
    const shown = await dev.get(String(ok.headers.location));
    assert.equal(shown.statusCode, 200);
    assert.match(shown.body, /Kopierad från Ansökan om specialkost \(ansokan-om-specialkost\)/);
  });

  it('officers get 403; a tampered id is not found', async () => {
    const officer = await loginStaff(t.app, 'anna', 'demo-handlaggare-2026');
    assert.equal((await officer.get(`${BASE}/${specialkostId}/kopiera`)).statusCode, 403);
    const dev = await developer();
    assert.equal((await dev.get(`${BASE}/nope/kopiera`)).statusCode, 404);
  });
});

describe('the builder list by category', () => {
  it('groups e-services by category, filters by one, and tags published and drafts', async () => {
    const dev = await developer();
    const all = await dev.get(BASE);
    assert.equal(all.statusCode, 200);
    const entries = await t.services.builderEServices.listForBuilder(demoId);
    const categories = [...new Set(entries.map((e) => e.eService.category.sv))];
    assert.ok(categories.length >= 2, 'the demo has several categories');
    for (const c of categories) assert.match(all.body, new RegExp(`<caption[^>]*>${c}</caption>`));
    assert.match(all.body, /<form method="get" action="\/demo\/handlaggare\/bygg"/);
    assert.match(all.body, /Publicerad<\/strong>/);
    const sk = entries.find((e) => e.eService.id === specialkostId);
    assert.ok(sk);
    const category = sk.eService.category.sv;
    const filtered = await dev.get(`${BASE}?kategori=${encodeURIComponent(category)}`);
    assert.equal(filtered.statusCode, 200);
    assert.match(filtered.body, /Ansökan om specialkost/);
    const others = entries.filter((e) => e.eService.category.sv !== category);
    assert.ok(others.length > 0);
    for (const o of others) assert.doesNotMatch(filtered.body, new RegExp(`>${o.eService.name.sv}</a>`));
    assert.match(filtered.body, new RegExp(`<option value="${category}" selected`));
    // An unknown category shows everything.
    const unknown = await dev.get(`${BASE}?kategori=finns-inte`);
    for (const c of categories) assert.match(unknown.body, new RegExp(`<caption[^>]*>${c}</caption>`));
  });
});
