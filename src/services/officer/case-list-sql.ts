import { type RawBuilder, sql } from 'kysely';
import {
  CASE_LIST_TABS,
  type CaseListQuery,
  type CaseListTab,
  COUNT_CAP,
  PAGE_SIZE,
} from '../../domain/cases/case-list-query.ts';
import type { OfficerScope } from '../../domain/cases/officer-scope.ts';

/**
 * The case list's SQL, built so that it reads a page of a million cases in a
 * few milliseconds (bench/case-list.ts; indexes in migration 0005).
 *
 * The list is read per e-service: for each e-service the officer may see, the
 * page's rows are the first (page × 50) of that e-service's index in the asked
 * order, and the results are merged. Each such read is an index scan that
 * stops early, whatever the size of the table; a restricted e-service adds
 * "assigned to me". Sorting by e-service or status walks the groups in the
 * order of their names (a rank), by officer the first officer's index.
 * A search or the Flaggade tab instead starts from the few matching rows
 * (trigram index, the officer's flags) and lets the planner sort those.
 *
 * Counts stop at COUNT_CAP + 1 rows: "10 000+" needs no more, and a capped
 * count walks at most that many index entries.
 */

/** Everything that is neither the scope nor the order: the tab, filters and search, as conditions on `c`. */
export interface ListConditions {
  municipalityId: string;
  userId: string;
  tab: CaseListTab;
  versionId: string | null;
  status: string | null;
  colour: string | null;
  submittedFrom: Date | null;
  /** Exclusive: the start of the day after the last one asked for. */
  submittedBefore: Date | null;
  terms: readonly (readonly string[])[];
}

/** The orders of the grouped sorts, from the names in the officer's language. */
export interface ListRanks {
  /** Visible e-service ids in name order. */
  eServices: readonly string[];
  /** Status keys in name order: every key of the visible e-services' sets and every status cases have. */
  statuses: readonly string[];
  /** Staff ids in the order of the name shown (name or user name). */
  officers: readonly string[];
}

export interface VisibleEServices {
  full: readonly string[];
  restricted: readonly string[];
}

const NIL = '00000000-0000-0000-0000-000000000000';

