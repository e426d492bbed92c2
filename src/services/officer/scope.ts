import type { Db } from '../../db/database.ts';
import type { OfficerScope } from '../../domain/cases/officer-scope.ts';
import type { StaffPrincipal } from '../../domain/staff/roles.ts';

/**
 * Loads what an officer handles: e-services assigned to them or to one of
 * their groups. A person assignment decides over a group one; an unrestricted
 * assignment through any route wins over a restricted one.
 */
export async function loadOfficerScope(db: Db, p: StaffPrincipal): Promise<OfficerScope> {
  const isAdmin = p.roles.includes('admin');
  const eServices = new Map<string, { restricted: boolean }>();
  if (isAdmin) {
    const all = await db
      .selectFrom('e_service')
      .select('id')
      .where('municipality_id', '=', p.municipalityId)
      .execute();
    for (const e of all) eServices.set(e.id, { restricted: false });
    return { municipalityId: p.municipalityId, userId: p.id, isAdmin, eServices };
  }
  const rows = await db
    .selectFrom('e_service_officer as o')
    .leftJoin('officer_group_member as gm', 'gm.group_id', 'o.group_id')
    .select(['o.e_service_id', 'o.restricted'])
    .where('o.municipality_id', '=', p.municipalityId)
    .where((eb) => eb.or([eb('o.user_id', '=', p.id), eb('gm.user_id', '=', p.id)]))
    .execute();
  for (const r of rows) {
    const prev = eServices.get(r.e_service_id);
    eServices.set(r.e_service_id, { restricted: (prev?.restricted ?? true) && r.restricted });
  }
  return { municipalityId: p.municipalityId, userId: p.id, isAdmin, eServices };
}
