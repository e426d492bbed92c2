/**
 * Validating a posted step and a whole submission. Pure: the date rules use
 * `ctx.today`, files arrive as references the service already stored.
 *
 * The rule for answers: `answers` holds only what is valid now. Input that
 * does not parse or breaks a rule is reported and left out of `answers` (its
 * old answer too, since it no longer says what the user meant), while `raw`
 * keeps every character typed so the page can be shown again with nothing
 * lost. Answers to hidden questions are pruned, never stored.
 */

import type { IsoDate } from '../identity-numbers/calendar.ts';
import type { Answers, FileRef, PostedFields, RawFields } from './answers.ts';
import type { FormDefinition } from './definition.ts';
import type { FieldError, Issue } from './errors.ts';
import { type DroppedAnswer, type Evaluation, evaluate } from './evaluate.ts';
import { FIELD_PREFIX, planFor, type QuestionPlan, type StepPlan } from './plan.ts';
import type { ReadResult } from './questions/handler.ts';
import { readAndCheck } from './questions/read-and-check.ts';

export interface ValidationContext {
  /** The date rules are judged on (date limits, personnummer century). */
  today: IsoDate;
  /** Files the service stored from this post, by question key. */
  uploads?: Readonly<Record<string, readonly FileRef[]>>;
}

export type IgnoredReason =
  /** `q.<something>` that is no field of any question. */
  | 'unknownField'
  /** A field of a question on another step. */
  | 'otherStep'
  /** A field of a question hidden by its condition. */
  | 'hidden'
  /** A field of an information text or computed value, which are never posted. */
  | 'notAnswerable';

export interface IgnoredInput {
  /** A posted field name (validateStep) or an answer key (validateSubmission). */
  name: string;
  reason: IgnoredReason;
}

export interface StepValidation {
  /** All answers after this post: merged, hidden ones pruned, computed values updated. */
  answers: Answers;
  errors: FieldError[];
  /** What to put back in this step's fields when showing it again. */
  raw: RawFields;
  /** Posted `q.` fields that were not used. Fields without the `q.` prefix (CSRF token, buttons) are not looked at. */
  ignored: IgnoredInput[];
  /** Keys of stored answers (from other steps too) removed because their question is now hidden. */
  pruned: string[];
  /** Uploads refused for type, size or count: the service should delete them. */
  rejectedFiles: FileRef[];
  evaluation: Evaluation;
}

export interface SubmissionValidation {
  /** The answers to store with the case: visible questions only, computed values included. */
  answers: Answers;
  errors: FieldError[];
  /** Answer keys left out: unknown, hidden or not answerable. */
  ignored: IgnoredInput[];
  evaluation: Evaluation;
}

function toFieldErrors(p: QuestionPlan, issues: readonly Issue[]): FieldError[] {
  return issues.map((i) => ({ ...i, stepId: p.step.id, questionKey: p.question.key }));
}

function stepPlan(def: FormDefinition, stepId: string): StepPlan {
  const s = planFor(def).stepById.get(stepId);
  // Routing must only offer steps of the definition; anything else is a programming error.
  if (!s) throw new RangeError(`No step ${stepId} in this definition`);
  return s;
}

function classifyPosted(
  def: FormDefinition,
  step: StepPlan,
  posted: PostedFields,
  evaluation: Evaluation,
): IgnoredInput[] {
  const plan = planFor(def);
  const ignored: IgnoredInput[] = [];
  for (const name of Object.keys(posted)) {
    if (!name.startsWith(FIELD_PREFIX)) continue;
    const rest = name.slice(FIELD_PREFIX.length);
    const dot = rest.indexOf('.');
    const key = dot < 0 ? rest : rest.slice(0, dot);
    const suffix = dot < 0 ? '' : rest.slice(dot + 1);
    const p = plan.byKey.get(key);
    let reason: IgnoredReason | undefined;
    if (!p) reason = 'unknownField';
    else if (p.handler.kind !== 'input') reason = 'notAnswerable';
    else if (!p.handler.acceptsField(p.question, suffix)) reason = 'unknownField';
    else if (p.step !== step.step) reason = 'otherStep';
    else if (!evaluation.visible.has(key)) reason = 'hidden';
    if (reason) ignored.push({ name, reason });
  }
  return ignored;
}

