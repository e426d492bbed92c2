import type { Db } from '../../db/database.ts';
import { type AnswerChange, diffAnswers } from '../../domain/cases/answer-diff.ts';
import type { Answers, PostedFields, RawFields } from '../../domain/forms/answers.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import type { FieldError } from '../../domain/forms/errors.ts';
import { FIELD_PREFIX } from '../../domain/forms/plan.ts';
import { validateStep, validateSubmission } from '../../domain/forms/validate.ts';
import { appendCaseEvent } from '../cases/case-history.ts';
import { caseSummaryColumn } from '../cases/case-summary.ts';
import type { EServiceService } from '../eservices/eservices.ts';
import {
  type Done,
  type OfficerActor,
  searchTextFor,
  staffActor,
  versionedChange,
} from './case-actions-core.ts';
import { caseSettings } from './case-view-settings.ts';
import { caseForOfficer } from './officer-access.ts';

const stockholmToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Keys of file questions: their answers are documents, changed under Handlingar, never in this form. */
export function fileQuestionKeys(def: FormDefinition): string[] {
  return def.steps.flatMap((s) => s.questions.filter((q) => q.type === 'file').map((q) => q.key));
}

export interface AnswerEditValidation {
  answers: Answers;
  errors: FieldError[];
  raw: RawFields;
}

/**
 * An officer's post of every step at once, read as the runner reads a step:
 * each step in order through validateStep (so later steps see earlier
 * answers), then the whole through validateSubmission. Posted fields of file
 * questions are dropped, so files stay as they are.
 */
export function validateAnswerEdit(
  def: FormDefinition,
  current: Readonly<Answers>,
  posted: PostedFields,
  today = stockholmToday(),
): AnswerEditValidation {
  const fileFields = fileQuestionKeys(def).map((k) => FIELD_PREFIX + k);
  const kept: Record<string, string | readonly string[] | undefined> = {};
  for (const [name, value] of Object.entries(posted)) {
    if (!fileFields.some((f) => name === f || name.startsWith(`${f}.`))) kept[name] = value;
  }
  let answers: Answers = { ...current };
  const errors: FieldError[] = [];
  const raw: RawFields = {};
  for (const step of def.steps) {
    const v = validateStep(def, step.id, answers, kept, { today });
    answers = v.answers;
    errors.push(...v.errors);
    Object.assign(raw, v.raw);
  }
  if (errors.length > 0) return { answers, errors, raw };
  const s = validateSubmission(def, answers, { today });
  return { answers: s.answers, errors: s.errors, raw };
}

export type AnswerEditResult =
  | Done<{ changes: AnswerChange[] }>
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; code: 'notEditable' }
  /** errors: the post did not validate; conflict: it did, but the case changed since the form was shown. */
  | { ok: false; reason: 'errors' | 'conflict'; errors: FieldError[]; raw: RawFields; answers: Answers };

/**
 * "Ändra inskickade svar": saves the officer's edit as a new answers object
 * (summary and search text follow), where the e-service allows it.
 * Event `answers_edited`: `{ changes: { key, before, after }[], rowVersion }`.
 */
export function createAnswerEdits(db: Db, eServices: EServiceService) {
  return async function editAnswers(
    actor: OfficerActor,
    caseId: string,
    input: { rowVersion: number | null; posted: PostedFields },
  ): Promise<AnswerEditResult> {
    const c = await caseForOfficer(db, actor.scope, caseId);
    if (!c) return { ok: false, reason: 'notFound' };
    const [settings, version] = await Promise.all([
      caseSettings(db, c.municipality_id, c.e_service_id),
      eServices.version(c.municipality_id, c.version_id),
    ]);
    if (!settings || !version) return { ok: false, reason: 'notFound' };
    if (!settings.answersEditable) return { ok: false, reason: 'invalid', code: 'notEditable' };
    const def = version.definition;
    const v = validateAnswerEdit(def, c.answers as Answers, input.posted);
    if (v.errors.length > 0) return { ok: false, reason: 'errors', ...v };
    const conflict = {
      ok: false as const,
      reason: 'conflict' as const,
      errors: [],
      raw: v.raw,
      answers: v.answers,
    };
    if (input.rowVersion === null || input.rowVersion !== c.row_version) return conflict;
    const order = def.steps.flatMap((s) => s.questions.map((q) => q.key));
    const changes = diffAnswers(c.answers as Answers, v.answers, order);
    if (changes.length === 0) return { ok: true, rowVersion: c.row_version, changes };
    const summary = caseSummaryColumn(def, v.answers, settings.summaryKeys);
    const r = await versionedChange(
      db,
      c,
      c.row_version,
      {
        answers: JSON.stringify(v.answers),
        summary: JSON.stringify(summary),
        search_text: searchTextFor({ ...c, summary }),
      },
      async (trx, rowVersion) => {
        await appendCaseEvent(trx, {
          municipalityId: c.municipality_id,
          caseId: c.id,
          type: 'answers_edited',
          actor: staffActor(actor),
          details: { changes, rowVersion },
        });
      },
    );
    return r.ok ? { ...r, changes } : r.reason === 'conflict' ? conflict : r;
  };
}
