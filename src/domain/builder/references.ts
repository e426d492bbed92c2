/**
 * Which conditions and expressions read a question: the builder asks before
 * deleting a question (or changing its key or options), so it can name the
 * rules that would break instead of leaving a dangling reference.
 */
import { inspectRule } from '../forms/conditions.ts';
import type { FormDefinition } from '../forms/definition.ts';

export type RuleRole = 'visibleWhen' | 'requiredWhen' | 'expression';

export interface RuleReader {
  stepId: string;
  /** The question whose rule it is. */
  questionKey: string;
  role: RuleRole;
}

export function rulesReading(def: FormDefinition, key: string): RuleReader[] {
  const out: RuleReader[] = [];
  for (const step of def.steps) {
    for (const q of step.questions) {
      const rules: [RuleRole, unknown][] = [['visibleWhen', q.visibleWhen]];
      if ('requiredWhen' in q) rules.push(['requiredWhen', q.requiredWhen]);
      if (q.type === 'computed') rules.push(['expression', q.expression]);
      for (const [role, rule] of rules) {
        if (rule === undefined) continue;
        if (inspectRule(rule).references.some((r) => r.key === key))
          out.push({ stepId: step.id, questionKey: q.key, role });
      }
    }
  }
  return out;
}
