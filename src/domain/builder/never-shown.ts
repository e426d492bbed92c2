/**
 * Which questions can never be shown, whatever the resident answers.
 *
 * The analysis is sound rather than clever: a question is reported only when
 * its `visibleWhen` is false for every value the questions it reads can
 * possibly have. Those values are enumerated only for questions with a small,
 * known set of answers (radio, select, yes/no, consent, a checkbox with few
 * options) and for questions that are themselves never shown (they never have
 * an answer); a rule that reads anything else (free text, numbers, computed
 * values) is assumed to be showable. Each combination is run by the real rule
 * engine, so "never" means exactly what the form would do.
 */
import type { Answers, AnswerValue } from '../forms/answers.ts';
import { compileRule, inspectRule, runRule, truthy } from '../forms/conditions.ts';
import type { FormDefinition, Question } from '../forms/definition.ts';

/** A checkbox with more options than this has too many combinations to try. */
const MAX_CHECKBOX_OPTIONS = 6;
/** Rules whose combinations exceed this are assumed showable. */
const MAX_COMBINATIONS = 4096;

/** `undefined` stands for "not answered": the key is absent from the answers. */
type Domain = readonly (AnswerValue | undefined)[];

function subsets(values: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << values.length; mask++) {
    out.push(values.filter((_, i) => (mask & (1 << i)) !== 0));
  }
  return out;
}

/** Every answer the question can hold while conditions are evaluated, or undefined when there are too many. */
function domainOf(q: Question, never: ReadonlySet<string>): Domain | undefined {
  if (never.has(q.key)) return [undefined];
  switch (q.type) {
    case 'radio':
    case 'select':
      return [undefined, ...q.options.map((o) => o.value)];
    case 'yesno':
      return [undefined, true, false];
    case 'consent':
      return [undefined, true];
    case 'checkbox':
      return q.options.length <= MAX_CHECKBOX_OPTIONS
        ? [undefined, ...subsets(q.options.map((o) => o.value))]
        : undefined;
    default:
      return undefined;
  }
}

/** Whether some combination of possible answers makes the rule true. */
function canBeTrue(rule: unknown, byKey: ReadonlyMap<string, Question>, never: ReadonlySet<string>): boolean {
  const keys = [...new Set(inspectRule(rule).references.map((r) => r.key))];
  const domains: [string, Domain][] = [];
  let combinations = 1;
  for (const key of keys) {
    const q = byKey.get(key);
    const d = q && domainOf(q, never);
    if (!d) return true;
    combinations *= d.length;
    if (combinations > MAX_COMBINATIONS) return true;
    domains.push([key, d]);
  }
  const fn = compileRule(rule as Parameters<typeof compileRule>[0]);
  const answers: Answers = {};
  const tryFrom = (i: number): boolean => {
    const entry = domains[i];
    if (!entry) return truthy(runRule(fn, answers));
    const [key, domain] = entry;
    for (const value of domain) {
      if (value === undefined) delete answers[key];
      else answers[key] = value;
      if (tryFrom(i + 1)) return true;
    }
    delete answers[key];
    return false;
  };
  return tryFrom(0);
}

/**
 * Keys of the questions that are never shown. Hiding one question can hide
 * those that depend on it, so this repeats until nothing changes.
 */
export function neverShownKeys(def: FormDefinition): Set<string> {
  const byKey = new Map<string, Question>();
  for (const step of def.steps) for (const q of step.questions) byKey.set(q.key, q);
  const never = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const q of byKey.values()) {
      if (never.has(q.key) || q.visibleWhen === undefined) continue;
      if (!canBeTrue(q.visibleWhen, byKey, never)) {
        never.add(q.key);
        changed = true;
      }
    }
  }
  return never;
}
