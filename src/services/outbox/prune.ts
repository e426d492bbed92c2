import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** Delivered jobs are kept this long (to answer "was it sent?"), then deleted: they hold addresses. */
export const KEEP_SENT_DAYS = 30;

/** Deletes up to `limit` delivered jobs older than KEEP_SENT_DAYS; the number deleted. */
export async function pruneSentJobs(db: Db, limit = 5000): Promise<number> {
  const r = await sql`
    DELETE FROM outbox WHERE id IN (
      SELECT id FROM outbox
       WHERE state = 'sent' AND sent_at < now() - ${KEEP_SENT_DAYS} * interval '1 day'
       LIMIT ${limit})`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}
