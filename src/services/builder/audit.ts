/**
 * The builder's audit trail: who changed what in an e-service and when
 * (issue 7, item 8). Every change is an `audit_event` with the e-service id as
 * subject and an action `eservice.*`; the actor's name is kept in the details
 * so history still reads after the person has left.
 */
import type { Db } from '../../db/database.ts';
import { writeAudit } from '../audit.ts';

export interface BuilderActor {
  /** The staff user's id. */
  id: string;
  name: string;
}

export interface BuilderChange {
  at: Date;
  actorId: string;
  actorName: string;
  /** E.g. `eservice.version.published`. */
  action: string;
  details: Record<string, unknown>;
}

export function auditBuilderChange(
  db: Db,
  municipalityId: string,
  eServiceId: string,
  actor: BuilderActor,
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  return writeAudit(db, {
    municipalityId,
    actor: actor.id,
    action,
    subject: eServiceId,
    details: { ...details, actorName: actor.name },
  });
}

/** The e-service's changes, newest first. */
export async function builderHistory(
  db: Db,
  municipalityId: string,
  eServiceId: string,
  limit = 200,
): Promise<BuilderChange[]> {
  const rows = await db
    .selectFrom('audit_event')
    .select(['actor', 'action', 'details', 'occurred_at'])
    .where('municipality_id', '=', municipalityId)
    .where('subject', '=', eServiceId)
    .where('action', 'like', 'eservice.%')
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const { actorName, ...details } = r.details;
    return {
      at: r.occurred_at,
      actorId: r.actor,
      actorName: typeof actorName === 'string' ? actorName : r.actor,
      action: r.action,
      details,
    };
  });
}
