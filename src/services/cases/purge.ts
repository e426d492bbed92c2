import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { writeAudit } from '../audit.ts';
import type { BlobStore } from '../files/blob-store.ts';

/** History events that set a case's status, each with `details.status`. */
export const STATUS_EVENT_TYPES = [
  'submitted',
  'registered_manually',
  'status_changed',
  'supplement_submitted',
] as const;

export interface PurgedCase {
  caseId: string;
  caseNumber: string;
  municipalityId: string;
  eServiceId: string;
}

/**
 * Automatic purge (gallring, issue 7 item 5): every case of an e-service with
 * a purge rule `{ status, days }` that has stood in that status for at least
 * `days` days is deleted for good — its history, messages, notes and file
 * rows go with it (ON DELETE CASCADE), its blobs are removed after the
 * commit, and an audit event `case.purged` per case keeps what remains:
 * `{ caseNumber, eServiceId, rule }`.
 *
 * When the status was set: the newest history event that set the case's
 * current status (STATUS_EVENT_TYPES), else its arrival. Each case is
 * judged against its own e-service's rule in its own municipality; other
 * statuses are never touched. Several workers may run it: a
 * transaction-scoped advisory lock lets one of them do it. Idempotent: a
 * purged case is gone, so a second run finds nothing.
 */
export async function purgeCases(
  db: Db,
  blobs: BlobStore,
  opts: { now?: Date; limit?: number } = {},
): Promise<PurgedCase[]> {
  const now = opts.now ?? new Date();
  const limit = opts.limit ?? 200;
  const result = await db.transaction().execute(async (trx) => {
    const lock = await sql<{
      ok: boolean;
    }>`SELECT pg_try_advisory_xact_lock(hashtext('ingang:purge-sweep')) AS ok`.execute(trx);
    if (!lock.rows[0]?.ok) return { purged: [] as PurgedCase[], blobKeys: [] as string[] };
    const due = await sql<{
      id: string;
      case_number: string;
      municipality_id: string;
      e_service_id: string;
      status: string;
      days: number;
    }>`
      SELECT c.id, c.case_number, c.municipality_id, c.e_service_id, c.status,
             (e.purge_rule->>'days')::int AS days
        FROM "case" c
        JOIN e_service e ON e.id = c.e_service_id AND e.municipality_id = c.municipality_id
       WHERE e.purge_rule IS NOT NULL
         AND jsonb_typeof(e.purge_rule->'days') = 'number'
         AND c.status = e.purge_rule->>'status'
         AND coalesce(
               (SELECT max(x.occurred_at) FROM case_event x
                 WHERE x.case_id = c.id AND x.municipality_id = c.municipality_id
                   AND x.type IN (${sql.join(STATUS_EVENT_TYPES.map((t) => sql.lit(t)))})
                   AND x.details->>'status' = c.status),
               c.submitted_at)
             <= ${now}::timestamptz - (e.purge_rule->>'days')::int * interval '1 day'
       ORDER BY c.submitted_at, c.id
       LIMIT ${limit}
         FOR UPDATE OF c SKIP LOCKED`.execute(trx);
    if (due.rows.length === 0) return { purged: [], blobKeys: [] };
    const ids = due.rows.map((r) => r.id);
    const files = await trx
      .selectFrom('stored_file')
      .select('blob_key')
      .where('case_id', 'in', ids)
      .execute();
    await trx.deleteFrom('case').where('id', 'in', ids).execute();
    for (const r of due.rows) {
      await writeAudit(trx, {
        municipalityId: r.municipality_id,
        actor: 'system',
        action: 'case.purged',
        subject: r.id,
        details: {
          caseNumber: r.case_number,
          eServiceId: r.e_service_id,
          rule: { status: r.status, days: r.days },
        },
      });
    }
    return {
      purged: due.rows.map((r) => ({
        caseId: r.id,
        caseNumber: r.case_number,
        municipalityId: r.municipality_id,
        eServiceId: r.e_service_id,
      })),
      blobKeys: files.map((f) => f.blob_key),
    };
  });
  // After the commit: a failed blob removal leaves an orphan file, never a case without its files.
  for (const key of result.blobKeys) await blobs.delete(key).catch(() => undefined);
  return result.purged;
}
