import type { Db } from '../../db/database.ts';
import { canSeeCase, type OfficerScope } from '../../domain/cases/officer-scope.ts';
import { isUuid } from '../drafts/drafts.ts';

/**
 * The one gate to a case for staff: the case if this officer may see it,
 * otherwise undefined (the route answers 404, the same as for a case that
 * does not exist, so ids cannot be probed).
 */
export async function caseForOfficer(db: Db, scope: OfficerScope, caseId: string) {
  if (!isUuid(caseId)) return undefined;
  const c = await db
    .selectFrom('case')
    .selectAll()
    .where('municipality_id', '=', scope.municipalityId)
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!c) return undefined;
  const officers = await db
    .selectFrom('case_officer')
    .select('user_id')
    .where('case_id', '=', c.id)
    .execute();
  const officerIds = officers.map((o) => o.user_id);
  if (!canSeeCase(scope, { municipalityId: c.municipality_id, eServiceId: c.e_service_id, officerIds }))
    return undefined;
  return { ...c, officerIds };
}

export type OfficerCase = NonNullable<Awaited<ReturnType<typeof caseForOfficer>>>;
