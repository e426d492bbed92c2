import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import { pruneTestDrafts } from '../../../src/services/builder/try-out.ts';
import { FsBlobStore } from '../../../src/services/files/fs-blob-store.ts';
import { createServices, type Services } from '../../../src/services/index.ts';
import { createTestDatabase } from '../../support/db.ts';
import { publishTiny } from '../../support/eservice-fixture.ts';

let services: Services;
let close: () => Promise<void>;
let m: string;
let other: string;
let eServiceId: string;
let publishedId: string;
let draftVersionId: string;
const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' });
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const SESSION = 'a'.repeat(64);
const OTHER_SESSION = 'b'.repeat(64);
const actor = { id: '00000000-0000-4000-8000-000000000001', name: 'Ebba Utvecklare' };

before(async () => {
  const db = await createTestDatabase();
  close = db.close;
  services = createServices(db, config);
  m = (await services.municipalities.create({ slug: 'provby', name: 'Provby kommun' })).id;
  other = (await services.municipalities.create({ slug: 'annanby', name: 'Annanby kommun' })).id;
  const tiny = await publishTiny(services, m);
  eServiceId = tiny.eService.id;
  publishedId = tiny.versionId;
  const d = await services.builderVersions.newDraftFromCurrent(m, eServiceId, actor);
  assert.ok(d.ok);
  draftVersionId = d.id;
});
after(() => close());

