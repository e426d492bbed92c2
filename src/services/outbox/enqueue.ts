import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { NewOutboxJob } from './types.ts';

/**
 * Adds jobs in the caller's transaction, so they exist exactly when the
 * change that caused them is committed. A key that is already there is
 * skipped (the same event enqueued twice sends once). Returns how many were added.
 */
export async function enqueue(
  db: Kysely<DB> | Transaction<DB>,
  jobs: NewOutboxJob | readonly NewOutboxJob[],
): Promise<number> {
  const list = Array.isArray(jobs) ? jobs : [jobs as NewOutboxJob];
  if (list.length === 0) return 0;
  const r = await db
    .insertInto('outbox')
    .values(
      list.map((j) => ({
        municipality_id: j.municipalityId,
        case_id: j.caseId ?? null,
        type: j.type,
        idempotency_key: j.idempotencyKey,
        payload: JSON.stringify(j.payload),
        ...(j.maxAttempts ? { max_attempts: j.maxAttempts } : {}),
        ...(j.runAt ? { run_at: j.runAt } : {}),
      })),
    )
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}