/** The e-services whose cases the list may show, after the e-service filter. */
export function visibleEServices(scope: OfficerScope, eServiceId: string | null): VisibleEServices {
  const full: string[] = [];
  const restricted: string[] = [];
  for (const [id, v] of scope.eServices) {
    if (eServiceId && id !== eServiceId) continue;
    (scope.isAdmin || !v.restricted ? full : restricted).push(id);
  }
  return { full, restricted };
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function tabCondition(tab: CaseListTab, c: ListConditions): RawBuilder<boolean> | null {
  switch (tab) {
    case 'all':
      return null;
    case 'unassigned':
      return sql<boolean>`c.closed_at IS NULL AND c.officer_ids = '{}'`;
    case 'in_progress':
      return sql<boolean>`c.closed_at IS NULL AND c.officer_ids <> '{}'`;
    case 'overdue':
      return sql<boolean>`c.closed_at IS NULL AND c.due_at < now()`;
    case 'mine':
      return sql<boolean>`c.officer_ids @> ARRAY[${c.userId}]::uuid[]`;
    case 'flagged':
      return sql<boolean>`c.id IN (SELECT f.case_id FROM case_flag f WHERE f.user_id = ${c.userId} AND f.municipality_id = ${c.municipalityId})`;
  }
}

/** Filters and search, without the tab. */
function filterConditions(c: ListConditions): RawBuilder<boolean>[] {
  const out: RawBuilder<boolean>[] = [];
  if (c.versionId) out.push(sql<boolean>`c.version_id = ${c.versionId}`);
  if (c.status) out.push(sql<boolean>`c.status = ${c.status}`);
  if (c.colour) out.push(sql<boolean>`c.colour = ${c.colour}`);
  if (c.submittedFrom) out.push(sql<boolean>`c.submitted_at >= ${c.submittedFrom}`);
  if (c.submittedBefore) out.push(sql<boolean>`c.submitted_at < ${c.submittedBefore}`);
  for (const alternatives of c.terms) {
    const any = alternatives.map((a) => sql<boolean>`c.search_text ILIKE ${`%${likeEscape(a)}%`}`);
    out.push(sql<boolean>`(${sql.join(any, sql` OR `)})`);
  }
  return out;
}

function and(parts: readonly (RawBuilder<boolean> | null)[]): RawBuilder<boolean> {
  const present = parts.filter((p): p is RawBuilder<boolean> => p !== null);
  return present.length === 0 ? sql<boolean>`true` : sql<boolean>`${sql.join(present, sql` AND `)}`;
}

const mine = (c: ListConditions) => sql<boolean>`c.officer_ids @> ARRAY[${c.userId}]::uuid[]`;

/** Visible to the officer, as one condition (for the plans that do not walk e-services). */
function visibleCondition(v: VisibleEServices, c: ListConditions): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [];
  if (v.full.length) parts.push(sql<boolean>`c.e_service_id = ANY(${[...v.full]}::uuid[])`);
  if (v.restricted.length)
    parts.push(sql<boolean>`(c.e_service_id = ANY(${[...v.restricted]}::uuid[]) AND ${mine(c)})`);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` OR `)})` : sql<boolean>`false`;
}

export interface ListOrder {
  sort: CaseListQuery['sort'];
  dir: 'asc' | 'desc';
}

/** Columns the page shows; the list reads ids first and these for the 50 rows only. */
const ROW_COLUMNS = sql`c.id, c.case_number, c.e_service_id, c.version_id, c.status, c.summary,
  c.submitter_name, c.concerns_name, c.concerns_personal_number, c.submitter_personal_number,
  c.submitted_at, c.updated_at, c.due_at, c.closed_at, c.colour, c.officer_ids, c.row_version,
  c.external_case_number`;

export interface CaseListDbRow {
  id: string;
  case_number: string;
  e_service_id: string;
  version_id: string;
  status: string;
  summary: Record<string, string>;
  submitter_name: string | null;
  concerns_name: string | null;
  concerns_personal_number: string | null;
  submitter_personal_number: string | null;
  submitted_at: Date;
  updated_at: Date;
  due_at: Date | null;
  closed_at: Date | null;
  colour: string | null;
  officer_ids: string[];
  row_version: number;
  external_case_number: string | null;
}

/** The sort key inside one group (after the group's rank), on the alias given. */
function innerKey(o: ListOrder, alias: string): RawBuilder<unknown> {
  const d = sql.raw(o.dir === 'asc' ? 'ASC' : 'DESC');
  const a = sql.raw(alias);
  switch (o.sort) {
    case 'updated':
      return sql`${a}.updated_at ${d}, ${a}.id ${d}`;
    case 'case_number':
      return sql`${a}.case_number ${d}, ${a}.id ${d}`;
    case 'submitted':
      return sql`${a}.submitted_at ${d}, ${a}.id ${d}`;
    default:
      // Within one e-service, status or officer: newest first.
      return sql`${a}.submitted_at DESC, ${a}.id DESC`;
  }
}

const KEY_COLUMNS = sql`c.id, c.submitted_at, c.updated_at, c.case_number`;

function ranked(ids: readonly string[], dir: 'asc' | 'desc'): string[] {
  return dir === 'asc' ? [...ids] : [...ids].reverse();
}

function rankOf(ids: readonly string[], order: readonly string[]): number[] {
  return ids.map((id) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  });
}

/**
 * Each group's first `perGroup` keys in order, with the group's rank: every
 * row up to the page's end may come from one group, so no group is read
 * further than that.
 */
function walkSql(
  v: VisibleEServices,
  c: ListConditions,
  o: ListOrder,
  ranks: ListRanks,
  perGroup: number,
): RawBuilder<unknown> {
  const where = and([tabCondition(c.tab, c), ...filterConditions(c)]);
  const key = innerKey(o, 'c');
  if (o.sort === 'officers') {
    const order = ranked([NIL, ...ranks.officers], o.dir);
    return sql`
      SELECT g.ord, k.* FROM unnest(${order}::uuid[], ${order.map((_, i) => i)}::int[]) AS g(officer, ord)
      CROSS JOIN LATERAL (
        SELECT ${KEY_COLUMNS} FROM "case" c
        WHERE c.municipality_id = ${c.municipalityId}
          AND coalesce(c.officer_ids[1], ${NIL}::uuid) = g.officer
          AND ${visibleCondition(v, c)} AND ${where}
        ORDER BY ${key} LIMIT ${perGroup}
      ) k`;
  }
  // A restricted e-service is walked like the others with "assigned to me"
  // added; the planner then reads its index in order when the officer has
  // many of its cases, or starts from the officer_ids index when few.
  const walk = (eIds: readonly string[], extra: RawBuilder<boolean> | null): RawBuilder<unknown> => {
    const cond = and([extra, where]);
    if (o.sort === 'status') {
      // One group per (e-service, status): ranks.statuses holds every status present.
      const statuses = ranked(ranks.statuses, o.dir);
      const gE = eIds.flatMap((e) => statuses.map(() => e));
      const gS = eIds.flatMap(() => statuses);
      const gO = eIds.flatMap(() => statuses.map((_, i) => i));
      return sql`
        SELECT g.ord, k.* FROM unnest(${gE}::uuid[], ${gS}::text[], ${gO}::int[]) AS g(e, status, ord)
        CROSS JOIN LATERAL (
          SELECT ${KEY_COLUMNS} FROM "case" c
          WHERE c.municipality_id = ${c.municipalityId} AND c.e_service_id = g.e AND c.status = g.status
            AND ${cond}
          ORDER BY ${key} LIMIT ${perGroup}
        ) k`;
    }
    const ords = o.sort === 'e_service' ? rankOf(eIds, ranked(ranks.eServices, o.dir)) : eIds.map(() => 0);
    return sql`
      SELECT g.ord, k.* FROM unnest(${[...eIds]}::uuid[], ${ords}::int[]) AS g(e, ord)
      CROSS JOIN LATERAL (
        SELECT ${KEY_COLUMNS} FROM "case" c
        WHERE c.municipality_id = ${c.municipalityId} AND c.e_service_id = g.e AND ${cond}
        ORDER BY ${key} LIMIT ${perGroup}
      ) k`;
  };
  const parts: RawBuilder<unknown>[] = [];
  if (v.full.length > 0) parts.push(walk(v.full, null));
  if (v.restricted.length > 0) parts.push(walk(v.restricted, mine(c)));
  return sql.join(parts, sql` UNION ALL `);
}

/** The group rank as an expression, for the plans that sort what they found. */
function rankExpression(o: ListOrder, ranks: ListRanks): RawBuilder<number> | null {
  switch (o.sort) {
    case 'e_service':
      return sql<number>`coalesce(array_position(${ranked(ranks.eServices, o.dir)}::uuid[], c.e_service_id), 0)`;
    case 'status': {
      const order = ranked(ranks.statuses, o.dir);
      return sql<number>`coalesce(array_position(${order}::text[], c.status), ${order.length + 1})`;
    }
    case 'officers':
      return sql<number>`array_position(${ranked([NIL, ...ranks.officers], o.dir)}::uuid[], coalesce(c.officer_ids[1], ${NIL}::uuid))`;
    default:
      return null;
  }
}

/** Searching and "Flaggade" start from the few matching rows, not from an order. */
const startsFromMatches = (c: ListConditions) => c.terms.length > 0 || c.tab === 'flagged';

/** One page of the list: the rows in order. */
export function listSql(
  v: VisibleEServices,
  c: ListConditions,
  o: ListOrder,
  ranks: ListRanks,
  page: number,
): RawBuilder<CaseListDbRow> {
  const offset = (page - 1) * PAGE_SIZE;
  if (startsFromMatches(c)) {
    return sql<CaseListDbRow>`
      SELECT ${ROW_COLUMNS} FROM "case" c
      WHERE c.municipality_id = ${c.municipalityId} AND ${visibleCondition(v, c)}
        AND ${and([tabCondition(c.tab, c), ...filterConditions(c)])}
      ORDER BY ${sql.join([rankExpression(o, ranks), innerKey(o, 'c')].filter((x) => x !== null))}
      LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  }
  if (v.full.length === 0 && v.restricted.length === 0) {
    return sql<CaseListDbRow>`SELECT ${ROW_COLUMNS} FROM "case" c WHERE false`;
  }
  return sql<CaseListDbRow>`
    SELECT ${ROW_COLUMNS} FROM (
      SELECT k.* FROM (${walkSql(v, c, o, ranks, offset + PAGE_SIZE)}) k
      ORDER BY k.ord, ${innerKey(o, 'k')} LIMIT ${PAGE_SIZE} OFFSET ${offset}
    ) p JOIN "case" c ON c.id = p.id
    ORDER BY p.ord, ${innerKey(o, 'p')}`;
}

