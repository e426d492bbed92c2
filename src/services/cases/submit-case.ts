import type { Db } from '../../db/database.ts';
import { formatCaseNumber } from '../../domain/cases/case-number.ts';
import { INITIAL_STATUS } from '../../domain/cases/statuses.ts';
import type { FieldError } from '../../domain/forms/errors.ts';
import { summaryAnswers } from '../../domain/forms/format.ts';
import { validateSubmission } from '../../domain/forms/validate.ts';
import type { DraftOwner } from '../drafts/draft-owner.ts';
import type { Draft, DraftService } from '../drafts/drafts.ts';
import { appendCaseEvent } from './case-history.ts';

export type SubmitResult =
  | { ok: true; caseId: string; caseNumber: string; alreadySubmitted: boolean }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'versionRetired' }
  | { ok: false; reason: 'invalid'; errors: FieldError[]; draft: Draft };

const stockholmToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * Turns a draft into a case. The whole submission is validated again on the
 * server; the case, its number, its first history event and its files are
 * written in one transaction, and the draft is consumed. Submitting the same
 * draft twice (double click, two tabs) returns the case made the first time.
 */
export function createSubmitCase(db: Db, drafts: DraftService) {
  return async function submitCase(
    municipalityId: string,
    draftId: string,
    owner: DraftOwner,
    lang: string,
  ): Promise<SubmitResult> {
    const draft = await drafts.get(municipalityId, draftId, owner);
    if (!draft) return alreadySubmitted(municipalityId, draftId, owner);
    if (draft.versionStatus !== 'published') return { ok: false, reason: 'versionRetired' };
    const v = validateSubmission(draft.definition, draft.answers, { today: stockholmToday() });
    if (v.errors.length > 0) return { ok: false, reason: 'invalid', errors: v.errors, draft };

    const summary: Record<string, string> = {};
    const texts = { yes: 'Ja', no: 'Nej', consented: 'Godkänt' };
    for (const s of summaryAnswers(draft.definition, v.answers, { lang: 'sv', texts })) {
      summary[s.key] = Array.isArray(s.value) ? s.value.join(', ') : s.value;
    }
    const resident = owner.kind === 'resident' ? owner : null;

    const created = await db.transaction().execute(async (trx) => {
      // Lock the draft: a second submit waits here, then finds it gone.
      const locked = await trx
        .selectFrom('draft')
        .select('id')
        .where('id', '=', draft.id)
        .forUpdate()
        .executeTakeFirst();
      if (!locked) return undefined;
      const year = Number(stockholmToday().slice(0, 4));
      const counter = await trx
        .insertInto('case_number_counter')
        .values({ municipality_id: municipalityId, year, last_value: 1 })
        .onConflict((oc) =>
          oc
            .columns(['municipality_id', 'year'])
            .doUpdateSet((eb) => ({ last_value: eb('case_number_counter.last_value', '+', 1) })),
        )
        .returning('last_value')
        .executeTakeFirstOrThrow();
      const caseNumber = formatCaseNumber(year, counter.last_value);
      const row = await trx
        .insertInto('case')
        .values({
          municipality_id: municipalityId,
          case_number: caseNumber,
          e_service_id: draft.eServiceId,
          version_id: draft.versionId,
          status: INITIAL_STATUS,
          answers: JSON.stringify(v.answers),
          summary: JSON.stringify(summary),
          lang,
          submitter_personal_number: resident?.personalNumber ?? null,
          submitter_session: owner.kind === 'anonymous' ? owner.sessionHash : null,
          submitter_name: resident?.name ?? null,
          // The case concerns the resident who applies; representatives come later.
          concerns_personal_number: resident?.personalNumber ?? null,
          concerns_name: resident?.name ?? null,
          channel: 'web',
          login_method: resident?.loginMethod ?? null,
          draft_id: draft.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('stored_file')
        .set({ case_id: row.id, draft_id: null })
        .where('draft_id', '=', draft.id)
        .execute();
      await appendCaseEvent(trx, {
        municipalityId,
        caseId: row.id,
        type: 'submitted',
        actor: { kind: 'resident', id: null, name: resident?.name ?? null },
        details: { status: INITIAL_STATUS, versionId: draft.versionId, channel: 'web' },
      });
      await trx.deleteFrom('draft').where('id', '=', draft.id).execute();
      return { caseId: row.id, caseNumber };
    });
    if (!created) return alreadySubmitted(municipalityId, draftId, owner);
    return { ok: true, ...created, alreadySubmitted: false };
  };

  /** A draft that is gone may have become a case: the same owner gets that case back. */
  async function alreadySubmitted(
    municipalityId: string,
    draftId: string,
    owner: DraftOwner,
  ): Promise<SubmitResult> {
    if (!/^[0-9a-f-]{36}$/i.test(draftId)) return { ok: false, reason: 'notFound' };
    let q = db
      .selectFrom('case')
      .select(['id', 'case_number'])
      .where('municipality_id', '=', municipalityId)
      .where('draft_id', '=', draftId);
    q =
      owner.kind === 'resident'
        ? q.where('submitter_personal_number', '=', owner.personalNumber)
        : q.where('submitter_session', '=', owner.sessionHash);
    const c = await q.executeTakeFirst();
    if (!c) return { ok: false, reason: 'notFound' };
    return { ok: true, caseId: c.id, caseNumber: c.case_number, alreadySubmitted: true };
  }
}
