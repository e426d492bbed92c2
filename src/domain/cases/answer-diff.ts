import type { Answers, AnswerValue } from '../forms/answers.ts';

/** One answer that differs; null where there was (or is) no answer. Stored as JSON in the case history. */
export interface AnswerChange {
  key: string;
  before: AnswerValue | null;
  after: AnswerValue | null;
}

/** Deep equality of two JSON answers; the order of an object's keys does not matter, a list's order does. */
export function sameAnswer(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameAnswer(x, b[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) {
    if (!sameAnswer(ao[k], bo[k])) return false;
  }
  return true;
}

/**
 * What changed between two answer objects: every key whose answer was added,
 * removed or changed. `order` (the definition's question keys) decides the
 * order of the list; keys it does not name come after, alphabetically.
 */
export function diffAnswers(
  before: Readonly<Answers>,
  after: Readonly<Answers>,
  order: readonly string[] = [],
): AnswerChange[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const rank = new Map(order.map((k, i) => [k, i]));
  const sorted = [...keys].sort((x, y) => {
    const rx = rank.get(x) ?? Number.MAX_SAFE_INTEGER;
    const ry = rank.get(y) ?? Number.MAX_SAFE_INTEGER;
    return rx !== ry ? rx - ry : x < y ? -1 : x > y ? 1 : 0;
  });
  const changes: AnswerChange[] = [];
  for (const key of sorted) {
    const b = Object.hasOwn(before, key) ? (before[key] ?? null) : null;
    const a = Object.hasOwn(after, key) ? (after[key] ?? null) : null;
    if (!sameAnswer(b, a)) changes.push({ key, before: b, after: a });
  }
  return changes;
}