const count = async (table: 'case' | 'draft' | 'stored_file' | 'outbox') =>
  Number(
    (
      await services.db
        .selectFrom(table)
        .select((x) => x.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function fillIn(draftId: string) {
  const draft = await services.builderTryOut.get(m, draftId, SESSION);
  assert.ok(draft);
  await services.saveStep(draft, 'om-dig', { 'q.name': 'Åsa', 'q.hasPet': 'no' }, []);
  await services.saveStep(draft, 'ovrigt', { 'q.note': 'Hej', 'q.otherPnr': '' }, []);
  const v = await services.saveStep(draft, 'bilagor', {}, [
    { field: 'q.attachment', fileName: 'intyg.pdf', data: PDF },
  ]);
  assert.deepEqual(v.errors, []);
}

describe('try-out: test drafts', () => {
  it('starts on a draft or the published version, not in another municipality or e-service', async () => {
    assert.ok(await services.builderTryOut.start(m, eServiceId, draftVersionId, SESSION));
    assert.ok(await services.builderTryOut.start(m, eServiceId, publishedId, SESSION));
    assert.equal(await services.builderTryOut.start(other, eServiceId, draftVersionId, SESSION), undefined);
    assert.equal(await services.builderTryOut.start(m, eServiceId, 'not-a-uuid', SESSION), undefined);
    assert.equal(await services.builderTryOut.start(m, publishedId, draftVersionId, SESSION), undefined);
  });

  it('runs the draft version; only its own staff session finds it', async () => {
    const id = await services.builderTryOut.start(m, eServiceId, draftVersionId, SESSION);
    assert.ok(id);
    const draft = await services.builderTryOut.get(m, id, SESSION);
    assert.equal(draft?.versionId, draftVersionId);
    assert.equal(draft?.versionStatus, 'draft');
    assert.equal(await services.builderTryOut.get(m, id, OTHER_SESSION), undefined);
    assert.equal(await services.builderTryOut.get(other, id, SESSION), undefined);
    // The resident pages never load it, even for the same session.
    assert.equal(await services.drafts.get(m, id, { kind: 'anonymous', sessionHash: SESSION }), undefined);
    assert.equal(await services.drafts.remove(m, id, { kind: 'anonymous', sessionHash: SESSION }), false);
  });

  it('never becomes a case: submitCase refuses it, even on the published version and fully answered', async () => {
    const id = await services.builderTryOut.start(m, eServiceId, publishedId, SESSION);
    assert.ok(id);
    await fillIn(id);
    const cases = await count('case');
    const r = await services.submitCase(m, id, { kind: 'anonymous', sessionHash: SESSION }, 'sv');
    assert.deepEqual(r, { ok: false, reason: 'notFound' });
    assert.equal(await count('case'), cases);
    assert.ok(await services.builderTryOut.get(m, id, SESSION), 'the test draft is still there');
  });

  it('is not listed on My pages and is not claimed at login', async () => {
    const id = await services.builderTryOut.start(m, eServiceId, draftVersionId, SESSION);
    assert.ok(id);
    // Even a test draft that somehow had a personal number is left out.
    await services.db
      .updateTable('draft')
      .set({ owner_personal_number: '191212121212' })
      .where('id', '=', id)
      .execute();
    const listed = await services.drafts.listFor(m, '191212121212');
    assert.equal(
      listed.some((d) => d.id === id),
      false,
    );
    const id2 = await services.builderTryOut.start(m, eServiceId, draftVersionId, OTHER_SESSION);
    assert.ok(id2);
    await services.drafts.claimSessionDrafts(OTHER_SESSION, '198112289874');
    assert.ok(await services.builderTryOut.get(m, id2, OTHER_SESSION), 'still the session’s test draft');
  });

  it('finish validates like a submit, then deletes the test draft and its files; nothing is sent', async () => {
    const id = await services.builderTryOut.start(m, eServiceId, draftVersionId, SESSION);
    assert.ok(id);
    const early = await services.builderTryOut.finish(m, id, SESSION);
    assert.equal(early.ok, false);
    assert.ok(!early.ok && early.reason === 'invalid' && early.errors.some((e) => e.questionKey === 'name'));
    await fillIn(id);
    const files = await services.db
      .selectFrom('stored_file')
      .select('blob_key')
      .where('draft_id', '=', id)
      .execute();
    assert.equal(files.length, 1);
    const [cases, outbox] = [await count('case'), await count('outbox')];
    assert.equal((await services.builderTryOut.finish(m, id, OTHER_SESSION)).ok, false);
    const done = await services.builderTryOut.finish(m, id, SESSION);
    assert.ok(done.ok);
    assert.equal(done.answers.name, 'Åsa');
    assert.equal(done.versionId, draftVersionId);
    assert.equal(await services.builderTryOut.get(m, id, SESSION), undefined);
    assert.equal(
      (await services.db.selectFrom('draft').select('id').where('id', '=', id).execute()).length,
      0,
    );
    assert.equal(
      (await services.db.selectFrom('stored_file').select('id').where('draft_id', '=', id).execute()).length,
      0,
    );
    const blobs = new FsBlobStore(config.filesDir);
    assert.equal(await blobs.exists(files[0]?.blob_key as string), false, 'the uploaded file is gone');
    assert.equal(await count('case'), cases);
    assert.equal(await count('outbox'), outbox);
    assert.deepEqual(await services.builderTryOut.finish(m, id, SESSION), { ok: false, reason: 'notFound' });
  });

  it('end deletes the try without sending', async () => {
    const id = await services.builderTryOut.start(m, eServiceId, draftVersionId, SESSION);
    assert.ok(id);
    assert.equal(await services.builderTryOut.end(m, id, OTHER_SESSION), false);
    assert.equal(await services.builderTryOut.end(m, id, SESSION), true);
    assert.equal(await services.builderTryOut.get(m, id, SESSION), undefined);
  });

  it('test drafts left behind are pruned after a day, with their files; other drafts are not', async () => {
    const blobs = new FsBlobStore(config.filesDir);
    await pruneTestDrafts(services.db, blobs); // nothing old yet
    const old = await services.builderTryOut.start(m, eServiceId, draftVersionId, SESSION);
    const fresh = await services.builderTryOut.start(m, eServiceId, draftVersionId, SESSION);
    assert.ok(old && fresh);
    await fillIn(old);
    const resident = await services.drafts.start(m, eServiceId, { kind: 'anonymous', sessionHash: SESSION });
    assert.ok(resident);
    const twoDaysAgo = new Date(Date.now() - 48 * 3600 * 1000);
    await services.db
      .updateTable('draft')
      .set({ updated_at: twoDaysAgo })
      .where('id', 'in', [old, resident])
      .execute();
    const n = await pruneTestDrafts(services.db, blobs);
    assert.ok(n >= 1);
    assert.equal(await services.builderTryOut.get(m, old, SESSION), undefined);
    assert.ok(await services.builderTryOut.get(m, fresh, SESSION));
    assert.ok(await services.drafts.get(m, resident, { kind: 'anonymous', sessionHash: SESSION }));
    assert.equal(
      (await services.db.selectFrom('stored_file').select('id').where('draft_id', '=', old).execute()).length,
      0,
    );
  });
});
