import type { Transaction, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CaseTable, DB } from '../../db/schema.ts';
import type { OfficerScope } from '../../domain/cases/officer-scope.ts';
import type { StaffPrincipal } from '../../domain/staff/roles.ts';
import type { CaseActor } from '../cases/case-history.ts';
import { caseSearchText } from '../cases/search-text.ts';
import { caseForOfficer, type OfficerCase } from './officer-access.ts';

/** The officer acting: who they are and what they may see. */
export interface OfficerActor {
  scope: OfficerScope;
  principal: StaffPrincipal;
}

/** Why an action changed nothing. */
export type Refused<Code extends string = never> =
  /** The case does not exist or this officer may not see it (the page answers 404). */
  | { ok: false; reason: 'notFound' }
  /** Someone changed the case after the form was shown: nothing was written. */
  | { ok: false; reason: 'conflict' }
  | { ok: false; reason: 'invalid'; code: Code };

/** An action that went through; rowVersion is the case's version after it. */
export type Done<Extra extends object = object> = { ok: true; rowVersion: number } & Extra;

export const staffActor = (a: OfficerActor): CaseActor => ({
  kind: 'staff',
  id: a.principal.id,
  name: a.principal.name,
});

/** Whether the actor sees only the cases assigned to them on this e-service. */
export const actorRestricted = (a: OfficerActor, eServiceId: string): boolean =>
  !a.scope.isAdmin && a.scope.eServices.get(eServiceId)?.restricted === true;

/** A row_version as posted: a positive whole number, or null when missing or tampered with. */
export function parseRowVersion(v: unknown): number | null {
  return typeof v === 'string' && /^[1-9]\d{0,8}$/.test(v) ? Number(v) : null;
}

/**
 * The case through the staff gate, and the version the form was rendered
 * with checked against it. A missing or stale version is a conflict: the
 * officer decided on something that is no longer what is there.
 */
export async function caseAtVersion(
  db: Db,
  actor: OfficerActor,
  caseId: string,
  rowVersion: number | null,
): Promise<{ ok: true; c: OfficerCase } | Refused> {
  const c = await caseForOfficer(db, actor.scope, caseId);
  if (!c) return { ok: false, reason: 'notFound' };
  if (rowVersion === null || c.row_version !== rowVersion) return { ok: false, reason: 'conflict' };
  return { ok: true, c };
}

class VersionConflict extends Error {}

/**
 * One versioned change: `UPDATE case … WHERE id = ? AND row_version = ?`
 * bumps the version and updated_at, then `rest` writes the history event and
 * anything else in the same transaction. Zero rows updated (another officer
 * got there first; the row lock makes the second wait and then miss) rolls
 * everything back and answers conflict.
 */
export async function versionedChange(
  db: Db,
  c: Pick<OfficerCase, 'id' | 'municipality_id'>,
  expected: number,
  set: Updateable<CaseTable>,
  rest: (trx: Transaction<DB>, rowVersion: number) => Promise<void>,
): Promise<Done | Refused> {
  try {
    const rowVersion = await db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('case')
        .set((eb) => ({ ...set, row_version: eb('row_version', '+', 1), updated_at: new Date() }))
        .where('id', '=', c.id)
        .where('municipality_id', '=', c.municipality_id)
        .where('row_version', '=', expected)
        .returning('row_version')
        .executeTakeFirst();
      if (!r) throw new VersionConflict();
      await rest(trx, r.row_version);
      return r.row_version;
    });
    return { ok: true, rowVersion };
  } catch (err) {
    if (err instanceof VersionConflict) return { ok: false, reason: 'conflict' };
    throw err;
  }
}

/** The search column again, after something it holds changed (external number, summary answers). */
export function searchTextFor(c: {
  case_number: string;
  submitter_personal_number: string | null;
  concerns_personal_number: string | null;
  submitter_name: string | null;
  concerns_name: string | null;
  external_case_number: string | null;
  summary: Readonly<Record<string, string>>;
}): string {
  const main = caseSearchText({
    personalNumber: c.concerns_personal_number ?? c.submitter_personal_number,
    names: [c.concerns_name, c.submitter_name !== c.concerns_name ? c.submitter_name : null],
    externalCaseNumber: c.external_case_number,
    summary: c.summary,
  });
  const submitter =
    c.submitter_personal_number && c.submitter_personal_number !== c.concerns_personal_number
      ? ` ${caseSearchText({ personalNumber: c.submitter_personal_number })}`
      : '';
  return `${c.case_number} ${main}${submitter}`.toLowerCase();
}
