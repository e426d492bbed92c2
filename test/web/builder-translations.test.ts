import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { TestClient } from '../support/http.ts';
import { loginStaff } from '../support/staff-login.ts';

let t: TestApp;
let demoId: string;
let eServiceId: string;
let publishedId: string;
let draftId: string;
let otherBase: string;

const base = (versionId: string) =>
  `/demo/handlaggare/bygg/${eServiceId}/versioner/${versionId}/oversattning`;

async function developer(): Promise<TestClient> {
  const c = await loginStaff(t.app, 'utvecklare', 'demo-utvecklare-2026');
  return c;
}

/** The posted form of the page: every row's path and text, as the page shows them. */
function formOf(html: string): Record<string, string> {
  const form: Record<string, string> = {};
  for (const m of html.matchAll(/name="(p\.\d+)" value="([^"]*)"/g)) form[m[1] ?? ''] = decode(m[2] ?? '');
  for (const m of html.matchAll(/name="(t\.\d+)"[^>]*>\n([^<]*)<\/textarea>/g))
    form[m[1] ?? ''] = decode(m[2] ?? '');
  return form;
}
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

before(async () => {
  t = await startTestApp();
  const db = t.services.db;
  demoId = (
    await db.selectFrom('municipality').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow()
  ).id;
  const es = await db
    .selectFrom('e_service')
    .select('id')
    .where('municipality_id', '=', demoId)
    .where('slug', '=', 'ansokan-om-specialkost')
    .executeTakeFirstOrThrow();
  eServiceId = es.id;
  publishedId = (
    await db
      .selectFrom('e_service_version')
      .select('id')
      .where('e_service_id', '=', eServiceId)
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow()
  ).id;
  const draft = await t.services.builderVersions.newDraftFromCurrent(demoId, eServiceId, {
    id: 'dev-1',
    name: 'Ebba Utvecklare',
  });
  assert.ok(draft.ok);
  draftId = draft.id;
  const other = await t.services.municipalities.create({ slug: 'annanby', name: 'Annanby' });
  const { TINY_ESERVICE } = await import('../support/eservice-fixture.ts');
  const otherService = await t.services.eServices.create(other.id, TINY_ESERVICE);
  const { TINY_DEFINITION } = await import('../support/eservice-fixture.ts');
  const otherVersion = await t.services.eServices.addVersion(other.id, otherService.id, TINY_DEFINITION);
  otherBase = `/demo/handlaggare/bygg/${otherService.id}/versioner/${otherVersion.id}/oversattning`;
});
after(() => t.close());

