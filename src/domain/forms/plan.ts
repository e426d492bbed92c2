/**
 * A definition prepared for evaluation: handlers looked up, rules compiled,
 * questions put in dependency order. Built once per definition object and
 * cached (definitions from `parseDefinition` are frozen, so the cache cannot
 * go stale).
 */
import { type CompiledRule, compileRule, inspectRule } from './conditions.ts';
import type { FormDefinition, Question, Step } from './definition.ts';
import { dependencyOrder } from './dependencies.ts';
import type { QuestionHandler } from './questions/handler.ts';
import { handlerFor } from './questions/registry.ts';

export interface QuestionPlan {
  question: Question;
  step: Step;
  handler: QuestionHandler<Question>;
  /** Base field name, `q.<key>`. */
  name: string;
  visibleWhen: CompiledRule | undefined;
  requiredWhen: CompiledRule | undefined;
  expression: CompiledRule | undefined;
}

export interface StepPlan {
  step: Step;
  questions: QuestionPlan[];
}

export interface FormPlan {
  steps: StepPlan[];
  stepById: ReadonlyMap<string, StepPlan>;
  byKey: ReadonlyMap<string, QuestionPlan>;
  /** Every question after the ones its condition or expression reads. */
  order: QuestionPlan[];
}

const plans = new WeakMap<FormDefinition, FormPlan>();

export const FIELD_PREFIX = 'q.';

function keysRead(q: Question): string[] {
  const rules = [q.visibleWhen, q.type === 'computed' ? q.expression : undefined];
  return rules.flatMap((rule) => (rule === undefined ? [] : inspectRule(rule).references.map((r) => r.key)));
}

function build(def: FormDefinition): FormPlan {
  const byKey = new Map<string, QuestionPlan>();
  const steps = def.steps.map((step) => ({
    step,
    questions: step.questions.map((question) => {
      const p: QuestionPlan = {
        question,
        step,
        handler: handlerFor(question),
        name: FIELD_PREFIX + question.key,
        visibleWhen: question.visibleWhen === undefined ? undefined : compileRule(question.visibleWhen),
        requiredWhen:
          'requiredWhen' in question && question.requiredWhen !== undefined
            ? compileRule(question.requiredWhen)
            : undefined,
        expression: question.type === 'computed' ? compileRule(question.expression) : undefined,
      };
      byKey.set(question.key, p);
      return p;
    }),
  }));
  const deps = new Map([...byKey.values()].map((p) => [p.question.key, keysRead(p.question)]));
  const order = dependencyOrder([...byKey.keys()], (k) => deps.get(k) ?? []);
  if (!order.ok)
    throw new Error(`Definition has a condition cycle (${order.cycle.join(' -> ')}); parse it first`);
  return {
    steps,
    stepById: new Map(steps.map((s) => [s.step.id, s])),
    byKey,
    order: order.order.map((k) => byKey.get(k) as QuestionPlan),
  };
}

export function planFor(def: FormDefinition): FormPlan {
  let plan = plans.get(def);
  if (!plan) {
    plan = build(def);
    plans.set(def, plan);
  }
  return plan;
}
