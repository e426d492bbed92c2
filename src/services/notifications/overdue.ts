import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { officerNotificationsSql } from './officer-recipients.ts';

/**
 * Cases overdue longer than this when first seen are not announced (a new
 * installation, a worker that was off for weeks): the Overdue tab lists
 * them, and a burst of old news helps nobody. It also bounds each sweep.
 */
export const OVERDUE_LOOKBACK_DAYS = 30;

/**
 * The scheduled sweep: every open case whose due date has passed gets, once,
 * a `case_overdue` history event and an e-mail to its officers (and its
 * group's and function mailbox as chosen), in one transaction. The event is
 * what makes it once: it stays when the sent e-mail is pruned from the
 * outbox. Several workers may sweep at the same time; a transaction-scoped
 * advisory lock lets one of them do it. Returns how many cases it marked.
 */
export async function sweepOverdueCases(db: Db, opts: { limit?: number } = {}): Promise<number> {
  const limit = opts.limit ?? 500;
  return db.transaction().execute(async (trx) => {
    const lock = await sql<{
      ok: boolean;
    }>`SELECT pg_try_advisory_xact_lock(hashtext('ingang:overdue-sweep')) AS ok`.execute(trx);
    if (!lock.rows[0]?.ok) return 0;
    const marked = await sql<{ case_id: string }>`
      INSERT INTO case_event (municipality_id, case_id, type, actor_kind, details)
      SELECT c.municipality_id, c.id, 'case_overdue', 'system', jsonb_build_object('dueAt', c.due_at)
        FROM "case" c
       WHERE c.closed_at IS NULL AND c.due_at <= now()
         AND c.due_at > now() - ${OVERDUE_LOOKBACK_DAYS} * interval '1 day'
         AND NOT EXISTS (SELECT 1 FROM case_event x WHERE x.case_id = c.id AND x.type = 'case_overdue')
       ORDER BY c.due_at, c.id
       LIMIT ${limit}
      RETURNING case_id`.execute(trx);
    const ids = marked.rows.map((r) => r.case_id);
    if (ids.length === 0) return 0;
    await officerNotificationsSql({
      source: sql`"case" c`,
      caseRef: 'c',
      where: sql`c.id = ANY(${ids}::uuid[])`,
      event: 'caseOverdue',
      keyBase: sql<string>`'caseOverdue:' || c.id::text`,
      to: { kind: 'caseOfficers' },
    }).execute(trx);
    return ids.length;
  });
}
