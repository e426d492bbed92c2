/** Helpers the question types share for reading posted fields. */
import { type AnswerValue, isBlank, type PostedFields, type RawFields } from '../answers.ts';
import type { Question } from '../definition.ts';
import type { ErrorCode, ErrorParams, Issue } from '../errors.ts';
import type { ReadResult } from './handler.ts';

/** PostgreSQL cannot store U+0000 in text or JSON; nobody types it on purpose. */
function clean(s: string): string {
  return s.includes('\u0000') ? s.replaceAll('\u0000', '') : s;
}

/** One posted string (the first, if the name was repeated). */
export function postedString(posted: PostedFields, name: string): string | undefined {
  const v = posted[name];
  if (v === undefined) return undefined;
  const s = typeof v === 'string' ? v : v[0];
  return s === undefined ? undefined : clean(s);
}

/** Every posted string for a repeated name (checkboxes, files to remove). */
export function postedList(posted: PostedFields, name: string): string[] {
  const v = posted[name];
  if (v === undefined) return [];
  return typeof v === 'string' ? [clean(v)] : v.map(clean);
}

/** Length as people count characters: an emoji or a letter outside the BMP is one. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

export function issue(field: string, code: ErrorCode, params?: ErrorParams): Issue {
  return params ? { field, code, params } : { field, code };
}

export function empty(raw: RawFields): ReadResult {
  return { raw, value: undefined, issues: [] };
}

export function answered(raw: RawFields, value: AnswerValue): ReadResult {
  return { raw, value, issues: [] };
}

export function invalid(raw: RawFields, issues: Issue[]): ReadResult {
  return { raw, value: undefined, issues };
}

/** The defaults for types the user answers in one field. */
export const singleFieldDefaults = {
  kind: 'input' as const,
  acceptsField: (_q: Question, suffix: string) => suffix === '',
  isEmpty: (_q: Question, value: AnswerValue | undefined) => isBlank(value),
  requiredIssues: (_q: Question, name: string): Issue[] => [{ field: name, code: 'required' }],
};

/** Reads the one string field of a simple type, trimmed, keeping what was sent for re-display. */
export function readSingle(posted: PostedFields, name: string): { raw: RawFields; text: string } {
  const s = postedString(posted, name);
  if (s === undefined) return { raw: {}, text: '' };
  return { raw: { [name]: s }, text: s.trim() };
}
