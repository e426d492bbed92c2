import type { Db } from '../../db/database.ts';
import { checkOfficerChange } from '../../domain/cases/transitions.ts';
import { appendCaseEvent } from '../cases/case-history.ts';
import { notifyCaseAssigned } from '../notifications/officer-notifications.ts';
import {
  actorRestricted,
  caseAtVersion,
  type Done,
  type OfficerActor,
  type Refused,
  staffActor,
  versionedChange,
} from './case-actions-core.ts';

export interface Handler {
  id: string;
  name: string;
  username: string;
  /** Sees only the cases assigned to them. */
  restricted: boolean;
}

/**
 * The active officers who handle an e-service, directly or through a group.
 * An unrestricted assignment by any route wins over a restricted one (as in
 * loadOfficerScope).
 */
export async function handlersOf(db: Db, municipalityId: string, eServiceId: string): Promise<Handler[]> {
  const rows = await db
    .selectFrom('e_service_officer as o')
    .leftJoin('officer_group_member as gm', 'gm.group_id', 'o.group_id')
    .innerJoin('staff_user as u', (j) =>
      j.on((eb) => eb.or([eb('u.id', '=', eb.ref('o.user_id')), eb('u.id', '=', eb.ref('gm.user_id'))])),
    )
    .select(['u.id', 'u.name', 'u.username', 'o.restricted'])
    .where('o.municipality_id', '=', municipalityId)
    .where('o.e_service_id', '=', eServiceId)
    .where('u.municipality_id', '=', municipalityId)
    .where('u.active', '=', true)
    .execute();
  const byId = new Map<string, Handler>();
  for (const r of rows) {
    const prev = byId.get(r.id);
    byId.set(r.id, {
      id: r.id,
      name: r.name,
      username: r.username,
      restricted: (prev?.restricted ?? true) && r.restricted,
    });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

async function namesOf(db: Db, municipalityId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('staff_user')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface OfficersInput {
  rowVersion: number | null;
  officerIds: readonly string[];
  /** The restricted officer confirmed taking themselves off the case. */
  confirmSelfRemoval: boolean;
}

export type OfficersCode = 'notHandler' | 'confirmSelfRemoval';

/** Changes who handles the case, and takes the case ("Ta ärendet"). */
export function createOfficerActions(db: Db) {
  /**
   * Sets the case's officers to exactly `officerIds`.
   * Event `officers_changed`: `{ added: {id,name}[], removed: {id,name}[], rowVersion }`.
   */
  async function setOfficers(
    actor: OfficerActor,
    caseId: string,
    input: OfficersInput,
  ): Promise<Done<{ stillVisible: boolean; caseNumber: string }> | Refused<OfficersCode>> {
    const at = await caseAtVersion(db, actor, caseId, input.rowVersion);
    if (!at.ok) return at;
    const { c } = at;
    const handlers = await handlersOf(db, c.municipality_id, c.e_service_id);
    const restricted = actorRestricted(actor, c.e_service_id);
    const verdict = checkOfficerChange({
      current: c.officerIds,
      next: input.officerIds,
      handlers: new Set(handlers.map((h) => h.id)),
      actorId: actor.principal.id,
      actorRestricted: restricted,
      confirmed: input.confirmSelfRemoval,
    });
    if (!verdict.ok) return { ok: false, reason: 'invalid', code: verdict.reason };
    if (verdict.added.length === 0 && verdict.removed.length === 0) {
      return { ok: true, rowVersion: c.row_version, stillVisible: true, caseNumber: c.case_number };
    }
    const names = await namesOf(db, c.municipality_id, [...verdict.added, ...verdict.removed]);
    const person = (id: string) => ({ id, name: names.get(id) ?? '' });
    const r = await versionedChange(db, c, c.row_version, {}, async (trx, rowVersion) => {
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
            verdict.added.map((user_id) => ({ case_id: c.id, user_id, municipality_id: c.municipality_id })),
          )
          .execute();
      }
      await appendCaseEvent(trx, {
        municipalityId: c.municipality_id,
        caseId: c.id,
        type: 'officers_changed',
        actor: staffActor(actor),
        details: { added: verdict.added.map(person), removed: verdict.removed.map(person), rowVersion },
      });
      // Issue 6: those given the case hear of it; the officer who gave it does not.
      await notifyCaseAssigned(trx, {
        municipalityId: c.municipality_id,
        caseId: c.id,
        userIds: verdict.added,
        actorId: actor.principal.id,
        rowVersion,
      });
    });
    if (!r.ok) return r;
    const stillVisible = !(restricted && verdict.removed.includes(actor.principal.id));
    return { ...r, stillVisible, caseNumber: c.case_number };
  }

  /**
   * The acting officer adds themselves to the case's officers. Only a
   * handler of the e-service (or an administrator) may.
   * Event `case_taken`: `{ officerId, officerName, rowVersion }`.
   */
  async function takeCase(
    actor: OfficerActor,
    caseId: string,
    rowVersion: number | null,
  ): Promise<Done | Refused<'notHandler' | 'alreadyOfficer'>> {
    const at = await caseAtVersion(db, actor, caseId, rowVersion);
    if (!at.ok) return at;
    const { c } = at;
    const me = actor.principal.id;
    if (c.officerIds.includes(me)) return { ok: false, reason: 'invalid', code: 'alreadyOfficer' };
    if (!actor.scope.isAdmin) {
      const handlers = await handlersOf(db, c.municipality_id, c.e_service_id);
      if (!handlers.some((h) => h.id === me)) return { ok: false, reason: 'invalid', code: 'notHandler' };
    }
    return versionedChange(db, c, c.row_version, {}, async (trx, newVersion) => {
      await trx
        .insertInto('case_officer')
        .values({ case_id: c.id, user_id: me, municipality_id: c.municipality_id })
        .execute();
      await appendCaseEvent(trx, {
        municipalityId: c.municipality_id,
        caseId: c.id,
        type: 'case_taken',
        actor: staffActor(actor),
        details: { officerId: me, officerName: actor.principal.name, rowVersion: newVersion },
      });
    });
  }

  return { setOfficers, takeCase, handlersOf: (m: string, e: string) => handlersOf(db, m, e) };
}
