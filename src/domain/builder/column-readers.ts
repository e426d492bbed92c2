/**
 * Which conditions and expressions read a repeating group's column: a rule
 * that iterates over the group (`some`, `all`, `none`, `filter`, `map`,
 * `reduce` with `{ "var": "<group>" }` as its list) and, in its body, reads
 * the item's `<column>` (or reduce's `current.<column>`). The builder asks
 * before changing a column's key, so a rename does not silently break them.
 */
import type { FormDefinition } from '../forms/definition.ts';
import type { RuleReader, RuleRole } from './references.ts';

const ITERATORS: ReadonlySet<string> = new Set(['map', 'filter', 'reduce', 'all', 'some', 'none']);

const varName = (node: unknown): unknown => {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const v = (node as Record<string, unknown>).var;
  return Array.isArray(v) ? v[0] : v;
};

/** Whether the rule reads `column` of the rows of `group`. */
export function ruleReadsColumn(rule: unknown, group: string, column: string): boolean {
  const readsItem = (name: unknown, op: string) => {
    if (typeof name !== 'string') return false;
    const item = op === 'reduce' ? (name.startsWith('current.') ? name.slice(8) : '') : name;
    return item.split('.')[0] === column;
  };
  // `op` is the innermost iterator over the group, when inside its body.
  const walk = (node: unknown, op: string | null): boolean => {
    if (node === null || typeof node !== 'object') return false;
    if (Array.isArray(node)) return node.some((n) => walk(n, op));
    const entries = Object.entries(node as Record<string, unknown>);
    return entries.some(([key, args]) => {
      if (key === 'var') return op !== null && readsItem(Array.isArray(args) ? args[0] : args, op);
      if (ITERATORS.has(key) && Array.isArray(args)) {
        const list = varName(args[0]);
        const overGroup = typeof list === 'string' && list === group;
        return args.some((a, i) => walk(a, i === 1 ? (overGroup ? key : null) : op));
      }
      return walk(args, op);
    });
  };
  return walk(rule, null);
}

/** The rules of the definition that read `column` of the group `group`. */
export function columnReaders(def: FormDefinition, group: string, column: string): RuleReader[] {
  const out: RuleReader[] = [];
  for (const step of def.steps) {
    for (const q of step.questions) {
      const rules: [RuleRole, unknown][] = [['visibleWhen', q.visibleWhen]];
      if ('requiredWhen' in q) rules.push(['requiredWhen', q.requiredWhen]);
      if (q.type === 'computed') rules.push(['expression', q.expression]);
      for (const [role, rule] of rules)
        if (rule !== undefined && ruleReadsColumn(rule, group, column))
          out.push({ stepId: step.id, questionKey: q.key, role });
    }
  }
  return out;
}
