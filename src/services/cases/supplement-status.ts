import type { Db } from '../../db/database.ts';
import { type CaseStatus, INITIAL_STATUS, statusByKey, statusSetOf } from '../../domain/cases/statuses.ts';

/** The statuses of an e-service as stored (the builder validates them when saving). */
export async function statusSetFor(db: Db, eServiceId: string): Promise<readonly CaseStatus[]> {
  const row = await db
    .selectFrom('e_service')
    .select('status_set')
    .where('id', '=', eServiceId)
    .executeTakeFirst();
  return statusSetOf({ statusSet: (row?.status_set ?? []) as CaseStatus[] });
}

/** Whether a case in this status may be changed and sent in again by its applicant. */
export function applicantMayEdit(set: readonly CaseStatus[], statusKey: string): boolean {
  return statusByKey(statusKey, set)?.applicantMayEdit ?? false;
}

/**
 * The status a sent-in supplement puts the case in, so that officers see it
 * again as a new arrival: the set's "submitted" if it has one, otherwise its
 * first status.
 */
export function resubmittedStatus(set: readonly CaseStatus[]): CaseStatus {
  const s = statusByKey(INITIAL_STATUS, set) ?? set[0];
  if (!s) throw new Error('A status set is never empty (statusSetOf falls back to the standard set)');
  return s;
}
