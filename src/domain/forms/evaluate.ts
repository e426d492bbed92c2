/**
 * Which questions are visible and required for a set of answers, with hidden
 * answers pruned and computed values calculated. Questions are evaluated in
 * dependency order against the answers pruned so far, so a follow-up of a
 * hidden follow-up is hidden too. A step whose questions are all hidden is
 * skipped.
 */
import type { Answers, AnswerValue } from './answers.ts';
import { runRule, truthy } from './conditions.ts';
import type { FormDefinition } from './definition.ts';
import { planFor } from './plan.ts';
import { DEFAULT_DECIMALS, roundTo } from './questions/computed.ts';

export type DroppedReason =
  /** The question is hidden by its condition: its answer is never stored. */
  | 'hidden'
  /** No question has this key. */
  | 'unknownKey'
  /** The question has no answer (information text). */
  | 'notAnswerable';

export interface DroppedAnswer {
  key: string;
  reason: DroppedReason;
}

export interface Evaluation {
  /** Answers of visible questions only, with computed values. */
  answers: Answers;
  /** Keys of visible questions (information texts and computed values included). */
  visible: ReadonlySet<string>;
  /** Keys of visible questions that must be answered now. */
  required: ReadonlySet<string>;
  /** Steps with at least one visible question, in order. */
  visibleStepIds: readonly string[];
  /** Answers given that were left out, and why. Computed values are recalculated, not reported. */
  dropped: DroppedAnswer[];
}

export function evaluate(def: FormDefinition, given: Readonly<Answers>): Evaluation {
  const plan = planFor(def);
  const answers: Answers = {};
  const visible = new Set<string>();
  const dropped: DroppedAnswer[] = [];

  for (const p of plan.order) {
    const q = p.question;
    const key = q.key;
    const shown = p.visibleWhen === undefined || truthy(runRule(p.visibleWhen, answers));
    const has = Object.hasOwn(given, key) && given[key] !== undefined && given[key] !== null;
    if (!shown) {
      if (has && p.handler.kind === 'input') dropped.push({ key, reason: 'hidden' });
      continue;
    }
    visible.add(key);
    if (p.expression !== undefined && q.type === 'computed') {
      const v = runRule(p.expression, answers);
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
      if (Number.isFinite(n)) answers[key] = roundTo(n, q.decimals ?? DEFAULT_DECIMALS);
    } else if (has) {
      if (p.handler.kind === 'input') answers[key] = given[key] as AnswerValue;
      else dropped.push({ key, reason: 'notAnswerable' });
    }
  }

  for (const key of Object.keys(given)) {
    if (!plan.byKey.has(key)) dropped.push({ key, reason: 'unknownKey' });
  }

  const required = new Set<string>();
  for (const p of plan.order) {
    const q = p.question;
    if (!visible.has(q.key) || p.handler.kind !== 'input' || !('required' in q)) continue;
    if (q.required || (p.requiredWhen !== undefined && truthy(runRule(p.requiredWhen, answers))))
      required.add(q.key);
  }

  const visibleStepIds = plan.steps
    .filter((s) => s.questions.some((p) => visible.has(p.question.key)))
    .map((s) => s.step.id);

  return { answers, visible, required, visibleStepIds, dropped };
}

/** The visible step after `stepId`, or `undefined` after the last (go to check answers). */
export function nextStepId(def: FormDefinition, evaluation: Evaluation, stepId: string): string | undefined {
  const all = def.steps.map((s) => s.id);
  const at = all.indexOf(stepId);
  return all.slice(at + 1).find((id) => evaluation.visibleStepIds.includes(id));
}

/** The visible step before `stepId`, or `undefined` before the first. */
export function previousStepId(
  def: FormDefinition,
  evaluation: Evaluation,
  stepId: string,
): string | undefined {
  const all = def.steps.map((s) => s.id);
  const at = all.indexOf(stepId);
  if (at < 0) return undefined;
  return all
    .slice(0, at)
    .reverse()
    .find((id) => evaluation.visibleStepIds.includes(id));
}
