import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CaseStatus } from '../../domain/cases/statuses.ts';
import type { LangText } from '../../domain/forms/definition.ts';
import type { OfficerActor } from '../officer/case-actions-core.ts';
import { parseStatusSet } from '../officer/case-view-settings.ts';

/** An e-service a broadcast may choose cases of: its versions and its statuses. */
export interface BroadcastEService {
  id: string;
  name: LangText;
  versions: { id: string; number: number }[];
  statuses: readonly CaseStatus[];
}

/**
 * The e-services of the officer's municipality that they handle (all of them
 * for an admin), with the versions cases can be on (not drafts) and the
 * status set. Restricted officers see them too: their broadcast reaches only
 * the cases assigned to them (broadcast-selection.ts).
 */
export async function broadcastEServices(db: Db, actor: OfficerActor): Promise<BroadcastEService[]> {
  const rows = await db
    .selectFrom('e_service as e')
    .innerJoin('e_service_version as v', 'v.e_service_id', 'e.id')
    .select(['e.id', 'e.name', 'e.status_set', 'v.id as version_id', 'v.number'])
    .where('e.municipality_id', '=', actor.scope.municipalityId)
    .where('v.status', '!=', 'draft')
    .orderBy(sql`e.name->>'sv'`)
    .orderBy('v.number', 'desc')
    .execute();
  const out = new Map<string, BroadcastEService>();
  for (const r of rows) {
    if (!actor.scope.isAdmin && !actor.scope.eServices.has(r.id)) continue;
    let e = out.get(r.id);
    if (!e) {
      e = { id: r.id, name: r.name, versions: [], statuses: parseStatusSet(r.status_set) };
      out.set(r.id, e);
    }
    e.versions.push({ id: r.version_id, number: r.number });
  }
  return [...out.values()];
}
