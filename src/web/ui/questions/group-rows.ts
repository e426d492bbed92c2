/**
 * How many rows a repeating group shows. The engine posts no row count: rows
 * are the `q.<key>.<row>.…` fields there are, blank rows are dropped and the
 * rest renumbered. So the page shows the rows in `raw`, at least `minRows`
 * (and one), and "Lägg till rad" works by adding a blank row to `raw`.
 */
import type { RawFields } from '../../../domain/forms/answers.ts';
import { type GroupQuestion, LIMITS } from '../../../domain/forms/definition.ts';
import type { FieldError } from '../../../domain/forms/errors.ts';
import { firstControlField } from './error-targets.ts';

const ROW = /^(0|[1-9]\d{0,3})$/;

export function maxRowsOf(q: GroupQuestion): number {
  return q.maxRows ?? LIMITS.groupMaxRows;
}

/** Rows to show for group field `name`: those with fields in `raw` or errors, at least max(1, minRows). */
export function groupRowCount(
  q: GroupQuestion,
  name: string,
  raw: RawFields,
  errors: readonly FieldError[] = [],
): number {
  const prefix = `${name}.`;
  let rows = Math.min(Math.max(1, q.minRows ?? 0), maxRowsOf(q));
  for (const field of Object.keys(raw)) {
    if (!field.startsWith(prefix)) continue;
    const segment = field.slice(prefix.length).split('.', 1)[0] ?? '';
    if (ROW.test(segment)) rows = Math.max(rows, Number(segment) + 1);
  }
  for (const e of errors) if (e.row !== undefined) rows = Math.max(rows, e.row + 1);
  return rows;
}

/** `raw` with one more, blank, row in the group (unchanged when the group is full). */
export function rawWithAddedRow(q: GroupQuestion, name: string, raw: RawFields): RawFields {
  const rows = groupRowCount(q, name, raw);
  const first = q.questions[0];
  if (!first || rows >= maxRowsOf(q)) return raw;
  return { ...raw, [firstControlField(first, `${name}.${rows}.${first.key}`)]: '' };
}
