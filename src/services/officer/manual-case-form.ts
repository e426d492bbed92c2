/**
 * The e-service's questions on one page, for an officer typing in a paper
 * form or a phone call: every step is read from one post with the form
 * engine, and the whole is validated as a submission is.
 *
 * File questions are left out: a paper form's attachments are scanned and
 * added to the case as documents after it is registered, so a required file
 * question does not stop the registration. Pure: no I/O.
 */
import type { Answers, PostedFields, RawFields } from '../../domain/forms/answers.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import type { FieldError } from '../../domain/forms/errors.ts';
import { type Evaluation, evaluate } from '../../domain/forms/evaluate.ts';
import { validateStep, validateSubmission } from '../../domain/forms/validate.ts';
import type { IsoDate } from '../../domain/identity-numbers/calendar.ts';

export interface WholeFormRead {
  /** Valid answers of visible questions (file questions never have one). */
  answers: Answers;
  /** What was typed, for showing every field again. */
  raw: RawFields;
  /** Errors of visible questions, in step order. */
  errors: FieldError[];
  evaluation: Evaluation;
}

/** Keys of the definition's file questions. */
export function fileQuestionKeys(def: FormDefinition): Set<string> {
  return new Set(def.steps.flatMap((s) => s.questions.filter((q) => q.type === 'file').map((q) => q.key)));
}

function withoutFileErrors(def: FormDefinition, errors: readonly FieldError[]): FieldError[] {
  const files = fileQuestionKeys(def);
  return errors.filter((e) => !files.has(e.questionKey));
}

/**
 * Reads every step from one post. Twice: a question may depend on an answer
 * on a later step, and the second pass reads each step with all the others'
 * answers in place, so what is shown and checked is what the answers say.
 */
export function readWholeForm(def: FormDefinition, posted: PostedFields, today: IsoDate): WholeFormRead {
  let answers: Answers = {};
  let raw: RawFields = {};
  let errors: FieldError[] = [];
  for (let pass = 0; pass < 2; pass++) {
    raw = {};
    errors = [];
    for (const step of def.steps) {
      const v = validateStep(def, step.id, answers, posted, { today });
      answers = v.answers;
      Object.assign(raw, v.raw);
      errors.push(...v.errors);
    }
  }
  const evaluation = evaluate(def, answers);
  // A step read early may have seen a question that a later step hid again.
  const visibleErrors = errors.filter((e) => evaluation.visible.has(e.questionKey));
  return { answers: evaluation.answers, raw, errors: withoutFileErrors(def, visibleErrors), evaluation };
}

/**
 * The check before a manual case is stored (the same as before a resident's
 * submission, file questions aside): the answers to keep, and the errors.
 */
export function validateManualAnswers(
  def: FormDefinition,
  answers: Readonly<Answers>,
  today: IsoDate,
): { answers: Answers; errors: FieldError[] } {
  const files = fileQuestionKeys(def);
  const given: Answers = {};
  for (const [key, value] of Object.entries(answers)) if (!files.has(key)) given[key] = value;
  const v = validateSubmission(def, given, { today });
  return { answers: v.answers, errors: withoutFileErrors(def, v.errors) };
}
