/**
 * The buttons inside questions that change the form instead of moving on:
 * "Ta bort" on an uploaded file, "Ta bort rad" and "Lägg till rad" in a
 * repeating group. The engine applies the removals itself when it reads the
 * post (`q.<key>.remove`, `q.<key>.removeRow`); the page must notice that one
 * was pressed and show the same step again instead of going on, and for
 * "Lägg till rad" show it with one more row (`withAddedRow`).
 */
import type { PostedFields, RawFields } from '../../../domain/forms/answers.ts';
import type { Step } from '../../../domain/forms/definition.ts';
import { FIELD_PREFIX } from '../../../domain/forms/plan.ts';
import { ADD_ROW_FIELD } from './group.tsx';
import { rawWithAddedRow } from './group-rows.ts';

export type FormAction =
  | { kind: 'addRow'; key: string }
  | { kind: 'removeRow'; key: string; row: number }
  | { kind: 'removeFile'; key: string; fileId: string };

function first(posted: PostedFields, name: string): string | undefined {
  const v = posted[name];
  return typeof v === 'string' ? v : v?.[0];
}

/** The add/remove button pressed in this step's form, if one was (a browser posts only the pressed button). */
export function pressedAction(step: Step, posted: PostedFields): FormAction | undefined {
  const addRow = first(posted, ADD_ROW_FIELD);
  for (const q of step.questions) {
    const name = FIELD_PREFIX + q.key;
    if (q.type === 'group') {
      if (addRow === q.key) return { kind: 'addRow', key: q.key };
      const row = first(posted, `${name}.removeRow`);
      if (row !== undefined && /^\d{1,4}$/.test(row))
        return { kind: 'removeRow', key: q.key, row: Number(row) };
    }
    if (q.type === 'file') {
      const fileId = first(posted, `${name}.remove`);
      if (fileId) return { kind: 'removeFile', key: q.key, fileId };
    }
  }
  return undefined;
}

/** `raw` with a blank row added to the group whose "Lägg till rad" was pressed (else unchanged). */
export function withAddedRow(step: Step, posted: PostedFields, raw: RawFields): RawFields {
  const action = pressedAction(step, posted);
  if (action?.kind !== 'addRow') return raw;
  const q = step.questions.find((x) => x.key === action.key);
  return q?.type === 'group' ? rawWithAddedRow(q, FIELD_PREFIX + q.key, raw) : raw;
}