/** How many rows a tab has, up to COUNT_CAP + 1, by walking each e-service's index. */
function countOne(v: VisibleEServices, c: ListConditions): RawBuilder<number> {
  const cap = COUNT_CAP + 1;
  const where = and([tabCondition(c.tab, c), ...filterConditions(c)]);
  if (c.tab === 'flagged') {
    return sql<number>`(SELECT count(*) FROM (
      SELECT 1 FROM "case" c WHERE c.municipality_id = ${c.municipalityId} AND ${visibleCondition(v, c)} AND ${where}
      LIMIT ${cap}) x)`;
  }
  const walk = (eIds: readonly string[], extra: RawBuilder<boolean> | null) =>
    sql`SELECT 1 FROM unnest(${[...eIds]}::uuid[]) AS g(e) CROSS JOIN LATERAL (
      SELECT 1 FROM "case" c WHERE c.municipality_id = ${c.municipalityId} AND c.e_service_id = g.e
        AND ${and([extra, where])}
      LIMIT ${cap}) k`;
  const parts: RawBuilder<unknown>[] = [];
  if (v.full.length > 0) parts.push(walk(v.full, null));
  if (v.restricted.length > 0) parts.push(walk(v.restricted, mine(c)));
  if (parts.length === 0) return sql<number>`0`;
  return sql<number>`(SELECT count(*) FROM (SELECT 1 FROM (${sql.join(parts, sql` UNION ALL `)}) u LIMIT ${cap}) x)`;
}

