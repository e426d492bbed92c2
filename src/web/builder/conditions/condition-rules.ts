/** A condition page's post turned into rules: reading the rows, checking them, the rules back into the question. */
import {
  CONDITION_MATCHES,
  CONDITION_OPERATORS,
  type ConditionForm,
  type ConditionMatch,
  type ConditionOperator,
  toJsonLogic,
} from '../../../domain/builder/condition-rows.ts';
import type { PostedFields } from '../../../domain/forms/answers.ts';
import type { FormDefinition, JsonLogicRule, Question } from '../../../domain/forms/definition.ts';
import type { FieldError } from '../../ui/components/index.ts';
import type { MessageKey, Translator } from '../../ui/i18n/translator.ts';
import {
  type AdvancedValues,
  jsonField,
  keyField,
  matchField,
  opField,
  type RowsValues,
  type Section,
  type SectionValues,
  valueField,
} from './conditions-page.tsx';
import { parseRuleText } from './rule-post.tsx';
import { field, MAX_ROWS } from './shared.ts';

/** "Visas när" / "Obligatorisk när": the prefix of a section's messages. */
export const sectionHeading = (t: Translator, s: Section): string =>
  t.t(s === 'visible' ? 'builderCond.visible.heading' : 'builderCond.required.heading');

/**
 * The rules of the sections as typed (rows, or JSON Logic in the advanced
 * view), or the errors that say what is wrong; a section left empty has no rule.
 */
export function rulesOfTyped(
  t: Translator,
  sections: readonly Section[],
  typed: { advanced: AdvancedValues } | { rows: RowsValues },
  question: Question,
  definition: FormDefinition,
): { rules: Partial<Record<Section, JsonLogicRule | undefined>>; errors: FieldError[] } {
  const headingOf = (s: Section) => sectionHeading(t, s);
  const errors: FieldError[] = [];
  const rules: Partial<Record<Section, JsonLogicRule | undefined>> = {};
  for (const s of sections) {
    if ('advanced' in typed) {
      const parsed = parseRuleText(t, typed.advanced[s]);
      if (parsed.ok) rules[s] = parsed.rule;
      else
        errors.push({
          field: jsonField(s),
          message: parsed.code === 'notJson' ? `${headingOf(s)}: ${parsed.message}` : parsed.message,
        });
      continue;
    }
    const sv = typed.rows[s];
    if (sv.rows.length > MAX_ROWS) {
      errors.push({ field: matchField(s), message: t.t('builderCond.error.tooMany', { max: MAX_ROWS }) });
      continue;
    }
    if (!(CONDITION_MATCHES as readonly string[]).includes(sv.match)) {
      errors.push({
        field: matchField(s),
        message: `${headingOf(s)}: ${t.t('builderCond.error.badMatch')}`,
      });
      continue;
    }
    const form: ConditionForm = {
      match: sv.match as ConditionMatch,
      rows: sv.rows.map((r) => ({
        key: r.key,
        // An operator that is not one of ours is as wrong as one that does not fit the question.
        operator: ((CONDITION_OPERATORS as readonly string[]).includes(r.operator)
          ? r.operator
          : 'unknown') as ConditionOperator,
        value: r.value,
      })),
    };
    // The page never offers the question itself.
    const selfRow = form.rows.findIndex((r) => r.key === question.key);
    if (selfRow >= 0) {
      errors.push({
        field: keyField(s, selfRow),
        message: `${headingOf(s)}: ${t.t('builderCond.error.unknownQuestion', { n: selfRow + 1 })}`,
      });
      continue;
    }
    const r = toJsonLogic(form, definition);
    if (r.ok) {
      rules[s] = r.value ?? undefined;
      continue;
    }
    for (const p of r.error) {
      const at =
        p.code === 'noQuestion' || p.code === 'unknownQuestion'
          ? keyField(s, p.row)
          : p.code === 'operatorNotAllowed'
            ? opField(s, p.row)
            : valueField(s, p.row);
      errors.push({
        field: at,
        message: `${headingOf(s)}: ${t.t(`builderCond.error.${p.code}` as MessageKey, { n: p.row + 1 })}`,
      });
    }
  }
  return { rules, errors };
}

/** The question with its rules set (a section without a rule: the rule removed). */
export function withRules(
  question: Question,
  sections: readonly Section[],
  rules: Partial<Record<Section, JsonLogicRule | undefined>>,
): Question {
  const changed: Question = { ...question };
  for (const s of sections) {
    const rule = rules[s];
    if (s === 'visible') {
      if (rule === undefined) delete changed.visibleWhen;
      else changed.visibleWhen = rule;
    } else if ('required' in changed) {
      if (rule === undefined) delete changed.requiredWhen;
      else changed.requiredWhen = rule;
    }
  }
  return changed;
}

/** The rows of both sections as posted (never throws; missing parts are empty). */
export function readRows(fields: PostedFields): RowsValues {
  const one = (s: Section): SectionValues => {
    const rows: SectionValues['rows'] = [];
    // One more than allowed is read, so "too many" can be said; the rest is ignored.
    for (let i = 0; i <= MAX_ROWS; i++) {
      const key = field(fields, keyField(s, i));
      if (key === undefined) break;
      rows.push({
        key,
        operator: field(fields, opField(s, i)) ?? '',
        value: field(fields, valueField(s, i)) ?? '',
      });
    }
    return { match: field(fields, matchField(s)) ?? 'all', rows };
  };
  return { visible: one('visible'), required: one('required') };
}
