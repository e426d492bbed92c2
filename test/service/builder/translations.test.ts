import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import { seedDemo } from '../../../src/services/demo-seed.ts';
import { createServices, type Services } from '../../../src/services/index.ts';
import { createTestDatabase } from '../../support/db.ts';

let services: Services;
let close: () => Promise<void>;
let m: string;
let publishedId: string;
let draftId: string;

before(async () => {
  const db = await createTestDatabase();
  close = db.close;
  services = createServices(db, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
  await seedDemo(services);
  const demo = await services.municipalities.bySlug('demo');
  assert.ok(demo);
  m = demo.id;
  const e = await services.eServices.bySlug(m, 'forbattringsforslag-befintlig-e-service');
  assert.ok(e);
  const published = await services.eServices.publishedVersion(m, e.id);
  assert.ok(published);
  publishedId = published.id;
  draftId = (await services.eServices.addVersion(m, e.id, published.definition)).id;
});
after(() => close());

describe('translating a version through a file', () => {
  it('exports every text with Swedish beside the language', async () => {
    const doc = await services.builderTranslations.exportTexts(m, draftId, 'fi');
    assert.ok(doc);
    assert.equal(doc.format, 'ingang.translations');
    assert.equal(doc.version, 2);
    assert.equal(doc.lang, 'fi');
    assert.ok(doc.rows.length > 3);
    assert.ok(doc.rows.every((r) => r.sv !== '' && r.text === ''));
    assert.equal(await services.builderTranslations.exportTexts(m, draftId, 'FI!'), undefined);
  });

  it('imports a translated file into the draft, and the language becomes complete', async () => {
    const doc = await services.builderTranslations.exportTexts(m, draftId, 'fi');
    assert.ok(doc);
    const filled = { ...doc, rows: doc.rows.map((r) => ({ ...r, text: `FI: ${r.sv}` })) };
    const r = await services.builderTranslations.importTexts(m, draftId, JSON.parse(JSON.stringify(filled)));
    assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
    assert.deepEqual(r.value, { lang: 'fi', applied: doc.rows.length });
    const c = await services.builderTranslations.versionCompleteness(m, draftId, ['fi', 'en']);
    assert.ok(c);
    assert.deepEqual(c.languages[0], { lang: 'fi', total: doc.rows.length, missing: 0, percent: 100 });
    assert.ok(c.complete.includes('fi'));
    // Swedish and the other languages are untouched.
    const after = await services.builderTranslations.exportTexts(m, draftId, 'en');
    const before = await services.builderTranslations.exportTexts(m, publishedId, 'en');
    assert.deepEqual(after?.rows, before?.rows);
  });

  it('refuses a published version (its definition cannot change)', async () => {
    const doc = await services.builderTranslations.exportTexts(m, publishedId, 'fi');
    const r = await services.builderTranslations.importTexts(m, publishedId, doc);
    assert.deepEqual(!r.ok && r.error, [{ index: -1, path: '', code: 'notADraft' }]);
  });

  it('refuses unknown paths, files of another version and foreign fields, changing nothing', async () => {
    const doc = await services.builderTranslations.exportTexts(m, draftId, 'ar');
    assert.ok(doc);
    const first = doc.rows[0];
    assert.ok(first);
    const unknown = await services.builderTranslations.importTexts(m, draftId, {
      ...doc,
      rows: [
        { ...first, text: 'عربي' },
        { path: 'question:nope/label', sv: 'x', text: 'y' },
      ],
    });
    assert.deepEqual(!unknown.ok && unknown.error, [
      { index: 1, path: 'question:nope/label', code: 'unknownPath' },
    ]);
    const wrongVersion = await services.builderTranslations.importTexts(m, draftId, { ...doc, version: 1 });
    assert.deepEqual(!wrongVersion.ok && wrongVersion.error[0]?.code, 'wrongVersion');
    const extra = await services.builderTranslations.importTexts(m, draftId, { ...doc, definition: {} });
    assert.deepEqual(!extra.ok && extra.error[0]?.code, 'notATranslationFile');
    const still = await services.builderTranslations.exportTexts(m, draftId, 'ar');
    assert.deepEqual(still?.rows, doc.rows);
  });
});