/**
 * One step posted: read its fields, merge them into `current`, evaluate the
 * conditions, and report errors for the visible questions of the step.
 * Throws `RangeError` for a step id the definition does not have.
 */
export function validateStep(
  def: FormDefinition,
  stepId: string,
  current: Readonly<Answers>,
  posted: PostedFields,
  ctx: ValidationContext,
): StepValidation {
  const step = stepPlan(def, stepId);
  const merged: Answers = { ...current };
  const reads = new Map<string, ReadResult>();
  const raw: RawFields = {};
  const rejectedFiles: FileRef[] = [];

  for (const p of step.questions) {
    if (p.handler.kind !== 'input') continue;
    const key = p.question.key;
    const r = readAndCheck(p.handler, p.question, {
      posted,
      name: p.name,
      current: current[key],
      uploads: ctx.uploads?.[key] ?? [],
      today: ctx.today,
    });
    reads.set(key, r);
    Object.assign(raw, r.raw);
    if (r.rejectedFiles) rejectedFiles.push(...r.rejectedFiles);
    if (r.value === undefined) delete merged[key];
    else merged[key] = r.value;
  }

  const evaluation = evaluate(def, merged);
  const errors: FieldError[] = [];
  for (const p of step.questions) {
    const key = p.question.key;
    const r = reads.get(key);
    if (!r || !evaluation.visible.has(key)) continue;
    if (r.issues.length > 0) errors.push(...toFieldErrors(p, r.issues));
    else if (evaluation.required.has(key) && p.handler.isEmpty(p.question, r.value)) {
      errors.push(...toFieldErrors(p, p.handler.requiredIssues(p.question, p.name)));
    }
  }

  const stepKeys = new Set(step.questions.map((p) => p.question.key));
  const pruned = evaluation.dropped
    .filter((d) => d.reason === 'hidden' && (!stepKeys.has(d.key) || Object.hasOwn(current, d.key)))
    .map((d) => d.key);

  return {
    answers: evaluation.answers,
    errors,
    raw,
    ignored: classifyPosted(def, step, posted, evaluation),
    pruned,
    rejectedFiles,
    evaluation,
  };
}

function ignoredFrom(dropped: readonly DroppedAnswer[]): IgnoredInput[] {
  return dropped.map((d) => ({
    name: d.key,
    reason: d.reason === 'unknownKey' ? 'unknownField' : d.reason,
  }));
}

/**
 * Everything checked before a case is submitted (and for answers sent through
 * the API): every visible question of every visible step, the shape of each
 * stored answer included.
 */
export function validateSubmission(
  def: FormDefinition,
  answers: Readonly<Answers>,
  ctx: ValidationContext,
): SubmissionValidation {
  const plan = planFor(def);
  const evaluation = evaluate(def, answers);
  const errors: FieldError[] = [];
  for (const s of plan.steps) {
    for (const p of s.questions) {
      const key = p.question.key;
      if (p.handler.kind !== 'input' || !evaluation.visible.has(key)) continue;
      const value = evaluation.answers[key];
      if (value === undefined || p.handler.isEmpty(p.question, value)) {
        if (evaluation.required.has(key))
          errors.push(...toFieldErrors(p, p.handler.requiredIssues(p.question, p.name)));
      } else {
        const issues = p.handler.check(p.question, value, { name: p.name, today: ctx.today });
        if (issues.length > 0) errors.push(...toFieldErrors(p, issues));
      }
    }
  }
  return { answers: evaluation.answers, errors, ignored: ignoredFrom(evaluation.dropped), evaluation };
}

/** The fields of a step filled from stored answers, for showing the step (GET). */
export function rawForStep(def: FormDefinition, stepId: string, answers: Readonly<Answers>): RawFields {
  const raw: RawFields = {};
  for (const p of stepPlan(def, stepId).questions) {
    const value = answers[p.question.key];
    if (value !== undefined && p.handler.kind === 'input') {
      Object.assign(raw, p.handler.toRaw(p.question, value, p.name));
    }
  }
  return raw;
}
