/**
 * The e-service's own texts (name, description, personal-data information …)
 * in every offered language: the metadata form's fields per language, refused
 * tampered languages, the publish check, and what a resident reads in Arabic.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setEServiceOfficers } from '../../src/services/officer/handlers.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { TINY_DEFINITION, TINY_ESERVICE } from '../support/eservice-fixture.ts';
import { TestClient } from '../support/http.ts';

let t: TestApp;
let demoId: string;
let eServiceId: string;
let draftId: string;
const BASE = '/demo/handlaggare/bygg';
const SLUG = 'sprak-prov';

async function developer(): Promise<TestClient> {
  const c = new TestClient(t.app);
  await c.get('/demo/handlaggare/logga-in');
  const res = await c.post('/demo/handlaggare/logga-in', {
    username: 'utvecklare',
    password: 'demo-utvecklare-2026',
  });
  assert.equal(res.statusCode, 303);
  return c;
}

/** Every text of a value with an Arabic translation added. */
function withArabic(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withArabic);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.sv === 'string') return { ...o, ar: `عربي ${o.sv}` };
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, withArabic(v)]));
  }
  return value;
}

/** The whole form in Swedish, English and Arabic. */
const FORM: Record<string, string> = {
  nameSv: 'Språkprov',
  nameEn: 'Language test',
  nameAr: 'اختبار اللغة',
  categorySv: 'Skola',
  categoryAr: 'المدرسة',
  descriptionSv: 'Här ansöker du om språkprov.',
  descriptionAr: 'هنا تتقدم بطلب لاختبار اللغة.',
  loginRequirement: 'optional',
  dataProcessedSv: 'Namn',
  dataProcessedAr: 'الاسم',
  purposeSv: 'Handläggning',
  purposeAr: 'معالجة الطلب',
  legalBasisSv: 'Myndighetsutövning',
  legalBasisAr: 'ممارسة السلطة العامة',
  retentionSv: 'Två år',
  retentionAr: 'سنتان',
  controllerSv: 'Nämnden',
  controllerAr: 'اللجنة',
  complaintSv: 'IMY',
  complaintAr: 'هيئة حماية الخصوصية',
};

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  demoId = demo.id;
  // Somali was written once and is no longer offered: kept, not shown.
  const e = await t.services.eServices.create(demoId, {
    ...TINY_ESERVICE,
    slug: SLUG,
    name: { sv: 'Språkprov', so: 'Imtixaanka luqadda' },
    offeredLanguages: ['sv', 'ar'],
  });
  eServiceId = e.id;
  const actor = { id: 'test', name: 'Test' };
  const d = await t.services.builderVersions.newDraftFromCurrent(demoId, e.id, actor);
  assert.ok(d.ok);
  draftId = d.id;
  const saved = await t.services.builderVersions.saveDraft(demoId, d.id, withArabic(TINY_DEFINITION), actor);
  assert.ok(saved.ok);
  const anna = await t.services.db
    .selectFrom('staff_user')
    .select('id')
    .where('municipality_id', '=', demoId)
    .where('username', '=', 'anna')
    .executeTakeFirstOrThrow();
  await setEServiceOfficers(t.services.db, demoId, e.id, [{ userId: anna.id }]);
});
after(() => t.close());

/** The e-service page in a language (?lang= sets it and redirects). */
async function show(c: TestClient, lang: 'sv' | 'en') {
  await c.get(`${BASE}/${eServiceId}?lang=${lang}`);
  return c.get(`${BASE}/${eServiceId}`);
}

const stored = () => t.services.eServices.byId(demoId, eServiceId);

