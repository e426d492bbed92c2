import type { Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { checkColour, checkOfficerChange, checkStatusChange } from '../../domain/cases/transitions.ts';
import { appendCaseEvent } from '../cases/case-history.ts';
import { notifyStatusChanged } from '../notifications/enqueue-notifications.ts';
import { notifyCaseAssigned, notifyOfficersStatusChanged } from '../notifications/officer-notifications.ts';
import { type BulkCase, loadSelection, type Selected, type SelectionRefused } from './bulk-selection.ts';
import { actorRestricted, type OfficerActor, staffActor } from './case-actions-core.ts';
import { handlersOf } from './case-actions-officers.ts';
import { caseSettings } from './case-view-settings.ts';

/**
 * The case list's bulk actions. Each takes the whole selection or nothing:
 * in one transaction the selected rows are locked, checked (visible, still at
 * the version the list showed, the change allowed for every one of them),
 * and then every case that changes gets its row_version bumped and one
 * history event — the same events, with the same details, as the case page
 * writes, plus `bulk: true`. Cases that already are as asked are left alone
 * and reported as unchanged.
 */

export type BulkDone = { ok: true; changed: string[]; unchanged: string[] };

export interface VersionInSelection {
  eServiceId: string;
  versionId: string;
  number: number;
  /** How many of the selected cases are on this version. */
  count: number;
}

export type BulkRefused =
  | SelectionRefused
  /** Status changes need one e-service version; the selection has several. */
  | { ok: false; reason: 'mixedVersions'; versions: VersionInSelection[] }
  | {
      ok: false;
      reason: 'invalid';
      code: 'unknownStatus' | 'unknownColour' | 'notHandler' | 'confirmSelfRemoval';
    };

export type BulkResult = BulkDone | BulkRefused;

class Refusal extends Error {
  readonly result: BulkRefused;
  constructor(result: BulkRefused) {
    super(result.reason);
    this.result = result;
  }
}

type Change = (trx: Transaction<DB>, c: BulkCase, rowVersion: number) => Promise<void>;

/** Bumps the version of one locked case and writes what changes with it. */
async function bump(
  trx: Transaction<DB>,
  c: BulkCase,
  set: { status?: string; closed_at?: Date | null; colour?: string | null },
): Promise<number> {
  const r = await trx
    .updateTable('case')
    .set((eb) => ({ ...set, row_version: eb('row_version', '+', 1), updated_at: new Date() }))
    .where('id', '=', c.id)
    .where('municipality_id', '=', c.municipality_id)
    .where('row_version', '=', c.row_version)
    .returning('row_version')
    .executeTakeFirstOrThrow();
  return r.row_version;
}

export function createBulkActions(db: Db) {
  /**
   * Runs `plan` over the locked selection: it returns, per case, the change
   * to make (or null for "already so"), or throws a Refusal. Everything is
   * read through `trx` (PGlite has one connection: a read outside the
   * transaction would wait for it forever).
   */
  async function run(
    actor: OfficerActor,
    selected: readonly Selected[] | null,
    plan: (cases: BulkCase[], trx: Transaction<DB>) => Promise<Map<string, Change | null>>,
  ): Promise<BulkResult> {
    try {
      return await db.transaction().execute(async (trx) => {
        const loaded = await loadSelection(trx, actor.scope, selected, { lock: true });
        if (!loaded.ok) throw new Refusal(loaded);
        const changes = await plan(loaded.cases, trx);
        const changed: string[] = [];
        const unchanged: string[] = [];
        for (const c of loaded.cases) {
          const change = changes.get(c.id);
          if (!change) {
            unchanged.push(c.case_number);
            continue;
          }
          await change(trx, c, c.row_version + 1);
          changed.push(c.case_number);
        }
        return { ok: true as const, changed, unchanged };
      });
    } catch (err) {
      if (err instanceof Refusal) return err.result;
      throw err;
    }
  }

  const event = (trx: Transaction<DB>, actor: OfficerActor, c: BulkCase, type: string, details: object) =>
    appendCaseEvent(trx, {
      municipalityId: c.municipality_id,
      caseId: c.id,
      type,
      actor: staffActor(actor),
      details: { ...details, bulk: true },
    });

  /** "Ta ärendena": the acting officer is added to every selected case they do not already handle. */
  function take(actor: OfficerActor, selected: readonly Selected[] | null): Promise<BulkResult> {
    const me = actor.principal.id;
    return run(actor, selected, async (cases) => {
      const out = new Map<string, Change | null>();
      for (const c of cases) {
        if (!actor.scope.isAdmin && !actor.scope.eServices.has(c.e_service_id))
          throw new Refusal({ ok: false, reason: 'invalid', code: 'notHandler' });
        if (c.officer_ids.includes(me)) {
          out.set(c.id, null);
          continue;
        }
        out.set(c.id, async (trx, c) => {
          const rowVersion = await bump(trx, c, {});
          await trx
            .insertInto('case_officer')
            .values({ case_id: c.id, user_id: me, municipality_id: c.municipality_id })
            .execute();
          await event(trx, actor, c, 'case_taken', {
            officerId: me,
            officerName: actor.principal.name,
            rowVersion,
          });
        });
      }
      return out;
    });
  }

  /** Every selected case gets exactly these officers; each one added must handle that case's e-service. */
  function setOfficers(
    actor: OfficerActor,
    selected: readonly Selected[] | null,
    officerIds: readonly string[],
    confirmSelfRemoval: boolean,
  ): Promise<BulkResult> {
    return run(actor, selected, async (cases, trx) => {
      const handlers = new Map<string, Awaited<ReturnType<typeof handlersOf>>>();
      for (const e of new Set(cases.map((c) => c.e_service_id))) {
        handlers.set(e, await handlersOf(trx, actor.scope.municipalityId, e));
      }
      const names = new Map([...handlers.values()].flat().map((h) => [h.id, h.name]));
      const out = new Map<string, Change | null>();
      for (const c of cases) {
        const verdict = checkOfficerChange({
          current: c.officer_ids,
          next: officerIds,
          handlers: new Set((handlers.get(c.e_service_id) ?? []).map((h) => h.id)),
          actorId: actor.principal.id,
          actorRestricted: actorRestricted(actor, c.e_service_id),
          confirmed: confirmSelfRemoval,
        });
        if (!verdict.ok) throw new Refusal({ ok: false, reason: 'invalid', code: verdict.reason });
        if (verdict.added.length === 0 && verdict.removed.length === 0) {
          out.set(c.id, null);
          continue;
        }
        const person = (id: string) => ({ id, name: names.get(id) ?? '' });
        out.set(c.id, async (trx, c) => {
          const rowVersion = await bump(trx, c, {});
          if (verdict.removed.length > 0) {
            await trx
              .deleteFrom('case_officer')
              .where('case_id', '=', c.id)
              .where('user_id', 'in', verdict.removed)
              .execute();
          }
          if (verdict.added.length > 0) {
            await trx
              .insertInto('case_officer')
              .values(
                verdict.added.map((user_id) => ({
                  case_id: c.id,
                  user_id,
                  municipality_id: c.municipality_id,
                })),
              )
              .execute();
          }
          await event(trx, actor, c, 'officers_changed', {
            added: verdict.added.map(person),
            removed: verdict.removed.map(person),
            rowVersion,
          });
          // Issue 6: as on the case page, those given the case are told.
          await notifyCaseAssigned(trx, {
            municipalityId: c.municipality_id,
            caseId: c.id,
            userIds: verdict.added,
            actorId: actor.principal.id,
            rowVersion,
          });
        });
      }
      return out;
    });
  }

  /** A colour label (null clears it) that every selected case's e-service offers. */
  function setColour(actor: OfficerActor, selected: readonly Selected[] | null, colour: string | null) {
    return run(actor, selected, async (cases, trx) => {
      const out = new Map<string, Change | null>();
      for (const c of cases) {
        const settings = await caseSettings(trx, c.municipality_id, c.e_service_id);
        const verdict = checkColour(settings?.colourLabels ?? [], colour);
        if (!verdict.ok) throw new Refusal({ ok: false, reason: 'invalid', code: 'unknownColour' });
        if (c.colour === verdict.colour) {
          out.set(c.id, null);
          continue;
        }
        out.set(c.id, async (trx, c) => {
          const rowVersion = await bump(trx, c, { colour: verdict.colour });
          await event(trx, actor, c, 'colour_changed', {
            colour: verdict.colour,
            previousColour: c.colour,
            rowVersion,
          });
        });
      }
      return out;
    });
  }

  /**
   * A new status for cases of one e-service version. `notifyApplicant: false`
   * is the officer's "Meddela inte de sökande", recorded in each event; the
   * applicants' and officers' notifications are queued as the case page does.
   */
  function changeStatus(
    actor: OfficerActor,
    selected: readonly Selected[] | null,
    status: string,
    notifyApplicant: boolean,
  ): Promise<BulkResult> {
    return run(actor, selected, async (cases, trx) => {
      const versions = await versionsIn(trx, cases);
      if (versions.length !== 1) throw new Refusal({ ok: false, reason: 'mixedVersions', versions });
      const first = cases[0] as BulkCase;
      const settings = await caseSettings(trx, first.municipality_id, first.e_service_id);
      const out = new Map<string, Change | null>();
      for (const c of cases) {
        const verdict = checkStatusChange(settings?.statusSet ?? [], c.status, status);
        if (!verdict.ok && verdict.reason === 'sameStatus') {
          out.set(c.id, null);
          continue;
        }
        if (!verdict.ok) throw new Refusal({ ok: false, reason: 'invalid', code: 'unknownStatus' });
        const closedAt =
          verdict.closedAt === 'set' ? new Date() : verdict.closedAt === 'clear' ? null : c.closed_at;
        out.set(c.id, async (trx, c) => {
          const rowVersion = await bump(trx, c, { status: verdict.status.key, closed_at: closedAt });
          await event(trx, actor, c, 'status_changed', {
            status: verdict.status.key,
            previousStatus: c.status,
            notifyApplicant,
            rowVersion,
          });
          // Issue 6: the same notifications as a status change on the case page.
          const told = {
            municipalityId: c.municipality_id,
            caseId: c.id,
            status: verdict.status.key,
            rowVersion,
          };
          if (notifyApplicant) await notifyStatusChanged(trx, { ...told, closed: verdict.status.closed });
          await notifyOfficersStatusChanged(trx, { ...told, actorId: actor.principal.id });
        });
      }
      return out;
    });
  }

  return { take, setOfficers, setColour, changeStatus };
}

/** The e-service versions of the cases, with how many cases each has. */
export async function versionsIn(
  db: Db | Transaction<DB>,
  cases: readonly BulkCase[],
): Promise<VersionInSelection[]> {
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.version_id, (counts.get(c.version_id) ?? 0) + 1);
  if (counts.size === 0) return [];
  const rows = await db
    .selectFrom('e_service_version')
    .select(['id', 'e_service_id', 'number'])
    .where('id', 'in', [...counts.keys()])
    .orderBy('e_service_id')
    .orderBy('number')
    .execute();
  return rows.map((v) => ({
    eServiceId: v.e_service_id,
    versionId: v.id,
    number: v.number,
    count: counts.get(v.id) ?? 0,
  }));
}

export type BulkActions = ReturnType<typeof createBulkActions>;
