import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import { seedDemo } from '../../../src/services/demo-seed.ts';
import { createServices, type Services } from '../../../src/services/index.ts';
import { createTestDatabase } from '../../support/db.ts';

let services: Services;
let close: () => Promise<void>;
let db: Awaited<ReturnType<typeof createTestDatabase>>['db'];
let m: string;
let publishedId: string;
let draftId: string;

before(async () => {
  const handle = await createTestDatabase();
  close = handle.close;
  db = handle.db;
  services = createServices(handle, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
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

  it('translates a published version without a new version: residents see it, the definition is unchanged', async () => {
    const e = await services.eServices.bySlug(m, 'forbattringsforslag-befintlig-e-service');
    assert.ok(e);
    const stored = async () =>
      (
        await db
          .selectFrom('e_service_version')
          .select('definition')
          .where('id', '=', publishedId)
          .executeTakeFirstOrThrow()
      ).definition;
    const before = JSON.stringify(await stored());
    const count = async () =>
      (await db.selectFrom('e_service_version').select('id').where('e_service_id', '=', e.id).execute())
        .length;
    const versionsBefore = await count();
    // Read once so the definition is cached: saving must make the next read see the translation.
    await services.eServices.publishedVersion(m, e.id);
    const doc = await services.builderTranslations.exportTexts(m, publishedId, 'so');
    assert.ok(doc);
    const first = doc.rows[0];
    assert.ok(first);
    const r = await services.builderTranslations.importTexts(
      m,
      publishedId,
      { ...doc, rows: [{ ...first, text: 'Soomaali 1' }] },
      { id: 'dev-1', name: 'Ebba Utvecklare' },
    );
    assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
    assert.equal(JSON.stringify(await stored()), before, 'the published definition never changes');
    assert.equal(await count(), versionsBefore, 'no new version');
    const seen = await services.eServices.publishedVersion(m, e.id);
    assert.equal(seen?.id, publishedId);
    assert.equal(seen?.definition.steps[0]?.title.so, 'Soomaali 1');
    assert.equal(seen?.definition.steps[0]?.title.sv, first.sv, 'Swedish is unchanged');
    const again = await services.builderTranslations.exportTexts(m, publishedId, 'so');
    assert.equal(again?.rows[0]?.text, 'Soomaali 1');
    // Audited with the change in words' key.
    const audit = await db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('subject', '=', e.id)
      .where('action', '=', 'eservice.translation.saved')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal((audit[0]?.details as Record<string, unknown> | undefined)?.change, 'translationSaved');
    // Emptying the text removes the translation again (residents then see Swedish).
    const cleared = await services.builderTranslations.importTexts(m, publishedId, {
      ...doc,
      rows: [{ ...first, text: '' }],
    });
    assert.ok(cleared.ok);
    const seen2 = await services.eServices.publishedVersion(m, e.id);
    assert.equal(seen2?.definition.steps[0]?.title.so, undefined);
  });

  it('a new draft made from a published version carries its added translations', async () => {
    const e = await services.eServices.bySlug(m, 'ansokan-om-specialkost');
    assert.ok(e);
    const published = await services.eServices.publishedVersion(m, e.id);
    assert.ok(published);
    const doc = await services.builderTranslations.exportTexts(m, published.id, 'so');
    const first = doc?.rows[0];
    assert.ok(doc && first);
    const r = await services.builderTranslations.importTexts(m, published.id, {
      ...doc,
      rows: [{ ...first, text: 'Cinto gaar ah' }],
    });
    assert.ok(r.ok);
    const draft = await services.builderVersions.newDraftFromCurrent(m, e.id, { id: 'dev-1', name: 'E' });
    assert.ok(draft.ok && draft.created);
    const d = await services.builderVersions.getVersion(m, e.id, draft.id);
    assert.equal(d?.definition.steps[0]?.title.so, 'Cinto gaar ah');
  });

  it('offered languages drive the publish checks and are audited', async () => {
    const e = await services.eServices.bySlug(m, 'forbattringsforslag-befintlig-e-service');
    assert.ok(e);
    const actor = { id: 'dev-1', name: 'Ebba Utvecklare' };
    const saved = await services.builderOfferedLanguages.save(m, e.id, ['ti', 'sv'], actor);
    assert.deepEqual(saved, { ok: true, languages: ['sv', 'ti'] });
    assert.deepEqual((await services.eServices.byId(m, e.id))?.offeredLanguages, ['sv', 'ti']);
    const checked = await services.builderVersions.check(m, draftId);
    assert.ok(checked.ok);
    assert.ok(
      checked.problems.some((p) => JSON.stringify(p).includes('"ti"')),
      JSON.stringify(checked.problems),
    );
    assert.ok(!checked.problems.some((p) => JSON.stringify(p).includes('"en"')));
    const refused = await services.builderOfferedLanguages.save(m, e.id, ['xx'], actor);
    assert.deepEqual(refused, { ok: false, reason: 'unknownLanguage', codes: ['xx'] });
    assert.deepEqual(await services.builderOfferedLanguages.get(m, e.id), ['sv', 'ti']);
    const other = await services.builderOfferedLanguages.save(
      m,
      '00000000-0000-4000-8000-000000000000',
      [],
      actor,
    );
    assert.deepEqual(other, { ok: false, reason: 'notFound' });
    const table = await services.builderOfferedLanguages.completenessByVersion(m, e.id);
    assert.ok(table && table.length >= 2);
    assert.deepEqual(
      table[0]?.languages.map((l) => l.lang),
      ['ti'],
    );
    await services.builderOfferedLanguages.save(m, e.id, [], actor);
    const checked2 = await services.builderVersions.check(m, draftId);
    assert.ok(checked2.ok);
    assert.ok(!checked2.problems.some((p) => JSON.stringify(p).includes('"ti"')));
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
