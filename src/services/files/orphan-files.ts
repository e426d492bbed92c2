import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { BlobStore } from './blob-store.ts';

/**
 * Uploaded files that belong to nothing any more: a draft that was deleted
 * (saved drafts expire, a try-out ends, a supplement is sent) leaves its
 * stored_file rows with neither a draft nor a case (draft_id is ON DELETE SET
 * NULL for exactly this). Their content is a resident's document, so it must
 * not stay on disk: the worker's sweep removes the blob, then the row.
 *
 * `graceMs` leaves alone a file uploaded moments ago whose draft row is being
 * written in the same breath. Returns how many files were removed.
 */
export async function pruneOrphanFiles(
  db: Db,
  blobs: BlobStore,
  opts: { graceMs?: number; limit?: number } = {},
): Promise<number> {
  const graceMs = opts.graceMs ?? 3_600_000;
  const orphans = await db
    .selectFrom('stored_file')
    .select(['id', 'blob_key'])
    .where('draft_id', 'is', null)
    .where('case_id', 'is', null)
    .where('created_at', '<', sql<Date>`now() - ${`${graceMs} milliseconds`}::interval`)
    .orderBy('created_at')
    .limit(opts.limit ?? 500)
    .execute();
  let removed = 0;
  for (const f of orphans) {
    // The blob first: a crash in between leaves a row to try again, never a lost row with a blob behind it.
    await blobs.delete(f.blob_key);
    const r = await db
      .deleteFrom('stored_file')
      .where('id', '=', f.id)
      .where('draft_id', 'is', null)
      .where('case_id', 'is', null)
      .executeTakeFirst();
    removed += Number(r.numDeletedRows);
  }
  return removed;
}
