import type { Db } from '../../db/database.ts';
import type { EServiceInfo } from '../../domain/eservices/eservice.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import type { EServiceService } from '../eservices/eservices.ts';
import { actorRestricted, type OfficerActor } from './case-actions-core.ts';
import { type Handler, handlersOf } from './case-actions-officers.ts';
import { type CaseSettings, caseSettings } from './case-view-settings.ts';
import { caseForOfficer, type OfficerCase } from './officer-access.ts';

export interface OfficerCasePage {
  c: OfficerCase;
  eService: EServiceInfo;
  version: { id: string; number: number; definition: FormDefinition };
  settings: CaseSettings;
  /** The case's officers, first assigned first. */
  officers: { id: string; name: string; username: string }[];
  /** Who may be assigned: the e-service's handlers. */
  handlers: Handler[];
  /** The acting officer has flagged the case. */
  flagged: boolean;
  /** The acting officer sees only cases assigned to them on this e-service. */
  actorRestricted: boolean;
  /** The acting officer may take the case (a handler or an administrator, not yet on it). */
  mayTake: boolean;
  /** The newest history event: forms carry it, so a conflict can show what happened since. */
  lastEventId: number;
  /** The applicant's messages no officer has opened yet. */
  unreadMessages: number;
}

export interface CaseHistoryEntry {
  id: number;
  type: string;
  actorKind: 'resident' | 'staff' | 'system' | 'integration';
  actorName: string | null;
  details: Record<string, unknown>;
  occurredAt: Date;
}

export interface OfficerCaseFile {
  id: string;
  name: string;
  mime: string;
  size: number;
  /** Set for files attached to an answer of the application. */
  questionKey: string | null;
  uploadedByKind: 'resident' | 'staff' | 'system';
  uploadedByName: string | null;
  createdAt: Date;
}

type CaseRef = Pick<OfficerCase, 'id' | 'municipality_id'>;

/** Events that add to the case without changing what an officer's form decided on. */
const APPENDS = [
  'message_to_applicant',
  'message_from_applicant',
  'internal_note',
  'document_added',
  'flagged',
  'unflagged',
];

/** What the officer's case page reads. Every entry point goes through caseForOfficer. */
export function createCaseView(db: Db, eServices: EServiceService) {
  async function load(actor: OfficerActor, caseId: string): Promise<OfficerCasePage | undefined> {
    const c = await caseForOfficer(db, actor.scope, caseId);
    if (!c) return undefined;
    const m = c.municipality_id;
    const [eService, version, settings, handlers, officerRows, flag, last, unread] = await Promise.all([
      eServices.byId(m, c.e_service_id),
      eServices.version(m, c.version_id),
      caseSettings(db, m, c.e_service_id),
      handlersOf(db, m, c.e_service_id),
      db
        .selectFrom('case_officer as o')
        .innerJoin('staff_user as u', 'u.id', 'o.user_id')
        .select(['u.id', 'u.name', 'u.username'])
        .where('o.case_id', '=', c.id)
        .orderBy('o.assigned_at')
        .orderBy('u.name')
        .execute(),
      db
        .selectFrom('case_flag')
        .select('user_id')
        .where('case_id', '=', c.id)
        .where('user_id', '=', actor.principal.id)
        .executeTakeFirst(),
      db
        .selectFrom('case_event')
        .select((eb) => eb.fn.max('id').as('id'))
        .where('case_id', '=', c.id)
        .executeTakeFirst(),
      db
        .selectFrom('case_message')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('case_id', '=', c.id)
        .where('direction', '=', 'from_applicant')
        .where('read_at', 'is', null)
        .executeTakeFirst(),
    ]);
    if (!eService || !version || !settings) return undefined;
    const me = actor.principal.id;
    return {
      c,
      eService,
      version: { id: version.id, number: version.number, definition: version.definition },
      settings,
      officers: officerRows,
      handlers,
      flagged: Boolean(flag),
      actorRestricted: actorRestricted(actor, c.e_service_id),
      mayTake: !c.officerIds.includes(me) && (actor.scope.isAdmin || handlers.some((h) => h.id === me)),
      lastEventId: Number(last?.id ?? 0),
      unreadMessages: Number(unread?.n ?? 0),
    };
  }

  /** Every event of the case, oldest first; with `afterEventId`, only the changes made after that event. */
  async function history(c: CaseRef, afterEventId?: number): Promise<CaseHistoryEntry[]> {
    let q = db
      .selectFrom('case_event')
      .select(['id', 'type', 'actor_kind', 'actor_name', 'details', 'occurred_at'])
      .where('municipality_id', '=', c.municipality_id)
      .where('case_id', '=', c.id);
    // What a conflict page lists: changes to the case, not additions to its threads.
    if (afterEventId !== undefined) q = q.where('id', '>', afterEventId).where('type', 'not in', APPENDS);
    const rows = await q.orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      actorKind: r.actor_kind,
      actorName: r.actor_name,
      details: r.details,
      occurredAt: r.occurred_at,
    }));
  }

  /** Both sides' files: attachments to answers, supplements and the officers' documents. */
  async function files(c: CaseRef): Promise<OfficerCaseFile[]> {
    const rows = await db
      .selectFrom('stored_file')
      .select([
        'id',
        'name',
        'mime',
        'size',
        'question_key',
        'uploaded_by_kind',
        'uploaded_by_name',
        'created_at',
      ])
      .where('municipality_id', '=', c.municipality_id)
      .where('case_id', '=', c.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      mime: r.mime,
      size: r.size,
      questionKey: r.question_key,
      uploadedByKind: r.uploaded_by_kind,
      uploadedByName: r.uploaded_by_name,
      createdAt: r.created_at,
    }));
  }

  return { load, history, files };
}
