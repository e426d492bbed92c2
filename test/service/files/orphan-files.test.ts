import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { FsBlobStore } from '../../../src/services/files/fs-blob-store.ts';
import { pruneOrphanFiles } from '../../../src/services/files/orphan-files.ts';
import type { Services } from '../../../src/services/index.ts';
import { startSeededServices } from '../../support/seeded-services.ts';

const root = mkdtempSync(join(tmpdir(), 'ingang-orphans-'));
const blobs = new FsBlobStore(root);
let services: Services;
let close: () => Promise<void>;
let m: string;
let draftId: string;

before(async () => {
  ({ services, close, demoId: m } = await startSeededServices());
  const e = await services.eServices.bySlug(m, 'ansokan-om-specialkost');
  const v = e && (await services.eServices.publishedVersion(m, e.id));
  assert.ok(e && v);
  const d = await services.db
    .insertInto('draft')
    .values({ municipality_id: m, e_service_id: e.id, version_id: v.id, owner_session: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  draftId = d.id;
});
after(async () => {
  await close();
  rmSync(root, { recursive: true, force: true });
});

async function file(key: string, opts: { draftId?: string; ageMs: number }) {
  const stored = await blobs.put(key, new TextEncoder().encode(`content of ${key}`));
  await services.db
    .insertInto('stored_file')
    .values({
      municipality_id: m,
      draft_id: opts.draftId ?? null,
      name: `${key}.pdf`,
      mime: 'application/pdf',
      size: stored.size,
      sha256: stored.sha256,
      blob_key: key,
      uploaded_by_kind: 'resident',
      created_at: sql<Date>`now() - ${`${opts.ageMs} milliseconds`}::interval`,
    })
    .execute();
}

describe('orphaned uploads', () => {
  it('removes the content and row of files left by deleted drafts, and nothing else', async () => {
    await file(`${m}/old-orphan`, { ageMs: 2 * 3_600_000 });
    await file(`${m}/fresh-orphan`, { ageMs: 0 });
    await file(`${m}/in-draft`, { draftId, ageMs: 2 * 3_600_000 });
    await file(`${m}/of-deleted-draft`, { draftId, ageMs: 2 * 3_600_000 });
    // The draft of the last one is deleted: its file row stays, belonging to nothing.
    await services.db
      .updateTable('stored_file')
      .set({ draft_id: null })
      .where('blob_key', '=', `${m}/of-deleted-draft`)
      .execute();

    assert.equal(await pruneOrphanFiles(services.db, blobs), 2);
    const left = await services.db.selectFrom('stored_file').select('blob_key').orderBy('blob_key').execute();
    assert.deepEqual(
      left.map((f) => f.blob_key),
      [`${m}/fresh-orphan`, `${m}/in-draft`],
    );
    assert.equal(await blobs.exists(`${m}/old-orphan`), false);
    assert.equal(await blobs.exists(`${m}/of-deleted-draft`), false);
    assert.equal(await blobs.exists(`${m}/in-draft`), true);
    assert.equal(await blobs.exists(`${m}/fresh-orphan`), true);
    assert.equal(await pruneOrphanFiles(services.db, blobs), 0, 'a second sweep finds nothing');
  });
});
