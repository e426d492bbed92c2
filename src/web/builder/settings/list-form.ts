/**
 * The posted "list form" of the settings pages: a row count, the rows'
 * fields and one button (save, add a row, or move/remove row i).
 */
import { moved } from '../../../domain/builder/settings/common.ts';

/** More rows than any list may have: a post claiming more was not made by the page. */
const ROWS_MAX = 200;
/** Longer than any text a field allows; a longer post is cut here and refused by the checks. */
const TEXT_MAX = 1000;

export type Body = Record<string, unknown>;

/** A posted text field (the first one when repeated), cut at TEXT_MAX; '' when absent. */
export const str = (body: Body, name: string): string => {
  const v = body[name];
  const s = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
  return s.slice(0, TEXT_MAX);
};

/** Every posted value of a repeated field (checkboxes). */
export const list = (body: Body, name: string): string[] => {
  const v = body[name];
  return typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.filter((x): x is string => typeof x === 'string')
      : [];
};

/** What a list form asks for: save, add a row, or move/remove row i. */
export type ListAction = { kind: 'save' | 'add' } | { kind: 'up' | 'down' | 'remove'; index: number };

function listAction(body: Body, rows: number): ListAction | undefined {
  const a = str(body, 'action') || 'save';
  if (a === 'save' || a === 'add') return { kind: a };
  const m = /^(up|down|remove)\.([0-9]{1,3})$/.exec(a);
  if (!m) return undefined;
  const index = Number(m[2]);
  return index < rows ? { kind: m[1] as 'up' | 'down' | 'remove', index } : undefined;
}

function rowCount(body: Body): number | undefined {
  const n = str(body, 'rows');
  return /^[0-9]{1,3}$/.test(n) && Number(n) <= ROWS_MAX ? Number(n) : undefined;
}

/** The row count and the button of a list form; undefined when the post was not made by the page. */
export function readListForm(body: Body): { n: number; action: ListAction } | undefined {
  const n = rowCount(body);
  const action = n === undefined ? undefined : listAction(body, n);
  return n === undefined || !action ? undefined : { n, action };
}

/** Rows 0..n-1 of a list form, each read by `row(i)`. */
export const readRows = <T>(n: number, row: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => row(i));

/** Applies up/down/remove/add to a list; undefined for save. */
export function edited<T>(rows: readonly T[], a: ListAction, blank: () => T): T[] | undefined {
  if (a.kind === 'up') return moved(rows, a.index, -1);
  if (a.kind === 'down') return moved(rows, a.index, 1);
  if (a.kind === 'remove') return rows.filter((_, i) => i !== a.index);
  if (a.kind === 'add') return [...rows, blank()];
  return undefined;
}
