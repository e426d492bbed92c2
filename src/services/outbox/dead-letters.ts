import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { writeAudit } from '../audit.ts';

export interface DeadLetter {
  id: number;
  type: string;
  caseId: string | null;
  caseNumber: string | null;
  /** What kind of message and to whom, with the address masked: admins need no more to judge it. */
  channel: string | null;
  event: string | null;
  recipient: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  failedAt: Date;
}

/** a***@example.se, +4670***67: enough to recognise, not to harvest. */
export function maskRecipient(to: unknown): string | null {
  if (typeof to !== 'string' || to === '') return null;
  const at = to.indexOf('@');
  if (at > 0) return `${to[0]}***${to.slice(at)}`;
  return to.length > 6 ? `${to.slice(0, 5)}***${to.slice(-2)}` : '***';
}

export const DEAD_LETTER_PAGE = 50;

/** The jobs the worker gave up on, for the municipality's admins: list them and send them again. */
export function createDeadLetterService(db: Db) {
  async function list(municipalityId: string, page = 1): Promise<{ items: DeadLetter[]; total: number }> {
    const base = db
      .selectFrom('outbox as o')
      .where('o.municipality_id', '=', municipalityId)
      .where('o.state', '=', 'dead');
    const [rows, count] = await Promise.all([
      base
        .leftJoin('case as c', 'c.id', 'o.case_id')
        .select([
          'o.id',
          'o.type',
          'o.case_id',
          'c.case_number',
          'o.payload',
          'o.attempts',
          'o.last_error',
          'o.created_at',
          'o.run_at',
        ])
        .orderBy('o.created_at', 'desc')
        .orderBy('o.id', 'desc')
        .limit(DEAD_LETTER_PAGE)
        .offset((Math.max(1, page) - 1) * DEAD_LETTER_PAGE)
        .execute(),
      base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      total: count.n,
      items: rows.map((r) => ({
        id: Number(r.id),
        type: r.type,
        caseId: r.case_id,
        caseNumber: r.case_number,
        channel: typeof r.payload.channel === 'string' ? r.payload.channel : null,
        event: typeof r.payload.event === 'string' ? r.payload.event : null,
        recipient: maskRecipient(r.payload.to),
        attempts: r.attempts,
        lastError: r.last_error,
        createdAt: r.created_at,
        failedAt: r.run_at,
      })),
    };
  }

  /**
   * Puts given-up jobs back in the queue with fresh attempts, due now. Only
   * dead jobs of the admin's own municipality; returns how many were requeued.
   */
  async function retry(municipalityId: string, ids: readonly number[], actor: string): Promise<number> {
    const wanted = ids.filter((id) => Number.isSafeInteger(id) && id > 0);
    if (wanted.length === 0) return 0;
    const r = await db
      .updateTable('outbox')
      .set({ state: 'pending', attempts: 0, run_at: sql`now()`, locked_by: null })
      .where('municipality_id', '=', municipalityId)
      .where('state', '=', 'dead')
      .where('id', 'in', wanted)
      .returning('id')
      .execute();
    if (r.length > 0) {
      await writeAudit(db, {
        municipalityId,
        actor,
        action: 'outbox.retry',
        details: { jobs: r.map((x) => Number(x.id)) },
      });
    }
    return r.length;
  }

  return { list, retry };
}

export type DeadLetterService = ReturnType<typeof createDeadLetterService>;
