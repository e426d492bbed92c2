import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

export type CaseActor =
  | { kind: 'resident'; id: string | null; name: string | null }
  | { kind: 'staff'; id: string; name: string }
  | { kind: 'system'; id?: null; name?: null }
  | { kind: 'integration'; id: string; name: string };

/** Every change to a case writes one of these, in the same transaction as the change. */
export async function appendCaseEvent(
  db: Kysely<DB> | Transaction<DB>,
  e: {
    municipalityId: string;
    caseId: string;
    type: string;
    actor: CaseActor;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await db
    .insertInto('case_event')
    .values({
      municipality_id: e.municipalityId,
      case_id: e.caseId,
      type: e.type,
      actor_kind: e.actor.kind,
      actor_id: e.actor.id ?? null,
      actor_name: e.actor.name ?? null,
      details: JSON.stringify(e.details ?? {}),
    })
    .execute();
}
