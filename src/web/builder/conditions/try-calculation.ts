/** "Try the calculation": the sample answers it asks for and the engine's result on them. */
import { parseNumber } from '../../../domain/builder/computed-rows.ts';
import type { Answers } from '../../../domain/forms/answers.ts';
import { inspectRule } from '../../../domain/forms/conditions.ts';
import type { FormDefinition, JsonLogicRule, Question } from '../../../domain/forms/definition.ts';
import { evaluate } from '../../../domain/forms/evaluate.ts';
import type { TrySample } from './computed-page.tsx';

/**
 * The questions a calculation reads, through other calculations, that a
 * person answers: the sample answers of "try the calculation".
 */
export function sampleSources(definition: FormDefinition, rule: JsonLogicRule | undefined): Question[] {
  const all = definition.steps.flatMap((s) => s.questions);
  const seen = new Set<string>();
  const out: Question[] = [];
  const visit = (r: JsonLogicRule | undefined) => {
    if (r === undefined) return;
    for (const ref of inspectRule(r).references) {
      if (seen.has(ref.key)) continue;
      seen.add(ref.key);
      const q = all.find((x) => x.key === ref.key);
      if (!q) continue;
      if (q.type === 'computed') visit(q.expression);
      else out.push(q);
    }
  };
  visit(rule);
  return out;
}

/** The calculation run by the engine on sample answers, every condition set aside. */
export function tryCalculation(
  definition: FormDefinition,
  question: Question,
  samples: readonly TrySample[],
): number | null {
  const answers: Answers = {};
  const all = definition.steps.flatMap((s) => s.questions);
  for (const s of samples) {
    const n = parseNumber(s.value);
    if (n === undefined) continue;
    const q = all.find((x) => x.key === s.key);
    if (s.kind === 'answer') answers[s.key] = n;
    else if (q?.type === 'checkbox')
      answers[s.key] = q.options.slice(0, Math.max(0, Math.floor(n))).map((o) => o.value);
    else answers[s.key] = Array.from({ length: Math.min(100, Math.max(0, Math.floor(n))) }, () => ({}));
  }
  const open: FormDefinition = {
    ...definition,
    steps: definition.steps.map((s) => ({
      ...s,
      questions: s.questions.map((q) => {
        const { visibleWhen: _hidden, ...rest } = q;
        return rest as Question;
      }),
    })),
  };
  try {
    const v = evaluate(open, answers).answers[question.key];
    return typeof v === 'number' ? v : null;
  } catch {
    // The engine refuses some constant rules (a fixed division by zero) when it compiles them.
    return null;
  }
}
