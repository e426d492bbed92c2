/**
 * Swedish postal address parts, shared by the address question and the
 * address of a contact question: street, postal code (five digits, the first
 * not 0, typed with or without the space) and city.
 */
import { isBlank, type RawFields } from '../answers.ts';
import { LIMITS } from '../definition.ts';
import type { Issue } from '../errors.ts';
import { issue, postedString } from './shared.ts';

export const ADDRESS_PARTS = ['street', 'postalCode', 'city'] as const;

const POSTAL_CODE = /^[1-9]\d{4}$/;

export function normalisePostalCode(s: string): string {
  return s.replace(/[\s\u00a0]/g, '');
}

/** `12345` -> `123 45`, the way it is written on letters. */
export function formatPostalCode(s: string): string {
  return POSTAL_CODE.test(s) ? `${s.slice(0, 3)} ${s.slice(3)}` : s;
}

/** Reads named parts (`q.<key>.<part>`), trimmed; the postal code without spaces. */
export function readParts(
  posted: Parameters<typeof postedString>[0],
  name: string,
  parts: readonly string[],
): { raw: RawFields; values: Record<string, string> } {
  const raw: RawFields = {};
  const values: Record<string, string> = {};
  for (const part of parts) {
    const s = postedString(posted, `${name}.${part}`);
    if (s === undefined) continue;
    raw[`${name}.${part}`] = s;
    const t = part === 'postalCode' ? normalisePostalCode(s.trim()) : s.trim();
    if (t !== '') values[part] = t;
  }
  return { raw, values };
}

/** Required-part, length and postal code rules for a set of string parts. */
export function checkParts(
  value: Record<string, unknown>,
  name: string,
  required: readonly string[],
  check: (part: string, v: string) => Issue | undefined,
): Issue[] {
  const issues: Issue[] = [];
  for (const part of required) {
    if (isBlank(value[part])) issues.push(issue(`${name}.${part}`, 'required', { part }));
  }
  for (const [part, v] of Object.entries(value)) {
    if (typeof v !== 'string' || isBlank(v)) continue;
    const field = `${name}.${part}`;
    if (v.length > LIMITS.partMaxLength) issues.push(issue(field, 'tooLong', { max: LIMITS.partMaxLength }));
    else {
      const problem = check(part, v);
      if (problem) issues.push(problem);
    }
  }
  return issues;
}

export function checkPostalCode(field: string, v: string): Issue | undefined {
  return POSTAL_CODE.test(v) ? undefined : issue(field, 'invalidPostalCode');
}

/** Whether every property is one of `parts` and a string. */
export function hasOnlyStringParts(value: Record<string, unknown>, parts: readonly string[]): boolean {
  for (const [k, v] of Object.entries(value)) {
    if (!parts.includes(k) || typeof v !== 'string') return false;
  }
  return true;
}