/**
 * Every tab's count (capped) in one statement, for the same filters and
 * search. `partial` is true when a search matched more than COUNT_CAP rows:
 * then only the count of Alla means anything ("10 000+").
 */
export function tabCountsSql(
  v: VisibleEServices,
  c: ListConditions,
): RawBuilder<Record<CaseListTab, number> & { partial: boolean }> {
  if (c.terms.length > 0) {
    // A search finds its rows through the trigram index; one pass over them
    // (at most COUNT_CAP + 1) counts every tab, instead of six searches.
    const cols = CASE_LIST_TABS.map(
      (tab) => sql`count(*) FILTER (WHERE ${tabCondition(tab, c) ?? sql`true`}) AS ${sql.id(tab)}`,
    );
    return sql`
      SELECT ${sql.join(cols)}, count(*) > ${COUNT_CAP} AS partial FROM (
        SELECT c.id, c.closed_at, c.officer_ids, c.due_at FROM "case" c
        WHERE c.municipality_id = ${c.municipalityId} AND ${visibleCondition(v, c)} AND ${and(filterConditions(c))}
        LIMIT ${COUNT_CAP + 1}
      ) c`;
  }
  const cols = CASE_LIST_TABS.map((tab) => sql`${countOne(v, { ...c, tab })} AS ${sql.id(tab)}`);
  return sql`SELECT ${sql.join(cols)}, false AS partial`;
}
