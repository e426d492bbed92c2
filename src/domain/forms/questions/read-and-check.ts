import type { Question } from '../definition.ts';
import type { QuestionHandler, ReadInput, ReadResult } from './handler.ts';

/**
 * Reads a question's fields and, when they parse, applies its rules: an input
 * that breaks a rule is not an answer either. Read issues come first so a
 * wrongly typed date is not also reported as out of range.
 */
export function readAndCheck<Q extends Question>(
  handler: QuestionHandler<Q>,
  q: Q,
  input: ReadInput,
): ReadResult {
  const r = handler.read(q, input);
  if (r.value === undefined || r.issues.length > 0) return r;
  const issues = handler.check(q, r.value, { name: input.name, today: input.today });
  return issues.length === 0 ? r : { ...r, value: undefined, issues };
}
