/**
 * Conditions and calculations in plain words ("Språk är Arabiska och Ålder är
 * minst 6"), for the condition pages and any builder page that lists them.
 */

import {
  fromJsonLogic as computedFromJsonLogic,
  type Operand,
} from '../../../domain/builder/computed-rows.ts';
import {
  type ConditionRow,
  conditionSources,
  fromJsonLogic,
} from '../../../domain/builder/condition-rows.ts';
import type { FormDefinition, JsonLogicRule, Question } from '../../../domain/forms/definition.ts';
import { textIn } from '../../../domain/forms/localize.ts';
import type { MessageKey, Translator } from '../../ui/i18n/translator.ts';

function questionByKey(definition: FormDefinition, key: string): Question | undefined {
  return definition.steps.flatMap((s) => s.questions).find((q) => q.key === key);
}

/** One row in words: "Språk är Arabiska". */
export function rowInWords(
  row: ConditionRow,
  definition: FormDefinition,
  t: Translator,
  lang: string,
): string {
  const q = conditionSources(definition).find((x) => x.key === row.key);
  const label = q ? textIn(q.label, lang) : row.key;
  const op = t.t(`builderCond.op.${row.operator}` as MessageKey);
  if (row.operator === 'answered' || row.operator === 'notAnswered') return `${label} ${op}`;
  let value = row.value;
  if (q?.type === 'yesno')
    value = t.t(row.value === 'yes' ? 'builderCond.words.yes' : 'builderCond.words.no');
  else if (q && (q.type === 'radio' || q.type === 'select' || q.type === 'checkbox')) {
    const o = q.options.find((x) => x.value === row.value);
    if (o) value = textIn(o.label, lang);
  }
  return `${label} ${op} ${value}`;
}

/**
 * A stored condition in words, without the "Visas när" in front; `null` when
 * there is no condition. A rule the rows cannot express is named as such.
 */
export function conditionInWords(
  rule: JsonLogicRule | undefined,
  definition: FormDefinition,
  t: Translator,
  lang: string,
): string | null {
  if (rule === undefined || rule === null) return null;
  const form = fromJsonLogic(rule);
  if (!form) return t.t('builderCond.words.advanced');
  if (form.rows.length === 0) return null;
  const joiner = t.t(form.match === 'all' ? 'builderCond.words.and' : 'builderCond.words.or');
  return form.rows.map((r) => rowInWords(r, definition, t, lang)).join(joiner);
}

const OP_SIGN = { '+': '+', '-': '−', '*': '×', '/': '÷' } as const;

/** One operand in words: "Svaret på Timmar", "Antal rader i Barn", "12". */
export function operandInWords(
  operand: Operand,
  definition: FormDefinition,
  t: Translator,
  lang: string,
): string {
  if (operand.kind === 'number') return operand.value.replace('.', t.lang === 'sv' ? ',' : '.');
  const q = questionByKey(definition, operand.key);
  const label = q ? textIn(q.label, lang) : operand.key;
  if (operand.kind === 'answer') return t.t('builderCalc.source.answer', { label });
  return t.t(q?.type === 'group' ? 'builderCalc.source.rows' : 'builderCalc.source.count', { label });
}

/** A stored calculation in words ("(Svaret på Timmar + 2) × Antal rader i Barn"); `null` when there is none. */
export function calculationInWords(
  rule: JsonLogicRule | undefined,
  definition: FormDefinition,
  t: Translator,
  lang: string,
): string | null {
  if (rule === undefined || rule === null) return null;
  const form = computedFromJsonLogic(rule);
  if (!form) return t.t('builderCond.words.advanced');
  let text = operandInWords(form.first, definition, t, lang);
  for (const [i, row] of form.rows.entries()) {
    const left = i === 0 ? text : `(${text})`;
    text = `${left} ${OP_SIGN[row.operator]} ${operandInWords(row.operand, definition, t, lang)}`;
  }
  return text;
}
