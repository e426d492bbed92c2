/** Short text on one line, with optional length limits and pattern. */
import { type AnswerValue, isBlank } from '../answers.ts';
import { LIMITS, type TextQuestion } from '../definition.ts';
import type { Issue } from '../errors.ts';
import { compact, readAnswerableCommon } from '../schema/common.ts';
import type { ObjectReader } from '../schema/reader.ts';
import type { QuestionHandler } from './handler.ts';
import { answered, codePointLength, empty, issue, readSingle, singleFieldDefaults } from './shared.ts';

/** WHATWG autocomplete tokens that make sense in e-service forms (WCAG 1.3.5). */
const AUTOCOMPLETE = new Set([
  'name',
  'given-name',
  'family-name',
  'email',
  'tel',
  'street-address',
  'address-line1',
  'address-line2',
  'postal-code',
  'address-level2',
  'country-name',
  'organization',
  'organization-title',
  'bday',
  'off',
]);

const compiled = new WeakMap<TextQuestion, RegExp>();

/** The question's pattern as a whole-value match, compiled once per (immutable) question. */
function patternOf(q: TextQuestion): RegExp | undefined {
  if (q.pattern === undefined) return undefined;
  let re = compiled.get(q);
  if (!re) {
    re = new RegExp(`^(?:${q.pattern})$`, 'u');
    compiled.set(q, re);
  }
  return re;
}

export function readLengthLimits(
  r: ObjectReader,
  hardMax: number,
  withMin: boolean,
): { minLength?: number; maxLength?: number } {
  const minLength = withMin ? r.integer('minLength', { min: 0, max: hardMax }) : undefined;
  const maxLength = r.integer('maxLength', { min: 1, max: hardMax });
  if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
    r.problem('minLength', 'minGreaterThanMax');
  }
  return { minLength, maxLength };
}

export function checkLength(value: string, name: string, min: number | undefined, max: number): Issue[] {
  const length = codePointLength(value);
  if (length > max) return [issue(name, 'tooLong', { max })];
  if (min !== undefined && length < min) return [issue(name, 'tooShort', { min })];
  return [];
}

export const textHandler: QuestionHandler<TextQuestion> = {
  ...singleFieldDefaults,
  type: 'text',

  readQuestion(r) {
    const common = readAnswerableCommon(r);
    const limits = readLengthLimits(r, LIMITS.textMaxLength, true);
    const pattern = r.string('pattern');
    if (pattern !== undefined) {
      if (pattern.length > LIMITS.patternMaxLength)
        r.problem('pattern', 'tooMany', { max: LIMITS.patternMaxLength });
      else {
        try {
          new RegExp(pattern, 'u');
        } catch {
          r.problem('pattern', 'invalidPattern');
        }
      }
    }
    const patternMessage = r.langText('patternMessage');
    if (patternMessage !== undefined && pattern === undefined) r.problem('pattern', 'missing');
    const autocomplete = r.string('autocomplete');
    if (autocomplete !== undefined && !AUTOCOMPLETE.has(autocomplete)) {
      r.problem('autocomplete', 'invalidAutocomplete', { value: autocomplete });
    }
    return compact({ ...common, type: 'text', ...limits, pattern, patternMessage, autocomplete });
  },

  read(_q, { posted, name }) {
    const { raw, text } = readSingle(posted, name);
    return text === '' ? empty(raw) : answered(raw, text);
  },

  check(q, value, { name }) {
    if (typeof value !== 'string' || isBlank(value)) return [issue(name, 'invalidValue')];
    const issues = checkLength(value, name, q.minLength, q.maxLength ?? LIMITS.textMaxLength);
    if (issues.length > 0) return issues;
    const re = patternOf(q);
    return re && !re.test(value) ? [issue(name, 'pattern')] : [];
  },

  toRaw: (_q, value: AnswerValue, name) => (typeof value === 'string' ? { [name]: value } : {}),
  format: (_q, value) => (typeof value === 'string' ? value : ''),
};
