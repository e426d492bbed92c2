import type { Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { canSeeCase, type OfficerScope } from '../../domain/cases/officer-scope.ts';

/**
 * The cases ticked in the case list. Each checkbox carries "id:rowVersion",
 * the version the list was shown with, so a bulk change made on a stale list
 * is refused like any other stale form. A selection is taken as a whole:
 * one malformed value, or one case the officer may not see (a tampered id,
 * another municipality's case), refuses all of it.
 */

export const MAX_SELECTION = 500;

export interface Selected {
  id: string;
  rowVersion: number;
}

const VALUE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):([1-9]\d{0,8})$/i;

/** The checkbox value for a case. */
export const selectionValue = (c: { id: string; row_version: number }) => `${c.id}:${c.row_version}`;

/** The posted `cases` values, or null when any is malformed, none is given or too many are. */
export function parseSelection(raw: unknown): Selected[] | null {
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (values.length === 0 || values.length > MAX_SELECTION) return null;
  const byId = new Map<string, Selected>();
  for (const v of values) {
    const m = typeof v === 'string' ? VALUE.exec(v.trim()) : null;
    if (!m) return null;
    const id = (m[1] as string).toLowerCase();
    const rowVersion = Number(m[2]);
    const prev = byId.get(id);
    if (prev && prev.rowVersion !== rowVersion) return null;
    byId.set(id, { id, rowVersion });
  }
  return [...byId.values()];
}

export interface BulkCase {
  id: string;
  case_number: string;
  municipality_id: string;
  e_service_id: string;
  version_id: string;
  status: string;
  colour: string | null;
  closed_at: Date | null;
  officer_ids: string[];
  row_version: number;
}

export type SelectionRefused =
  /** Malformed, empty or too large. */
  | { ok: false; reason: 'invalidSelection' }
  /** A case that does not exist or that this officer may not see: nothing is done. */
  | { ok: false; reason: 'notVisible' }
  /** Cases changed since the list was shown. */
  | { ok: false; reason: 'conflict'; caseNumbers: string[] };

/**
 * The selected cases, each visible to the officer and still at the version
 * the list showed. Inside a transaction the rows are locked (FOR UPDATE), so
 * what was checked is what the change is applied to.
 */
export async function loadSelection(
  db: Db | Transaction<DB>,
  scope: OfficerScope,
  selected: readonly Selected[] | null,
  opts: { lock: boolean },
): Promise<{ ok: true; cases: BulkCase[] } | SelectionRefused> {
  if (!selected || selected.length === 0) return { ok: false, reason: 'invalidSelection' };
  let q = db
    .selectFrom('case')
    .select([
      'id',
      'case_number',
      'municipality_id',
      'e_service_id',
      'version_id',
      'status',
      'colour',
      'closed_at',
      'officer_ids',
      'row_version',
    ])
    .where('municipality_id', '=', scope.municipalityId)
    .where(
      'id',
      'in',
      selected.map((s) => s.id),
    )
    .orderBy('case_number');
  if (opts.lock) q = q.forUpdate();
  const rows = await q.execute();
  if (rows.length !== selected.length) return { ok: false, reason: 'notVisible' };
  const visible = rows.every((c) =>
    canSeeCase(scope, {
      municipalityId: c.municipality_id,
      eServiceId: c.e_service_id,
      officerIds: c.officer_ids,
    }),
  );
  if (!visible) return { ok: false, reason: 'notVisible' };
  const expected = new Map(selected.map((s) => [s.id, s.rowVersion]));
  const stale = rows.filter((c) => expected.get(c.id) !== c.row_version).map((c) => c.case_number);
  if (stale.length > 0) return { ok: false, reason: 'conflict', caseNumbers: stale };
  return { ok: true, cases: rows };
}
