import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { CASE_NUMBER_DIGITS } from '../../domain/cases/case-number.ts';
import { INITIAL_STATUS } from '../../domain/cases/statuses.ts';
import type { FieldError } from '../../domain/forms/errors.ts';
import { validateSubmission } from '../../domain/forms/validate.ts';
import { applicantContact } from '../../domain/notifications/contact.ts';
import type { DraftOwner } from '../drafts/draft-owner.ts';
import type { Draft, DraftService } from '../drafts/drafts.ts';
import { applicantNotificationsSql } from '../notifications/enqueue-notifications.ts';
import { newCaseNotificationsSql } from '../notifications/officer-notifications.ts';
import { assignAutomatically } from './auto-assign.ts';
import { caseSummaryColumn } from './case-summary.ts';
import { caseSearchText } from './search-text.ts';

export type SubmitResult =
  | { ok: true; caseId: string; caseNumber: string; alreadySubmitted: boolean }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'versionRetired' }
  | { ok: false; reason: 'invalid'; errors: FieldError[]; draft: Draft };

/** The case number as formatCaseNumber writes it, computed in the statement that takes it (from a CTE `counter`). */
export function caseNumberSql(year: number): RawBuilder<string> {
  return sql<string>`${String(year)} || '-' || lpad(counter.last_value::text, greatest(${CASE_NUMBER_DIGITS}, length(counter.last_value::text)), '0')`;
}

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
    // drafts.get never returns a builder's test draft, and the DELETE below skips one too.
    const draft = await drafts.get(municipalityId, draftId, owner);
    if (!draft) return alreadySubmitted(municipalityId, draftId, owner);
    if (draft.versionStatus !== 'published') return { ok: false, reason: 'versionRetired' };
    const v = validateSubmission(draft.definition, draft.answers, { today: stockholmToday() });
    if (v.errors.length > 0) return { ok: false, reason: 'invalid', errors: v.errors, draft };

    const summary = caseSummaryColumn(draft.definition, v.answers, draft.summaryKeys);
    const resident = owner.kind === 'resident' ? owner : null;

    const year = Number(stockholmToday().slice(0, 4));
    const searchText = caseSearchText({
      personalNumber: resident?.personalNumber ?? null,
      names: [resident?.name ?? null],
      summary,
    });
    const answersJson = JSON.stringify(v.answers);
    // Where the applicant is told about the case: the form's contact question (issue 6).
    const contact = applicantContact(draft.definition, v.answers);
    // One statement, so one round trip and atomic on its own: consume the
    // draft, take the next case number from the municipality's sequence,
    // insert the case, move the files, write the first history event and
    // queue the "case received" notifications in the outbox, and the "new
    // case" e-mails to the e-service's officers (issue 6).
    // Every step reads from the deleted draft, so a second submit that finds
    // the draft gone (it waits on the row lock) changes nothing.
    const result = await sql<{ id: string; case_number: string; assignment_rules: unknown }>`
      WITH consumed AS (
        DELETE FROM draft WHERE id = ${draft.id} AND municipality_id = ${municipalityId} AND NOT test_mode RETURNING id
      ), counter AS (
        SELECT nextval(case_number_sequence(${municipalityId}::uuid)) AS last_value FROM consumed
      ), new_case AS (
        INSERT INTO "case" (
          municipality_id, case_number, e_service_id, version_id, status, answers, summary, lang,
          submitter_personal_number, submitter_session, submitter_name,
          concerns_personal_number, concerns_name, channel, login_method, draft_id, search_text, due_at,
          notify_email, notify_phone
        )
        SELECT ${municipalityId}, ${caseNumberSql(year)}, ${draft.eServiceId}, ${draft.versionId}, ${INITIAL_STATUS},
          ${answersJson}::jsonb, ${JSON.stringify(summary)}::jsonb, ${lang},
          ${resident?.personalNumber ?? null}, ${owner.kind === 'anonymous' ? owner.sessionHash : null}, ${resident?.name ?? null},
          ${resident?.personalNumber ?? null}, ${resident?.name ?? null}, 'web', ${resident?.loginMethod ?? null}, ${draft.id},
          ${caseNumberSql(year)} || ' ' || ${searchText},
          (SELECT now() + handle_within_days * interval '1 day' FROM e_service WHERE id = ${draft.eServiceId}),
          ${contact.email}, ${contact.phone}
        FROM counter
        RETURNING id, case_number, municipality_id, e_service_id, lang, notify_email, notify_phone
      ), files AS (
        UPDATE stored_file SET case_id = new_case.id FROM new_case WHERE stored_file.draft_id = ${draft.id}
      ), history AS (
        INSERT INTO case_event (municipality_id, case_id, type, actor_kind, actor_name, details)
        SELECT ${municipalityId}, new_case.id, 'submitted', 'resident', ${resident?.name ?? null},
          ${JSON.stringify({ status: INITIAL_STATUS, versionId: draft.versionId, channel: 'web' })}::jsonb
        FROM new_case
      ), notify AS (${applicantNotificationsSql({
        source: sql`new_case`,
        caseRef: 'new_case',
        where: sql`true`,
        event: 'caseSubmitted',
        keyBase: sql<string>`'caseSubmitted:' || new_case.id::text`,
      })}
      ), notify_officers AS (${newCaseNotificationsSql()}
      )
      SELECT id, case_number, (SELECT assignment_rules FROM e_service WHERE id = ${draft.eServiceId}) AS assignment_rules
      FROM new_case`.execute(db);
    const row = result.rows[0];
    const created = row && { caseId: row.id, caseNumber: row.case_number };
    if (!created) return alreadySubmitted(municipalityId, draftId, owner);
    // The e-service's automatic assignment, in a second transaction only when a rule holds.
    await assignAutomatically(db, {
      municipalityId,
      caseId: created.caseId,
      rules: row.assignment_rules,
      answers: v.answers,
    });
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