describe('builder: translating a version', () => {
  it('is for developers of this municipality only', async () => {
    const anon = new TestClient(t.app);
    const toLogin = await anon.get(base(draftId));
    assert.equal(toLogin.statusCode, 303);
    assert.match(String(toLogin.headers.location), /\/demo\/handlaggare\/logga-in/);

    const officer = await loginStaff(t.app, 'anna', 'demo-handlaggare-2026');
    assert.equal((await officer.get(base(draftId))).statusCode, 403);
    assert.equal((await officer.post(base(draftId), { 'p.0': 'x', 't.0': 'y' })).statusCode, 403);

    const dev = await developer();
    // Another municipality's e-service, a version of another e-service, nonsense ids: not found.
    assert.equal((await dev.get(otherBase)).statusCode, 404);
    const otherVersionId = otherBase.split('/')[6] ?? '';
    assert.equal((await dev.get(base(otherVersionId))).statusCode, 404);
    assert.equal(
      (await dev.get(`/demo/handlaggare/bygg/nope/versioner/${draftId}/oversattning`)).statusCode,
      404,
    );
    // The demo developer's session is no session in another municipality.
    const elsewhere = await dev.get(otherBase.replace('/demo/', '/annanby/'));
    assert.equal(elsewhere.statusCode, 303);
    assert.match(String(elsewhere.headers.location), /\/annanby\/handlaggare\/logga-in/);
  });

  it('shows Swedish beside the chosen language, with completeness and labelled inputs', async () => {
    const dev = await developer();
    const page = await dev.get(`${base(draftId)}?sprak=ar`);
    assert.equal(page.statusCode, 200);
    assert.equal(page.body.match(/<h1/g)?.length, 1);
    assert.match(page.body, /<select[^>]*name="sprak"/);
    assert.match(page.body, /<option value="ar" selected/);
    assert.match(page.body, /\d+ %/);
    assert.match(page.body, /\d+ av \d+ texter/);
    assert.match(page.body, /<textarea[^>]*lang="ar"[^>]*dir="rtl"/);
    assert.match(
      page.body,
      /<label class="govuk-label govuk-visually-hidden" for="t-0">Översättning till arabiska av: /,
    );
    assert.match(page.body, /Ladda ner texterna på arabiska \(JSON\)/);
  });

  it('saves a draft translation, and keeps what was typed when a text is too long', async () => {
    const dev = await developer();
    const page = await dev.get(`${base(draftId)}?sprak=so`);
    const form = formOf(page.body);
    assert.ok(form['p.0'] && 't.0' in form);
    const tooLong = await dev.post(`${base(draftId)}?sprak=so`, {
      ...form,
      't.0': 'Magac',
      't.1': 'x'.repeat(20001),
    });
    assert.equal(tooLong.statusCode, 422);
    assert.match(tooLong.body, /govuk-error-summary/);
    assert.match(tooLong.body, /href="#t-1"/);
    assert.match(tooLong.body, /Texten får vara högst 20[\s\u00a0]000 tecken/);
    assert.match(tooLong.body, />\nMagac<\/textarea>/); // nothing typed is lost

    const saved = await dev.post(`${base(draftId)}?sprak=so`, { ...form, 't.0': 'Magac' });
    assert.equal(saved.statusCode, 303);
    const after = await dev.get(String(saved.headers.location));
    assert.match(after.body, /Översättningen är sparad/);
    assert.match(after.body, />\nMagac<\/textarea>/);
    const exported = await t.services.builderTranslations.exportTexts(demoId, draftId, 'so');
    assert.equal(exported?.rows[0]?.text, 'Magac');
  });

  it('exports JSON and imports it back, listing problems of a bad file', async () => {
    const dev = await developer();
    const res = await dev.get(`${base(draftId)}/export?sprak=fi`);
    assert.equal(res.statusCode, 200);
    assert.match(
      String(res.headers['content-disposition']),
      /attachment; filename="ansokan-om-specialkost-v\d+-fi\.json"/,
    );
    const doc = JSON.parse(res.body) as { rows: { path: string; sv: string; text: string }[] };
    assert.ok(doc.rows.length > 0);
    await dev.get(`${base(draftId)}?sprak=fi`);

    const bad = structuredClone(doc);
    bad.rows.push({ path: 'question:finns-inte/label', sv: 'x', text: 'y' });
    const refused = await dev.postMultipart(`${base(draftId)}/import?sprak=fi`, {}, [
      { field: 'file', name: 'fi.json', type: 'application/json', data: Buffer.from(JSON.stringify(bad)) },
    ]);
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /govuk-error-summary/);
    assert.match(
      refused.body,
      /Texten &quot;question:finns-inte\/label&quot; finns inte i den här versionen|Texten "question:finns-inte\/label" finns inte/,
    );

    const notJson = await dev.postMultipart(`${base(draftId)}/import?sprak=fi`, {}, [
      { field: 'file', name: 'fi.json', type: 'application/json', data: Buffer.from('{nope') },
    ]);
    assert.equal(notJson.statusCode, 422);
    assert.match(notJson.body, /Filen är inte en JSON-fil/);

    const good = structuredClone(doc);
    for (const r of good.rows) r.text = `FI ${r.sv}`;
    const ok = await dev.postMultipart(`${base(draftId)}/import?sprak=fi`, {}, [
      { field: 'file', name: 'fi.json', type: 'application/json', data: Buffer.from(JSON.stringify(good)) },
    ]);
    assert.equal(ok.statusCode, 303);
    const after = await dev.get(String(ok.headers.location));
    assert.match(after.body, /Filen är inläst/);
    assert.match(after.body, /100 %/);
  });

  it('translates a published version on the page: residents see it, no new version, Swedish unchanged', async () => {
    const dev = await developer();
    const page = await dev.get(`${base(publishedId)}?sprak=so`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Versionen är publicerad\. Översättningar sparas bredvid den/);
    assert.match(page.body, /<textarea/);
    const form = formOf(page.body);
    form['t.0'] = 'Cunto gaar ah';
    const saved = await dev.post(`${base(publishedId)}?sprak=so`, form);
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
    const e = await t.services.eServices.bySlug(demoId, 'ansokan-om-specialkost');
    assert.ok(e);
    const seen = await t.services.eServices.publishedVersion(demoId, e.id);
    assert.equal(seen?.id, publishedId);
    assert.equal(seen?.definition.steps[0]?.title.so, 'Cunto gaar ah');
    const history = await dev.get(`/demo/handlaggare/bygg/${eServiceId}`);
    assert.match(history.body, /Översättningen till so i version \d+ sparades/);
  });

  it('exports a spreadsheet and reads it back strictly: rows named, nothing saved on error', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const dev = await developer();
    const res = await dev.get(`${base(draftId)}/export?sprak=so&format=xlsx`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    assert.match(String(res.headers['content-disposition']), /-so\.xlsx"/);
    const load = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      assert.ok(ws);
      return { wb, ws };
    };
    const { ws } = await load();
    assert.equal(ws.getRow(1).getCell(4).value, 'Soomaali (so)');
    assert.match(String(ws.getRow(1).getCell(1).value), /ändra inte/);
    assert.match(String(ws.getRow(2).getCell(2).value), /^Steg 1/);
    const upload = async (wb: InstanceType<typeof ExcelJS.Workbook>, lang = 'so') => {
      await dev.get(`${base(draftId)}?sprak=${lang}`);
      return dev.postMultipart(`${base(draftId)}/import?sprak=${lang}`, {}, [
        {
          field: 'file',
          name: 'so.xlsx',
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          data: Buffer.from(await wb.xlsx.writeBuffer()),
        },
      ]);
    };
    const before = await t.services.builderTranslations.exportTexts(demoId, draftId, 'so');

    // Unknown path and a changed Swedish text: both rows named, nothing saved.
    const bad = await load();
    bad.ws.getRow(2).getCell(4).value = 'Soomaali';
    bad.ws.getRow(3).getCell(1).value = 'question:finns-inte/label';
    bad.ws.getRow(4).getCell(3).value = 'Ändrad svenska';
    const refused = await upload(bad.wb);
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Rad 3: texten (&quot;|")question:finns-inte\/label/);
    assert.match(refused.body, /Rad 4: den svenska texten är ändrad/);
    assert.deepEqual(await t.services.builderTranslations.exportTexts(demoId, draftId, 'so'), before);

    // The sheet of another language.
    const other = await load();
    const wrongLang = await upload(other.wb, 'fi');
    assert.equal(wrongLang.statusCode, 422);
    assert.match(wrongLang.body, /Kalkylarket är inte för Suomi \(fi\)/);

    // Not a spreadsheet at all (a zip-looking file, and a text file).
    await dev.get(`${base(draftId)}?sprak=so`);
    const notXlsx = await dev.postMultipart(`${base(draftId)}/import?sprak=so`, {}, [
      {
        field: 'file',
        name: 'x.xlsx',
        type: 'application/octet-stream',
        data: Buffer.from('PK\u0003\u0004nope'),
      },
    ]);
    assert.equal(notXlsx.statusCode, 422);
    assert.match(notXlsx.body, /varken ett kalkylark/);

    // A good sheet is read in.
    const good = await load();
    good.ws.getRow(2).getCell(4).value = 'Cinto';
    const ok = await upload(good.wb);
    assert.equal(ok.statusCode, 303, ok.body.slice(0, 300));
    const after = await t.services.builderTranslations.exportTexts(demoId, draftId, 'so');
    assert.equal(after?.rows[0]?.text, 'Cinto');
  });

  it('the languages page sets the offered languages, audited; publish checks follow; tampering refused', async () => {
    const url = `/demo/handlaggare/bygg/${eServiceId}/sprak`;
    const officer = await loginStaff(t.app, 'anna', 'demo-handlaggare-2026');
    assert.equal((await officer.get(url)).statusCode, 403);
    const dev = await developer();
    const page = await dev.get(url);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /name="languages" type="checkbox" value="ar"/);
    assert.match(page.body, /Soomaali/);
    const saved = await dev.post(url, { languages: ['ar', 'so'] });
    assert.equal(saved.statusCode, 303);
    const after = await dev.get(String(saved.headers.location));
    assert.match(after.body, /Språken är sparade/);
    assert.match(after.body, /value="ar" checked/);
    assert.match(after.body, /oversattning\?sprak=so/);
    const e = await t.services.eServices.byId(demoId, eServiceId);
    assert.deepEqual(e?.offeredLanguages, ['sv', 'ar', 'so']);
    const history = await dev.get(`/demo/handlaggare/bygg/${eServiceId}`);
    assert.match(history.body, /Språken som e-tjänsten erbjuds på ändrades till: sv, ar, so/);
    const checked = await t.services.builderVersions.check(demoId, draftId);
    assert.ok(checked.ok && checked.problems.some((p) => JSON.stringify(p).includes('"so"')));

    await dev.get(url);
    const unknown = await dev.post(url, { languages: ['ar', 'xx'] });
    assert.equal(unknown.statusCode, 422);
    assert.match(unknown.body, /govuk-error-summary/);
    assert.match(unknown.body, /Språket finns inte i listan: xx/);
    assert.match(unknown.body, /value="ar" checked/, 'what was chosen is kept');
    await dev.get(url);
    const extra = await dev.post(url, { languages: 'ar', sneaky: '1' });
    assert.equal(extra.statusCode, 422);
    assert.deepEqual((await t.services.eServices.byId(demoId, eServiceId))?.offeredLanguages, [
      'sv',
      'ar',
      'so',
    ]);
    assert.equal(
      (await dev.get(`/demo/handlaggare/bygg/00000000-0000-4000-8000-000000000000/sprak`)).statusCode,
      404,
    );
    assert.equal((await dev.get(`/demo/handlaggare/bygg/nope/sprak`)).statusCode, 404);

    // Residents: the start page lists the offered languages, named in themselves.
    const resident = new TestClient(t.app);
    const first = await resident.get('/demo/e-tjanster/ansokan-om-specialkost?lang=sv');
    const start = first.statusCode === 303 ? await resident.get(String(first.headers.location)) : first;
    assert.equal(start.statusCode, 200);
    assert.match(
      start.body,
      /href="\/demo\/e-tjanster\/ansokan-om-specialkost\?lang=ar&amp;innehall=ar" hreflang="ar"><span lang="ar" dir="rtl">العربية<\/span>/,
    );
    // A language the site's own texts lack switches the e-service's texts only (content-language.ts).
    assert.match(
      start.body,
      /href="\/demo\/e-tjanster\/ansokan-om-specialkost\?innehall=so" hreflang="so"><span lang="so" dir="ltr">Soomaali<\/span>/,
    );
  });
});
