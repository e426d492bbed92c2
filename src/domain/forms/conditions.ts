/**
 * JSON Logic for conditions (`visibleWhen`, `requiredWhen`) and computed
 * values, run by json-logic-engine in compiled mode (a rule becomes a plain
 * JavaScript function once; running it costs nanoseconds).
 *
 * Rules are written by e-service developers, so only a known set of operators
 * is allowed: the stored format then does not change meaning when the engine
 * adds operators, and every variable a rule reads can be found statically —
 * which is how the schema rejects references to unknown questions and how
 * conditions are evaluated in dependency order.
 */
import { LogicEngine } from 'json-logic-engine';
import type { Answers } from './answers.ts';
import type { JsonLogicRule } from './definition.ts';

export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  // data
  'var',
  'missing',
  'missing_some',
  // logic and comparison
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  // arithmetic
  '+',
  '-',
  '*',
  '/',
  '%',
  'min',
  'max',
  // strings and lists
  'in',
  'cat',
  'substr',
  'merge',
  // iteration over lists (repeating groups, checkbox answers)
  'map',
  'filter',
  'reduce',
  'all',
  'some',
  'none',
]);

/** Operators whose later arguments run once per list item, with the item as data. */
const ITERATORS: ReadonlySet<string> = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

const engine = new LogicEngine();

export type CompiledRule = (answers: Answers) => unknown;

/** Compiles a rule that has passed {@link inspectRule}. */
export function compileRule(rule: JsonLogicRule): CompiledRule {
  const fn = engine.build(rule) as (data: unknown) => unknown;
  return (answers) => fn(answers);
}

/** JSON Logic truthiness: empty lists and objects are false, as in the browser. */
export function truthy(value: unknown): boolean {
  return Boolean(engine.truthy(value));
}

/**
 * Runs a rule; a rule that throws (json-logic-engine throws on NaN, e.g. a
 * division by zero) counts as having no value rather than breaking the form.
 */
export function runRule(rule: CompiledRule, answers: Answers): unknown {
  try {
    return rule(answers);
  } catch {
    return undefined;
  }
}

export type RuleProblemCode = 'invalidExpression' | 'unknownOperator' | 'dynamicVariable';

export interface RuleProblem {
  /** JSON Pointer relative to the rule. */
  path: string;
  code: RuleProblemCode;
  params?: { [name: string]: string };
}

export interface RuleReference {
  /** The question key the variable starts with (`contact` for `contact.email`). */
  key: string;
  /** JSON Pointer relative to the rule. */
  path: string;
}

export interface RuleInspection {
  references: RuleReference[];
  problems: RuleProblem[];
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Checks a rule's shape and operators and lists the answers it reads. Variables
 * inside the body of an iterator refer to the list item, not to answers, and
 * are not listed.
 */
export function inspectRule(rule: unknown): RuleInspection {
  const references: RuleReference[] = [];
  const problems: RuleProblem[] = [];

  const reference = (name: unknown, path: string, scoped: boolean) => {
    // Inside an iterator `""` is the item itself; at the top it would be all answers at once.
    if (typeof name !== 'string' || (name === '' && !scoped)) {
      problems.push({ path, code: 'dynamicVariable' });
      return;
    }
    if (!scoped) references.push({ key: name.split('.')[0] ?? name, path });
  };

  const walk = (node: unknown, path: string, scoped: boolean): void => {
    if (node === null || typeof node === 'boolean' || typeof node === 'string') return;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) problems.push({ path, code: 'invalidExpression' });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, `${path}/${i}`, scoped);
      });
      return;
    }
    if (typeof node !== 'object') {
      problems.push({ path, code: 'invalidExpression' });
      return;
    }
    const ops = Object.keys(node);
    if (ops.length !== 1) {
      problems.push({ path, code: 'invalidExpression', params: { reason: 'oneOperatorPerObject' } });
      return;
    }
    const op = ops[0] as string;
    const opPath = `${path}/${escapePointer(op)}`;
    if (!ALLOWED_OPERATORS.has(op)) {
      problems.push({ path: opPath, code: 'unknownOperator', params: { operator: op } });
      return;
    }
    const args: unknown = (node as { [k: string]: unknown })[op];
    if (op === 'var') {
      const name = Array.isArray(args) ? args[0] : args;
      reference(name, Array.isArray(args) ? `${opPath}/0` : opPath, scoped);
      if (Array.isArray(args)) {
        args.slice(1).forEach((a, i) => {
          walk(a, `${opPath}/${i + 1}`, scoped);
        });
      }
      return;
    }
    if (op === 'missing' || op === 'missing_some') {
      const names = op === 'missing' ? args : Array.isArray(args) ? args[1] : undefined;
      const namesPath = op === 'missing' ? opPath : `${opPath}/1`;
      const list = Array.isArray(names) ? names : [names];
      list.forEach((n, i) => {
        reference(n, Array.isArray(names) ? `${namesPath}/${i}` : namesPath, scoped);
      });
      if (op === 'missing_some' && Array.isArray(args)) walk(args[0], `${opPath}/0`, scoped);
      return;
    }
    if (ITERATORS.has(op) && Array.isArray(args)) {
      // The list and reduce's initial value read answers; the body reads the item.
      args.forEach((a, i) => {
        walk(a, `${opPath}/${i}`, i === 1 ? true : scoped);
      });
      return;
    }
    walk(args, opPath, scoped);
  };

  walk(rule, '', false);
  if (problems.length === 0) {
    try {
      engine.build(rule);
    } catch {
      problems.push({ path: '', code: 'invalidExpression' });
    }
  }
  return { references, problems };
}
