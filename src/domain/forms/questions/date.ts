/**
 * A date in three fields (day, month, year), the pattern that works for
 * everyone including screen reader and keyboard users. A single ISO value in
 * `q.<key>` (from an enhanced date picker) is accepted too.
 */
import { isIsoDate, isRealDate, parseIsoDate, toIsoDate } from '../../identity-numbers/calendar.ts';
import type { RawFields } from '../answers.ts';
import { isDateBound, resolveDateBound } from '../dates.ts';
import type { DateQuestion } from '../definition.ts';
import type { Issue } from '../errors.ts';
import { compact, readAnswerableCommon } from '../schema/common.ts';
import type { ObjectReader } from '../schema/reader.ts';
import { formatDate } from './formatting.ts';
import type { QuestionHandler } from './handler.ts';
import { answered, empty, invalid, issue, postedString, singleFieldDefaults } from './shared.ts';

export const DATE_PARTS = ['day', 'month', 'year'] as const;
type DatePart = (typeof DATE_PARTS)[number];

const PART_PATTERN: Record<DatePart, RegExp> = {
  day: /^\d{1,2}$/,
  month: /^\d{1,2}$/,
  year: /^\d{4}$/,
};

function readBound(r: ObjectReader, name: 'min' | 'max'): string | undefined {
  const v = r.string(name);
  if (v !== undefined && !isDateBound(v)) {
    r.problem(name, 'invalidDateBound', { value: v });
    return undefined;
  }
  return v;
}

/** Days spread over month ends and leap years, on which relative limits are compared. */
const REFERENCE_DAYS = ['2024-01-31', '2024-02-29', '2024-03-01', '2025-02-28', '2025-07-31', '2025-12-31'];

/**
 * Whether a min/max pair rules out every date on some day: fixed dates are
 * compared directly, relative ones on reference days. A fixed date against a
 * relative one depends on the day and is not judged here.
 */
function boundsCrossed(min: string, max: string): boolean {
  const fixedMin = parseIsoDate(min) !== undefined;
  const fixedMax = parseIsoDate(max) !== undefined;
  if (fixedMin && fixedMax) return min > max;
  if (fixedMin || fixedMax) return false;
  return REFERENCE_DAYS.some(
    (day) => (resolveDateBound(min, day) ?? '') > (resolveDateBound(max, day) ?? ''),
  );
}

export const dateHandler: QuestionHandler<DateQuestion> = {
  ...singleFieldDefaults,
  type: 'date',

  readQuestion(r) {
    const common = readAnswerableCommon(r);
    const min = readBound(r, 'min');
    const max = readBound(r, 'max');
    if (min !== undefined && max !== undefined && boundsCrossed(min, max))
      r.problem('min', 'minGreaterThanMax');
    return compact({ ...common, type: 'date', min, max });
  },

  acceptsField: (_q, suffix) => suffix === '' || suffix === 'day' || suffix === 'month' || suffix === 'year',

  read(_q, { posted, name }) {
    const raw: RawFields = {};
    const parts = { day: '', month: '', year: '' };
    for (const part of DATE_PARTS) {
      const s = postedString(posted, `${name}.${part}`);
      if (s !== undefined) {
        raw[`${name}.${part}`] = s;
        parts[part] = s.trim();
      }
    }
    const whole = postedString(posted, name);
    if (whole !== undefined && whole.trim() !== '' && !parts.day && !parts.month && !parts.year) {
      raw[name] = whole;
      const iso = whole.trim();
      return isIsoDate(iso) ? answered(raw, iso) : invalid(raw, [issue(name, 'invalidDate')]);
    }
    const missing = DATE_PARTS.filter((p) => parts[p] === '');
    if (missing.length === 3) return empty(raw);
    if (missing.length > 0) {
      return invalid(raw, [issue(`${name}.${missing[0]}`, 'incompleteDate', { missing })]);
    }
    const bad = DATE_PARTS.find((p) => !PART_PATTERN[p].test(parts[p]));
    if (bad) return invalid(raw, [issue(`${name}.${bad}`, 'invalidDate')]);
    const day = Number(parts.day);
    const month = Number(parts.month);
    const year = Number(parts.year);
    if (month < 1 || month > 12) return invalid(raw, [issue(`${name}.month`, 'invalidDate')]);
    if (!isRealDate(year, month, day)) return invalid(raw, [issue(`${name}.day`, 'invalidDate')]);
    return answered(raw, toIsoDate(year, month, day));
  },

  check(q, value, { name, today }) {
    const field = `${name}.day`;
    if (typeof value !== 'string' || !isIsoDate(value)) return [issue(field, 'invalidValue')];
    const issues: Issue[] = [];
    const min = q.min === undefined ? undefined : resolveDateBound(q.min, today);
    const max = q.max === undefined ? undefined : resolveDateBound(q.max, today);
    if (min !== undefined && value < min) issues.push(issue(field, 'dateBefore', { min }));
    if (max !== undefined && value > max) issues.push(issue(field, 'dateAfter', { max }));
    return issues;
  },

  requiredIssues: (_q, name) => [issue(`${name}.day`, 'required')],

  toRaw(_q, value, name) {
    const d = typeof value === 'string' ? parseIsoDate(value) : undefined;
    if (!d) return {};
    return {
      [`${name}.day`]: String(d.day),
      [`${name}.month`]: String(d.month),
      [`${name}.year`]: String(d.year),
    };
  },

  format: (_q, value, { lang }) =>
    typeof value === 'string' && isIsoDate(value) ? formatDate(value, lang) : '',
};
