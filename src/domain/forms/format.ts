/**
 * Answers as text for the check-answers page, receipts, PDFs and exports, in
 * the reader's language. Only visible steps and questions are listed, in
 * definition order.
 */
import type { Answers, AnswerValue } from './answers.ts';
import type { FormDefinition, Question, Step } from './definition.ts';
import { evaluate } from './evaluate.ts';
import { type LocalizedText, localize } from './localize.ts';
import { planFor } from './plan.ts';
import type { FormatOptions, Formatted } from './questions/handler.ts';
import { handlerFor } from './questions/registry.ts';

export type { AnswerTexts, FormatOptions, Formatted } from './questions/handler.ts';

/** One answer as text; an absent answer is ''. */
export function formatAnswer(q: Question, value: AnswerValue | undefined, opts: FormatOptions): Formatted {
  if (value === undefined) return '';
  return handlerFor(q).format(q, value, opts);
}

export interface AnsweredQuestion {
  question: Question;
  label: LocalizedText;
  /** Whether there is an answer (optional questions may have none). */
  answered: boolean;
  value: Formatted;
}

export interface AnsweredStep {
  step: Step;
  title: LocalizedText;
  questions: AnsweredQuestion[];
}

/** Every visible step with its visible questions (information texts left out) and their answers. */
export function summarizeAnswers(
  def: FormDefinition,
  answers: Readonly<Answers>,
  opts: FormatOptions,
): AnsweredStep[] {
  const evaluation = evaluate(def, answers);
  return planFor(def)
    .steps.filter((s) => evaluation.visibleStepIds.includes(s.step.id))
    .map((s) => ({
      step: s.step,
      title: localize(s.step.title, opts.lang),
      questions: s.questions
        .filter((p) => p.handler.kind !== 'display' && evaluation.visible.has(p.question.key))
        .map((p) => {
          const value = evaluation.answers[p.question.key];
          const answered = value !== undefined && !p.handler.isEmpty(p.question, value);
          return {
            question: p.question,
            label: localize(p.question.label, opts.lang),
            answered,
            value: answered ? formatAnswer(p.question, value, opts) : '',
          };
        }),
    }));
}

/** The summary answers for case headers and case lists: the e-service's summary fields, or the questions marked `summary`. */
export function summaryAnswers(
  def: FormDefinition,
  answers: Readonly<Answers>,
  opts: FormatOptions,
  /**
   * The e-service's summary fields (set in the builder), in their order;
   * empty or absent: the questions the definition marks `summary`.
   */
  keys: readonly string[] = [],
): { key: string; label: LocalizedText; value: Formatted }[] {
  const chosen = keys.length > 0 ? new Set(keys) : undefined;
  const out: { key: string; label: LocalizedText; value: Formatted }[] = [];
  for (const s of planFor(def).steps) {
    for (const p of s.questions) {
      const q = p.question;
      if (chosen ? !chosen.has(q.key) : !('summary' in q) || !q.summary) continue;
      const value = answers[q.key];
      if (value === undefined) continue;
      out.push({ key: q.key, label: localize(q.label, opts.lang), value: formatAnswer(q, value, opts) });
    }
  }
  return chosen ? out.sort((a, b) => keys.indexOf(a.key) - keys.indexOf(b.key)) : out;
}
