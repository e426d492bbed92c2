import type { Db } from '../../db/database.ts';
import { appendCaseEvent } from '../cases/case-history.ts';
import { notifyInternalNote } from '../notifications/officer-notifications.ts';
import { type OfficerActor, type Refused, staffActor } from './case-actions-core.ts';
import { caseForOfficer, type OfficerCase } from './officer-access.ts';

export const NOTE_MAX = 10000;

export interface CaseNoteView {
  id: string;
  authorName: string;
  body: string;
  createdAt: Date;
}

export type NoteCode = 'noteRequired' | 'noteTooLong';

/**
 * Internal notes: officers only. The history event (internal_note) is one of
 * the types the resident's case page never lists.
 */
export function createCaseNotes(db: Db) {
  async function list(c: Pick<OfficerCase, 'id' | 'municipality_id'>): Promise<CaseNoteView[]> {
    const rows = await db
      .selectFrom('case_note')
      .select(['id', 'author_name', 'body', 'created_at'])
      .where('municipality_id', '=', c.municipality_id)
      .where('case_id', '=', c.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, authorName: r.author_name, body: r.body, createdAt: r.created_at }));
  }

  /** Appends a note; no version check, since a note overwrites nothing. */
  async function add(
    actor: OfficerActor,
    caseId: string,
    body: string,
  ): Promise<{ ok: true; noteId: string } | Refused<NoteCode>> {
    const c = await caseForOfficer(db, actor.scope, caseId);
    if (!c) return { ok: false, reason: 'notFound' };
    const text = body.trim();
    if (!text) return { ok: false, reason: 'invalid', code: 'noteRequired' };
    if (text.length > NOTE_MAX) return { ok: false, reason: 'invalid', code: 'noteTooLong' };
    const noteId = await db.transaction().execute(async (trx) => {
      const n = await trx
        .insertInto('case_note')
        .values({
          municipality_id: c.municipality_id,
          case_id: c.id,
          author_id: actor.principal.id,
          author_name: actor.principal.name,
          body: text,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('case').set({ updated_at: new Date() }).where('id', '=', c.id).execute();
      await appendCaseEvent(trx, {
        municipalityId: c.municipality_id,
        caseId: c.id,
        type: 'internal_note',
        actor: staffActor(actor),
        details: { noteId: n.id },
      });
      // Issue 6: the case's other officers are told by e-mail, in this transaction.
      await notifyInternalNote(trx, {
        municipalityId: c.municipality_id,
        caseId: c.id,
        noteId: n.id,
        authorId: actor.principal.id,
      });
      return n.id;
    });
    return { ok: true, noteId };
  }

  return { list, add };
}
