import { type RawBuilder, sql } from 'kysely';
import { fullyHandled, type OfficerScope, restrictedTo } from '../../domain/cases/officer-scope.ts';

/** Which cases a broadcast goes to: the checked ones, or an e-service's cases by version, date and status. */
export type BroadcastSelection =
  | { kind: 'cases'; caseIds: readonly string[] }
  | {
      kind: 'filter';
      eServiceId: string;
      versionId?: string | null;
      /** Submitted on or after / on or before, YYYY-MM-DD, Swedish time. */
      from?: string | null;
      to?: string | null;
      status?: string | null;
    };

export const MAX_CHECKED_CASES = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A selection with every id and date checked; undefined when something in it is malformed. */
export function checkedSelection(s: BroadcastSelection): BroadcastSelection | undefined {
  if (s.kind === 'cases') {
    const ids = [...new Set(s.caseIds)];
    if (ids.length === 0 || ids.length > MAX_CHECKED_CASES || !ids.every((id) => UUID.test(id)))
      return undefined;
    return { kind: 'cases', caseIds: ids };
  }
  if (!UUID.test(s.eServiceId) || (s.versionId && !UUID.test(s.versionId))) return undefined;
  if ((s.from && !DATE.test(s.from)) || (s.to && !DATE.test(s.to))) return undefined;
  if (s.status && !/^[a-z0-9_-]{1,64}$/i.test(s.status)) return undefined;
  return s;
}

/**
 * The condition on case row `c`: in the officer's scope (their
 * municipality; e-services they handle, only assigned cases where they are
 * restricted; everything for an admin) and in the selection.
 */
export function selectionSql(scope: OfficerScope, s: BroadcastSelection): RawBuilder<boolean> {
  const full = fullyHandled(scope);
  const restricted = restrictedTo(scope);
  const visible = scope.isAdmin
    ? sql`true`
    : sql`(c.e_service_id = ANY(${full}::uuid[])
           OR (c.e_service_id = ANY(${restricted}::uuid[]) AND ${scope.userId}::uuid = ANY(c.officer_ids)))`;
  const parts: RawBuilder<unknown>[] = [sql`c.municipality_id = ${scope.municipalityId}::uuid`, visible];
  if (s.kind === 'cases') {
    parts.push(sql`c.id = ANY(${s.caseIds}::uuid[])`);
  } else {
    parts.push(sql`c.e_service_id = ${s.eServiceId}::uuid`);
    if (s.versionId) parts.push(sql`c.version_id = ${s.versionId}::uuid`);
    if (s.from)
      parts.push(sql`c.submitted_at >= (${s.from}::date::timestamp AT TIME ZONE 'Europe/Stockholm')`);
    if (s.to)
      parts.push(sql`c.submitted_at < ((${s.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')`);
    if (s.status) parts.push(sql`c.status = ${s.status}`);
  }
  return sql<boolean>`(${sql.join(parts, sql` AND `)})`;
}
