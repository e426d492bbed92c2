import type { Db } from '../../db/database.ts';
import type { Answers } from '../../domain/forms/answers.ts';
import type { DraftOwner } from '../drafts/draft-owner.ts';
import { isUuid } from '../drafts/drafts.ts';
import { notifyMessageFromApplicant } from '../notifications/officer-notifications.ts';
import { markReadWithReceipts } from '../notifications/receipts.ts';
import { appendCaseEvent } from './case-history.ts';

export interface ResidentCaseListItem {
  id: string;
  caseNumber: string;
  eServiceId: string;
  status: string;
  submittedAt: Date;
  updatedAt: Date;
  closed: boolean;
  unreadMessages: number;
}

export interface ResidentCase {
  id: string;
  municipalityId: string;
  caseNumber: string;
  eServiceId: string;
  versionId: string;
  status: string;
  answers: Answers;
  lang: string;
  submitterName: string | null;
  submitterPersonalNumber: string | null;
  submittedAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  /** The back-office system's number, set by an officer; shown to the resident. */
  externalCaseNumber: string | null;
}

export interface CaseEventView {
  id: number;
  type: string;
  actorKind: string;
  actorName: string | null;
  details: Record<string, unknown>;
  occurredAt: Date;
}

export interface CaseMessageView {
  id: string;
  direction: 'to_applicant' | 'from_applicant';
  authorName: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
}

export interface CaseFileView {
  id: string;
  name: string;
  mime: string;
  size: number;
  questionKey: string | null;
  uploadedByKind: string;
  createdAt: Date;
}

/** The resident's view of their cases. Every read checks that the case is theirs. */
export function createResidentCaseService(db: Db) {
  async function list(municipalityId: string, personalNumber: string): Promise<ResidentCaseListItem[]> {
    const rows = await db
      .selectFrom('case as c')
      .select([
        'c.id',
        'c.case_number',
        'c.e_service_id',
        'c.status',
        'c.submitted_at',
        'c.updated_at',
        'c.closed_at',
      ])
      .select((eb) =>
        eb
          .selectFrom('case_message as m')
          .select((e2) => e2.fn.countAll<number>().as('n'))
          .whereRef('m.case_id', '=', 'c.id')
          .where('m.direction', '=', 'to_applicant')
          .where('m.read_at', 'is', null)
          .as('unread'),
      )
      .where('c.municipality_id', '=', municipalityId)
      .where((eb) =>
        eb.or([
          eb('c.concerns_personal_number', '=', personalNumber),
          eb('c.submitter_personal_number', '=', personalNumber),
        ]),
      )
      .orderBy('c.submitted_at', 'desc')
      .limit(500)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      caseNumber: r.case_number,
      eServiceId: r.e_service_id,
      status: r.status,
      submittedAt: r.submitted_at,
      updatedAt: r.updated_at,
      closed: r.closed_at !== null,
      unreadMessages: Number(r.unread ?? 0),
    }));
  }

  /** The case if it is this resident's (or this anonymous session's); otherwise undefined, a 404. */
  async function get(
    municipalityId: string,
    caseId: string,
    owner: DraftOwner,
  ): Promise<ResidentCase | undefined> {
    if (!isUuid(caseId)) return undefined;
    let q = db
      .selectFrom('case')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', caseId);
    q =
      owner.kind === 'resident'
        ? q.where((eb) =>
            eb.or([
              eb('concerns_personal_number', '=', owner.personalNumber),
              eb('submitter_personal_number', '=', owner.personalNumber),
            ]),
          )
        : q.where('submitter_session', '=', owner.sessionHash);
    const r = await q.executeTakeFirst();
    if (!r) return undefined;
    return {
      id: r.id,
      municipalityId: r.municipality_id,
      caseNumber: r.case_number,
      eServiceId: r.e_service_id,
      versionId: r.version_id,
      status: r.status,
      answers: r.answers as Answers,
      lang: r.lang,
      submitterName: r.submitter_name,
      submitterPersonalNumber: r.submitter_personal_number,
      submittedAt: r.submitted_at,
      updatedAt: r.updated_at,
      closedAt: r.closed_at,
      externalCaseNumber: r.external_case_number,
    };
  }

  async function events(c: ResidentCase): Promise<CaseEventView[]> {
    const rows = await db
      .selectFrom('case_event')
      .select(['id', 'type', 'actor_kind', 'actor_name', 'details', 'occurred_at'])
      .where('municipality_id', '=', c.municipalityId)
      .where('case_id', '=', c.id)
      // Internal notes and other officer-only events never reach the resident.
      .where('type', 'in', [
        'submitted',
        'status_changed',
        'message_to_applicant',
        'message_from_applicant',
        'document_added',
        'supplement_submitted',
      ])
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      actorKind: r.actor_kind,
      actorName: r.actor_kind === 'staff' ? null : r.actor_name,
      details: r.details,
      occurredAt: r.occurred_at,
    }));
  }

  async function messages(c: ResidentCase): Promise<CaseMessageView[]> {
    const rows = await db
      .selectFrom('case_message')
      .select(['id', 'direction', 'author_name', 'body', 'created_at', 'read_at'])
      .where('municipality_id', '=', c.municipalityId)
      .where('case_id', '=', c.id)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      direction: r.direction,
      authorName: r.author_name,
      body: r.body,
      createdAt: r.created_at,
      readAt: r.read_at,
    }));
  }

  /**
   * Opening the case page marks the officer's messages as read (read
   * receipts); issue 6: each author is e-mailed a receipt in the same statement.
   */
  async function markMessagesRead(c: ResidentCase): Promise<void> {
    await markReadWithReceipts(db, { municipalityId: c.municipalityId, caseId: c.id });
  }

  async function sendMessage(c: ResidentCase, authorName: string, body: string): Promise<void> {
    await db.transaction().execute(async (trx) => {
      const m = await trx
        .insertInto('case_message')
        .values({
          municipality_id: c.municipalityId,
          case_id: c.id,
          direction: 'from_applicant',
          author_name: authorName,
          body,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // The case's officers are told by e-mail, in this transaction (issue 6).
      await notifyMessageFromApplicant(trx, {
        municipalityId: c.municipalityId,
        caseId: c.id,
        messageId: m.id,
      });
      await trx.updateTable('case').set({ updated_at: new Date() }).where('id', '=', c.id).execute();
      await appendCaseEvent(trx, {
        municipalityId: c.municipalityId,
        caseId: c.id,
        type: 'message_from_applicant',
        actor: { kind: 'resident', id: null, name: authorName },
      });
    });
  }

  async function files(c: ResidentCase): Promise<CaseFileView[]> {
    const rows = await db
      .selectFrom('stored_file')
      .select(['id', 'name', 'mime', 'size', 'question_key', 'uploaded_by_kind', 'created_at'])
      .where('municipality_id', '=', c.municipalityId)
      .where('case_id', '=', c.id)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      mime: r.mime,
      size: r.size,
      questionKey: r.question_key,
      uploadedByKind: r.uploaded_by_kind,
      createdAt: r.created_at,
    }));
  }

  return { list, get, events, messages, markMessagesRead, sendMessage, files };
}

export type ResidentCaseService = ReturnType<typeof createResidentCaseService>;
