/** A number, typed the Swedish way or the English way ("1 234,5", "1234.5", "−3"). */
import type { NumberQuestion } from '../definition.ts';
import type { Issue } from '../errors.ts';
import { textIn } from '../localize.ts';
import { compact, readAnswerableCommon } from '../schema/common.ts';
import { formatNumber } from './formatting.ts';
import type { QuestionHandler } from './handler.ts';
import { answered, empty, invalid, issue, readSingle, singleFieldDefaults } from './shared.ts';

const GROUPING = /[\s\u00a0\u2009\u202f']/g;
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** The number in what was typed, or `undefined`. Spaces group thousands; `,` or `.` is the decimal mark. */
export function parseNumberInput(text: string): number | undefined {
  const t = text.replace(GROUPING, '').replace(/^[\u2212\u2013]/, '-');
  if (t.length > 30 || !NUMBER.test(t)) return undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

export const numberHandler: QuestionHandler<NumberQuestion> = {
  ...singleFieldDefaults,
  type: 'number',

  readQuestion(r) {
    const common = readAnswerableCommon(r);
    const min = r.number('min');
    const max = r.number('max');
    if (min !== undefined && max !== undefined && min > max) r.problem('min', 'minGreaterThanMax');
    const integer = r.boolean('integer');
    const unit = r.langText('unit');
    return compact({ ...common, type: 'number', min, max, integer, unit });
  },

  read(_q, { posted, name }) {
    const { raw, text } = readSingle(posted, name);
    if (text === '') return empty(raw);
    const n = parseNumberInput(text);
    return n === undefined ? invalid(raw, [issue(name, 'notANumber')]) : answered(raw, n);
  },

  check(q, value, { name }) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return [issue(name, 'invalidValue')];
    const issues: Issue[] = [];
    if (q.integer && !Number.isInteger(value)) issues.push(issue(name, 'notInteger'));
    if (q.min !== undefined && value < q.min) issues.push(issue(name, 'belowMin', { min: q.min }));
    if (q.max !== undefined && value > q.max) issues.push(issue(name, 'aboveMax', { max: q.max }));
    return issues;
  },

  toRaw: (_q, value, name) => (typeof value === 'number' ? { [name]: String(value) } : {}),

  format(q, value, { lang }) {
    if (typeof value !== 'number') return '';
    const n = formatNumber(value, lang);
    return q.unit ? `${n} ${textIn(q.unit, lang)}` : n;
  },
};
