/**
 * A value calculated from other answers by a JSON Logic expression, e.g. the
 * Funktionsstöd claim: sick pay + holiday pay 12 % + employer fees 31.42 %.
 * It is never posted; `evaluate.ts` recalculates it on every evaluation.
 */
import type { ComputedQuestion } from '../definition.ts';
import { textIn } from '../localize.ts';
import { compact, readQuestionCommon } from '../schema/common.ts';
import { formatCurrency, formatNumber } from './formatting.ts';
import type { QuestionHandler } from './handler.ts';
import { issue } from './shared.ts';

export const DEFAULT_DECIMALS = 2;

/** Rounds half away from zero at `decimals`, so 0.125 kr becomes 0.13 kr, not 0.12. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(value) * f * (1 + Number.EPSILON)) / f;
  return value < 0 ? -r : r;
}

export const computedHandler: QuestionHandler<ComputedQuestion> = {
  type: 'computed',
  kind: 'computed',

  readQuestion(r) {
    const common = readQuestionCommon(r);
    const expression = r.rule('expression', common.key || undefined, 'expression', true) ?? null;
    const format = r.string('format', true);
    if (format !== undefined && format !== 'number' && format !== 'currency') {
      r.problem('format', 'wrongType', { expected: 'number | currency' });
    }
    const decimals = r.integer('decimals', { min: 0, max: 6 });
    const unit = r.langText('unit');
    if (unit !== undefined && format === 'currency')
      r.problem('unit', 'unknownProperty', { property: 'unit' });
    return compact({
      ...common,
      type: 'computed',
      expression,
      format: format === 'currency' ? 'currency' : 'number',
      decimals,
      unit,
      summary: r.boolean('summary'),
    });
  },

  acceptsField: () => false,
  read: () => ({ raw: {}, value: undefined, issues: [] }),
  check: (_q, value, { name }) =>
    typeof value === 'number' && Number.isFinite(value) ? [] : [issue(name, 'invalidValue')],
  isEmpty: (_q, value) => typeof value !== 'number',
  requiredIssues: () => [],
  toRaw: () => ({}),

  format(q, value, { lang }) {
    if (typeof value !== 'number') return '';
    const decimals = q.decimals ?? DEFAULT_DECIMALS;
    if (q.format === 'currency') return formatCurrency(value, lang, decimals);
    const n = formatNumber(value, lang, decimals);
    return q.unit ? `${n} ${textIn(q.unit, lang)}` : n;
  },
};