describe("an e-service's own texts in its offered languages", () => {
  it('shows a field per offered language with its lang and direction, named in the page language', async () => {
    const dev = await developer();
    const page = await show(dev, 'sv');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<input[^>]*name="nameAr"[^>]*>/);
    const nameAr = /<input[^>]*name="nameAr"[^>]*>/.exec(page.body)?.[0] ?? '';
    assert.match(nameAr, /lang="ar"/);
    assert.match(nameAr, /dir="rtl"/);
    assert.match(page.body, /<label[^>]*for="nameAr"[^>]*>\s*Namn på arabiska/);
    const descriptionAr = /<textarea[^>]*name="descriptionAr"[^>]*>/.exec(page.body)?.[0] ?? '';
    assert.match(descriptionAr, /lang="ar"/);
    assert.match(descriptionAr, /dir="rtl"/);
    for (const f of ['categoryAr', 'whatYouNeedAr', 'contactUnitAr', 'purposeAr', 'complaintAr']) {
      assert.match(page.body, new RegExp(`name="${f}"`), f);
    }
    // English is always there; a language no longer offered is not.
    assert.match(page.body, /name="nameEn"[^>]*lang="en"|lang="en"[^>]*name="nameEn"/);
    assert.doesNotMatch(page.body, /name="nameSo"/);
    // Where the texts are translated, and where the languages are chosen.
    assert.match(page.body, /varje språk e-tjänsten erbjuds på/);
    assert.match(page.body, new RegExp(`href="${BASE}/${eServiceId}/sprak"`));
    const en = await show(dev, 'en');
    assert.match(en.body, /<label[^>]*for="nameAr"[^>]*>\s*Name in Arabic/);
    assert.match(en.body, /Purpose \(Arabic\)/);
  });

  it('refuses to publish while the Arabic name and personal-data information are missing', async () => {
    const dev = await developer();
    await dev.get(`${BASE}/${eServiceId}?lang=sv`);
    const res = await dev.post(`${BASE}/${eServiceId}/publicera`, { versionId: draftId });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /E-tjänstens namn saknas på arabiska/);
    assert.match(res.body, /E-tjänstens beskrivning saknas på arabiska/);
    assert.match(res.body, /om ändamålet saknas på arabiska/);
    // The definition itself is translated: only the e-service's texts are in the way.
    assert.doesNotMatch(res.body, /En text på/);
    assert.equal(
      (await t.services.builderVersions.versionsWithCaseCounts(demoId, eServiceId))[0]?.status,
      'draft',
    );
  });

  it('refuses a tampered or not offered language, saving nothing and keeping what was typed', async () => {
    const dev = await developer();
    await dev.get(`${BASE}/${eServiceId}?lang=sv`);
    for (const tampered of ['nameXx', 'nameSo', 'purposeFi']) {
      const res = await dev.post(`${BASE}/${eServiceId}`, { ...FORM, [tampered]: 'Något' });
      assert.equal(res.statusCode, 422, tampered);
      assert.match(res.body, /govuk-error-summary/);
      assert.match(res.body, /ett språk som e-tjänsten inte erbjuds på/);
      assert.match(res.body, /اختبار اللغة/, 'the Arabic typed is kept');
    }
    const e = await stored();
    assert.equal(e?.name.ar, undefined);
    assert.equal(e?.name.so, 'Imtixaanka luqadda');
    // A translation with no Swedish text to translate, and an over-long Arabic text.
    const noSv = await dev.post(`${BASE}/${eServiceId}`, { ...FORM, whatYouNeedAr: 'شهادة' });
    assert.equal(noSv.statusCode, 422);
    assert.match(noSv.body, /href="#whatYouNeedSv"/);
    assert.match(noSv.body, /شهادة/);
    const long = await dev.post(`${BASE}/${eServiceId}`, { ...FORM, nameAr: 'ع'.repeat(4001) });
    assert.equal(long.statusCode, 422);
    assert.match(long.body, /Namn på arabiska är för lång/);
    assert.equal((await stored())?.name.ar, undefined);
  });

  it('saves the Arabic texts, keeps the hidden Somali name, then publishes; a resident reads Arabic', async () => {
    const dev = await developer();
    await dev.get(`${BASE}/${eServiceId}?lang=sv`);
    const saved = await dev.post(`${BASE}/${eServiceId}`, {
      ...FORM,
      whatYouNeedSv: 'Ett intyg',
      whatYouNeedAr: 'شهادة',
    });
    assert.equal(saved.statusCode, 303, saved.body);
    const e = await stored();
    assert.deepEqual(e?.name, {
      sv: 'Språkprov',
      en: 'Language test',
      ar: 'اختبار اللغة',
      so: 'Imtixaanka luqadda',
    });
    assert.deepEqual(e?.whatYouNeed, { sv: 'Ett intyg', ar: 'شهادة' });
    assert.equal(e?.personalData.complaint.ar, 'هيئة حماية الخصوصية');
    const page = await show(dev, 'sv');
    assert.match(page.body, /value="اختبار اللغة"/);

    const published = await dev.post(`${BASE}/${eServiceId}/publicera`, { versionId: draftId });
    assert.equal(published.statusCode, 303, published.body);

    const resident = new TestClient(t.app);
    const asked = await resident.get(`/demo/e-tjanster/${SLUG}?lang=ar`);
    const start = asked.statusCode === 303 ? await resident.get(String(asked.headers.location)) : asked;
    assert.equal(start.statusCode, 200);
    for (const text of [
      'اختبار اللغة',
      'هنا تتقدم بطلب لاختبار اللغة.',
      'شهادة',
      'معالجة الطلب',
      'هيئة حماية الخصوصية',
    ]) {
      assert.ok(start.body.includes(text), text);
    }
    assert.doesNotMatch(start.body, /Här ansöker du om språkprov/);
  });
});
