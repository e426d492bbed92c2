import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { diffAnswers, sameAnswer } from '../../domain/cases/answer-diff.ts';
import type { Answers } from '../../domain/forms/answers.ts';
import type { FieldError } from '../../domain/forms/errors.ts';
import { validateSubmission } from '../../domain/forms/validate.ts';
import type { DraftOwner } from '../drafts/draft-owner.ts';
import { isUuid } from '../drafts/drafts.ts';
import { notifySupplementSubmitted } from '../notifications/officer-notifications.ts';
import { searchTextFor } from '../officer/case-actions-core.ts';
import { appendCaseEvent } from './case-history.ts';
import { caseSummaryColumn } from './case-summary.ts';
import type { LoadedSupplement } from './supplement.ts';
import { applicantMayEdit, resubmittedStatus, statusSetFor } from './supplement-status.ts';

export type SubmitSupplementResult =
  | { ok: true; caseId: string; alreadySubmitted: boolean }
  | { ok: false; reason: 'notFound' }
  /** An officer changed the status meanwhile: editing is no longer allowed. Nothing was changed. */
  | { ok: false; reason: 'notEditable' }
  /** An officer changed the case's answers after editing began. Nothing was changed. */
  | { ok: false; reason: 'answersChanged' }
  | { ok: false; reason: 'invalid'; errors: FieldError[] };

const stockholmToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * Sends a supplement in. In one transaction, with the case row locked: the
 * status must still let the applicant edit and the case's answers must be
 * the ones editing began from; then the case gets the new answers (summary
 * and search text too), the files uploaded while editing, the e-service's
 * "submitted" status and a new row_version, the history gets a
 * 'supplement_submitted' event with a before/after diff of the answers, and
 * the editing draft is consumed. A second submit of the same draft (double
 * click) finds it consumed and reports the first one.
 */
export function createSubmitSupplement(
  db: Db,
  supplements: {
    load(municipalityId: string, caseId: string, owner: DraftOwner): Promise<LoadedSupplement | undefined>;
  },
) {
  return async function submitSupplement(
    municipalityId: string,
    caseId: string,
    draftId: string,
    owner: DraftOwner,
  ): Promise<SubmitSupplementResult> {
    if (!isUuid(caseId) || !isUuid(draftId)) return { ok: false, reason: 'notFound' };
    const loaded = await supplements.load(municipalityId, caseId, owner);
    if (!loaded || loaded.draft.id !== draftId)
      return alreadySubmitted(municipalityId, caseId, draftId, owner);
    const { theCase, draft } = loaded;
    const definition = draft.definition;
    const set = await statusSetFor(db, theCase.eServiceId);
    const actor = {
      kind: 'resident' as const,
      id: null,
      name: owner.kind === 'resident' ? owner.name : null,
    };

    return db.transaction().execute(async (trx): Promise<SubmitSupplementResult> => {
      // Lock the case first, then the draft: a second submit waits here and
      // then finds the draft consumed; an officer's change waits or went first.
      const c = await trx
        .selectFrom('case')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', caseId)
        .forUpdate()
        .executeTakeFirst();
      if (!c) return { ok: false, reason: 'notFound' };
      const d = await trx
        .selectFrom('draft')
        .select(['id', 'answers', 'supplement_base_answers'])
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', draftId)
        .where('supplement_case_id', '=', caseId)
        .forUpdate()
        .executeTakeFirst();
      if (!d) return alreadySubmitted(municipalityId, caseId, draftId, owner, trx);
      if (!applicantMayEdit(set, c.status)) return { ok: false, reason: 'notEditable' };
      if (!sameAnswer(c.answers, d.supplement_base_answers)) return { ok: false, reason: 'answersChanged' };
      const v = validateSubmission(definition, d.answers as Answers, { today: stockholmToday() });
      if (v.errors.length > 0) return { ok: false, reason: 'invalid', errors: v.errors };

      const before = c.answers as Answers;
      const order = definition.steps.flatMap((s) => s.questions.map((q) => q.key));
      const changes = diffAnswers(before, v.answers, order);
      const status = resubmittedStatus(set);
      const summary = caseSummaryColumn(definition, v.answers, draft.summaryKeys);
      await trx
        .updateTable('case')
        .set({
          answers: JSON.stringify(v.answers),
          summary: JSON.stringify(summary),
          // The same search text an officer's edit writes (case list search).
          search_text: searchTextFor({ ...c, summary }),
          status: status.key,
          closed_at: status.closed ? (c.closed_at ?? new Date()) : null,
          row_version: c.row_version + 1,
          updated_at: new Date(),
        })
        .where('id', '=', c.id)
        .execute();
      await trx
        .updateTable('stored_file')
        .set({ case_id: c.id })
        .where('municipality_id', '=', municipalityId)
        .where('draft_id', '=', d.id)
        .execute();
      await appendCaseEvent(trx, {
        municipalityId,
        caseId: c.id,
        type: 'supplement_submitted',
        actor,
        details: { draftId: d.id, fromStatus: c.status, status: status.key, changes },
      });
      // Issue 6: the case's officers are told by e-mail, in this transaction.
      await notifySupplementSubmitted(trx, {
        municipalityId,
        caseId: c.id,
        rowVersion: c.row_version + 1,
      });
      await trx.deleteFrom('draft').where('id', '=', d.id).execute();
      return { ok: true, caseId: c.id, alreadySubmitted: false };
    });
  };

  /** A consumed editing draft may have been sent in already: the same owner hears so. */
  async function alreadySubmitted(
    municipalityId: string,
    caseId: string,
    draftId: string,
    owner: DraftOwner,
    trx: Pick<Db, 'selectFrom'> = db,
  ): Promise<SubmitSupplementResult> {
    let q = trx
      .selectFrom('case_event as e')
      .innerJoin('case as c', 'c.id', 'e.case_id')
      .select('e.id')
      .where('e.municipality_id', '=', municipalityId)
      .where('e.case_id', '=', caseId)
      .where('e.type', '=', 'supplement_submitted')
      .where(sql<string>`e.details->>'draftId'`, '=', draftId);
    q =
      owner.kind === 'resident'
        ? q.where((eb) =>
            eb.or([
              eb('c.concerns_personal_number', '=', owner.personalNumber),
              eb('c.submitter_personal_number', '=', owner.personalNumber),
            ]),
          )
        : q.where('c.submitter_session', '=', owner.sessionHash);
    const hit = await q.executeTakeFirst();
    return hit ? { ok: true, caseId, alreadySubmitted: true } : { ok: false, reason: 'notFound' };
  }
}
