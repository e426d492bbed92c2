import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { appendCaseEvent } from '../cases/case-history.ts';
import type { CaseMessageView } from '../cases/resident-cases.ts';
import { notifyMessageToApplicant } from '../notifications/index.ts';
import { type OfficerActor, type Refused, staffActor } from './case-actions-core.ts';
import { caseForOfficer, type OfficerCase } from './officer-access.ts';

export const MESSAGE_MAX = 5000;

export type MessageCode = 'messageRequired' | 'messageTooLong';

/** A message as typed: trimmed; empty or too long is refused. */
export function checkMessage(body: string): { ok: true; body: string } | { ok: false; code: MessageCode } {
  const b = body.trim();
  if (!b) return { ok: false, code: 'messageRequired' };
  if (b.length > MESSAGE_MAX) return { ok: false, code: 'messageTooLong' };
  return { ok: true, body: b };
}

/**
 * A message to the applicant, its history event and (unless `notify` is
 * false) the e-mail/SMS that tells them to look, in the caller's transaction
 * (a status change may carry one). The case's updated_at moves; its
 * row_version does not: a message adds to the thread and overwrites nothing
 * another officer is editing.
 */
export async function writeMessageToApplicant(
  trx: Kysely<DB> | Transaction<DB>,
  c: Pick<OfficerCase, 'id' | 'municipality_id'>,
  actor: OfficerActor,
  body: string,
  opts: { notify: boolean } = { notify: true },
): Promise<string> {
  const m = await trx
    .insertInto('case_message')
    .values({
      municipality_id: c.municipality_id,
      case_id: c.id,
      direction: 'to_applicant',
      author_name: actor.principal.name,
      body,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendCaseEvent(trx, {
    municipalityId: c.municipality_id,
    caseId: c.id,
    type: 'message_to_applicant',
    actor: staffActor(actor),
    details: { messageId: m.id },
  });
  if (opts.notify) {
    await notifyMessageToApplicant(trx, { municipalityId: c.municipality_id, caseId: c.id, messageId: m.id });
  }
  return m.id;
}

/** The message thread with the applicant, seen by an officer. */
export function createCaseMessages(db: Db) {
  async function list(c: Pick<OfficerCase, 'id' | 'municipality_id'>): Promise<CaseMessageView[]> {
    const rows = await db
      .selectFrom('case_message')
      .select(['id', 'direction', 'author_name', 'body', 'created_at', 'read_at'])
      .where('municipality_id', '=', c.municipality_id)
      .where('case_id', '=', c.id)
      .orderBy('created_at')
      .orderBy('id')
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

  /** Opening the Messages tab marks the applicant's messages as read (their read receipt). */
  async function markApplicantMessagesRead(c: Pick<OfficerCase, 'id' | 'municipality_id'>): Promise<number> {
    const r = await db
      .updateTable('case_message')
      .set({ read_at: new Date() })
      .where('municipality_id', '=', c.municipality_id)
      .where('case_id', '=', c.id)
      .where('direction', '=', 'from_applicant')
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async function send(
    actor: OfficerActor,
    caseId: string,
    body: string,
  ): Promise<{ ok: true; messageId: string } | Refused<MessageCode>> {
    const c = await caseForOfficer(db, actor.scope, caseId);
    if (!c) return { ok: false, reason: 'notFound' };
    const checked = checkMessage(body);
    if (!checked.ok) return { ok: false, reason: 'invalid', code: checked.code };
    const messageId = await db.transaction().execute(async (trx) => {
      await trx.updateTable('case').set({ updated_at: new Date() }).where('id', '=', c.id).execute();
      return writeMessageToApplicant(trx, c, actor, checked.body);
    });
    return { ok: true, messageId };
  }

  return { list, markApplicantMessagesRead, send };
}
