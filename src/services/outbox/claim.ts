import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { retryDelayMs } from './backoff.ts';
import type { OutboxJob } from './types.ts';

interface ClaimedRow {
  id: number | string;
  municipality_id: string | null;
  case_id: string | null;
  type: string;
  idempotency_key: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

/**
 * Claims up to `limit` due jobs for this worker, in one statement: the rows
 * are picked with FOR UPDATE SKIP LOCKED (a job another worker is claiming
 * at this moment is passed over, not waited for) and leased by moving
 * run_at to the end of the lease. Until then no other worker sees the job as
 * due; if this worker dies, the job is due again when the lease ends. The
 * attempt is counted here, so a job that kills its worker every time still
 * runs out of attempts.
 */
export async function claimDueJobs(
  db: Db,
  opts: { workerId: string; limit: number; leaseMs: number },
): Promise<OutboxJob[]> {
  const r = await sql<ClaimedRow>`
    UPDATE outbox o
       SET run_at = now() + ${opts.leaseMs} * interval '1 millisecond',
           locked_by = ${opts.workerId},
           attempts = o.attempts + 1
      FROM (SELECT id FROM outbox
             WHERE state = 'pending' AND run_at <= now()
             ORDER BY run_at, id
             LIMIT ${opts.limit}
             FOR UPDATE SKIP LOCKED) due
     WHERE o.id = due.id
 RETURNING o.id, o.municipality_id, o.case_id, o.type, o.idempotency_key, o.payload, o.attempts, o.max_attempts`.execute(
    db,
  );
  return r.rows
    .map((row) => ({
      id: Number(row.id),
      municipalityId: row.municipality_id,
      caseId: row.case_id,
      type: row.type,
      idempotencyKey: row.idempotency_key,
      payload: row.payload,
      attempts: row.attempts,
      maxAttempts: row.max_attempts,
    }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Delivered. Not fenced by the lease: if this worker was so slow that its
 * lease ran out, the message went out all the same, and recording it stops
 * a third send.
 */
export async function markSent(db: Db, id: number, providerId: string | null): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ state: 'sent', sent_at: new Date(), provider_id: providerId, locked_by: null, last_error: null })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .execute();
}

/**
 * A failed attempt: back off and try again, or give up (`dead`) when the
 * error is permanent or the attempts are used up. Only the worker that
 * holds the lease may fail the job.
 */
export async function markFailed(
  db: Db,
  job: Pick<OutboxJob, 'id' | 'attempts' | 'maxAttempts'>,
  workerId: string,
  error: string,
  permanent: boolean,
): Promise<'retry' | 'dead'> {
  const dead = permanent || job.attempts >= job.maxAttempts;
  const delay = dead ? 0 : retryDelayMs(job.attempts);
  await db
    .updateTable('outbox')
    .set({
      state: dead ? 'dead' : 'pending',
      run_at: sql`now() + ${delay} * interval '1 millisecond'`,
      locked_by: null,
      last_error: error.slice(0, 1000),
    })
    .where('id', '=', job.id)
    .where('state', '=', 'pending')
    .where('locked_by', '=', workerId)
    .execute();
  return dead ? 'dead' : 'retry';
}
