import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import {
  CASE_LIST_TABS,
  type CaseListQuery,
  type CaseListTab,
  COUNT_CAP,
} from '../../domain/cases/case-list-query.ts';
import type { OfficerScope } from '../../domain/cases/officer-scope.ts';
import type { CaseStatus } from '../../domain/cases/statuses.ts';
import type { ColourLabel } from '../../domain/cases/transitions.ts';
import type { LangText } from '../../domain/forms/definition.ts';
import { textIn } from '../../domain/forms/localize.ts';
import { definitionOf } from '../eservices/definitions-cache.ts';
import { createBulkActions } from './bulk-actions.ts';
import { bulkOptions } from './bulk-options.ts';
import type { Selected } from './bulk-selection.ts';
import type { OfficerActor } from './case-actions-core.ts';
import { stockholmDayStart } from './case-list-day.ts';
import {
  type CaseListDbRow,
  type ListConditions,
  type ListRanks,
  listSql,
  tabCountsSql,
  visibleEServices,
} from './case-list-sql.ts';
import { parseColourLabels, parseStatusSet } from './case-view-settings.ts';
import { loadStaffSettings, type StaffSettings, saveStaffSettings } from './staff-settings.ts';

/**
 * A capped count: `capped` means more than `count` ("10 000+"); null when it
 * is not known (a search that matched more than the cap, for the tabs other
 * than Alla).
 */
export interface Counted {
  count: number | null;
  capped: boolean;
}

export interface ListEService {
  id: string;
  name: LangText;
  versions: { id: string; number: number }[];
  statusSet: readonly CaseStatus[];
  colourLabels: readonly ColourLabel[];
  summaryKeys: readonly string[];
}

export interface ListStaff {
  id: string;
  name: string;
  username: string;
}

/** What the filters and columns offer: the e-services the officer sees, and the municipality's staff. */
export interface CaseListFacets {
  eServices: ListEService[];
  staff: ListStaff[];
}

/** How officers are shown (a personal setting). */
export type OfficerLabel = 'name' | 'username';

function conditions(scope: OfficerScope, q: CaseListQuery): ListConditions {
  return {
    municipalityId: scope.municipalityId,
    userId: scope.userId,
    tab: q.tab,
    versionId: q.versionId,
    status: q.status,
    colour: q.colour,
    submittedFrom: q.submittedFrom ? stockholmDayStart(q.submittedFrom, 0) : null,
    submittedBefore: q.submittedTo ? stockholmDayStart(q.submittedTo, 1) : null,
    terms: q.terms,
  };
}

/** The orders of the grouped sorts, by the names the officer sees. */
export function listRanks(facets: CaseListFacets, lang: string, officerLabel: OfficerLabel): ListRanks {
  const byText = <T>(items: readonly T[], text: (t: T) => string) =>
    [...items].sort((a, b) => text(a).localeCompare(text(b), lang));
  const statusNames = new Map<string, string>();
  for (const e of facets.eServices) {
    for (const s of e.statusSet) if (!statusNames.has(s.key)) statusNames.set(s.key, textIn(s.name, lang));
  }
  return {
    eServices: byText(facets.eServices, (e) => textIn(e.name, lang)).map((e) => e.id),
    statuses: byText([...statusNames], ([, name]) => name).map(([key]) => key),
    officers: byText(facets.staff, (s) => (officerLabel === 'name' ? s.name : s.username)).map((s) => s.id),
  };
}

/**
 * The officers' case list: one page of rows, the tab counts, what the
 * filters offer, the bulk actions on checked cases and the officer's list
 * settings.
 */
export function createCaseListService(db: Db) {
  async function facets(scope: OfficerScope): Promise<CaseListFacets> {
    const ids = [...scope.eServices.keys()];
    const [eRows, versions, staff] = await Promise.all([
      ids.length
        ? db
            .selectFrom('e_service')
            .select(['id', 'name', 'status_set', 'colour_labels', 'summary_keys'])
            .where('municipality_id', '=', scope.municipalityId)
            .where('id', 'in', ids)
            .execute()
        : [],
      ids.length
        ? db
            .selectFrom('e_service_version')
            .select(['id', 'e_service_id', 'number'])
            .where('municipality_id', '=', scope.municipalityId)
            .where('e_service_id', 'in', ids)
            .where('status', '<>', 'draft')
            .orderBy('number')
            .execute()
        : [],
      db
        .selectFrom('staff_user')
        .select(['id', 'name', 'username'])
        .where('municipality_id', '=', scope.municipalityId)
        .execute(),
    ]);
    return {
      eServices: eRows.map((e) => ({
        id: e.id,
        name: e.name,
        versions: versions
          .filter((v) => v.e_service_id === e.id)
          .map((v) => ({ id: v.id, number: v.number })),
        statusSet: parseStatusSet(e.status_set),
        colourLabels: parseColourLabels(e.colour_labels),
        summaryKeys: e.summary_keys,
      })),
      staff,
    };
  }

  /**
   * Every status the cases of these e-services have, one index probe per
   * status (a loose index scan of case_list_status): a case may keep a status
   * its e-service's set no longer has, and sorting by status must show it.
   */
  async function presentStatuses(municipalityId: string, eServiceIds: readonly string[]): Promise<string[]> {
    if (eServiceIds.length === 0) return [];
    const r = await sql<{ status: string }>`
      WITH RECURSIVE s(e, status) AS (
        SELECT g.e, (SELECT min(c.status) FROM "case" c WHERE c.municipality_id = ${municipalityId} AND c.e_service_id = g.e)
        FROM unnest(${[...eServiceIds]}::uuid[]) AS g(e)
        UNION ALL
        SELECT s.e, (SELECT min(c.status) FROM "case" c
                     WHERE c.municipality_id = ${municipalityId} AND c.e_service_id = s.e AND c.status > s.status)
        FROM s WHERE s.status IS NOT NULL
      )
      SELECT DISTINCT status FROM s WHERE status IS NOT NULL ORDER BY status`.execute(db);
    return r.rows.map((x) => x.status);
  }

  /** One page of rows, in the order asked for. */
  async function rows(scope: OfficerScope, q: CaseListQuery, given: ListRanks): Promise<CaseListDbRow[]> {
    const v = visibleEServices(scope, q.eServiceId);
    let ranks = given;
    if (q.sort === 'status') {
      const present = await presentStatuses(scope.municipalityId, [...v.full, ...v.restricted]);
      ranks = {
        ...given,
        statuses: [...given.statuses, ...present.filter((s) => !given.statuses.includes(s))],
      };
    }
    const r = await listSql(v, conditions(scope, q), { sort: q.sort, dir: q.dir }, ranks, q.page).execute(db);
    return r.rows;
  }

  /** Every tab's count under the same filters and search, each capped at COUNT_CAP. */
  async function counts(scope: OfficerScope, q: CaseListQuery): Promise<Record<CaseListTab, Counted>> {
    const v = visibleEServices(scope, q.eServiceId);
    const r = await tabCountsSql(v, conditions(scope, q)).execute(db);
    const row = r.rows[0];
    const out = {} as Record<CaseListTab, Counted>;
    for (const tab of CASE_LIST_TABS) {
      const n = Number(row?.[tab] ?? 0);
      // A search with more than COUNT_CAP matches counted only some of them:
      // the other tabs' numbers would be guesses, so they have none.
      out[tab] =
        row?.partial && tab !== 'all'
          ? { count: null, capped: false }
          : { count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
    }
    return out;
  }

  /** Labels of the summary fields of the versions on a page, by version and key, in `lang`. */
  async function summaryLabels(
    municipalityId: string,
    versionIds: readonly string[],
    lang: string,
  ): Promise<Map<string, Map<string, string>>> {
    const out = new Map<string, Map<string, string>>();
    if (versionIds.length === 0) return out;
    const versions = await db
      .selectFrom('e_service_version')
      .select(['id', 'status', 'definition'])
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', [...new Set(versionIds)])
      .execute();
    for (const v of versions) {
      const labels = new Map<string, string>();
      for (const step of definitionOf(v.id, v.status, v.definition).steps) {
        for (const q of step.questions) {
          if ('summary' in q && q.summary && 'label' in q) labels.set(q.key, textIn(q.label, lang));
        }
      }
      out.set(v.id, labels);
    }
    return out;
  }

  return {
    facets,
    rows,
    counts,
    summaryLabels,
    bulk: createBulkActions(db),
    bulkOptions: (actor: OfficerActor, selected: readonly Selected[] | null) =>
      bulkOptions(db, actor, selected),
    settings: {
      load: (municipalityId: string, userId: string) => loadStaffSettings(db, municipalityId, userId),
      save: (municipalityId: string, userId: string, s: StaffSettings) =>
        saveStaffSettings(db, municipalityId, userId, s),
    },
  };
}

export type CaseListService = ReturnType<typeof createCaseListService>;
