/** The rule page's post: reading the typed rule, checking it, and the save's problems placed on its fields. */
import {
  CONDITION_OPERATORS,
  type ConditionMatch,
  type ConditionOperator,
  type ConditionRowProblem,
  toJsonLogic,
} from '../../../domain/builder/condition-rows.ts';
import type { AssignmentRule, AssignmentRuleProblem } from '../../../domain/cases/assignment-rules.ts';
import type { PostedFields } from '../../../domain/forms/answers.ts';
import type { FormDefinition } from '../../../domain/forms/definition.ts';
import { postedString } from '../../posted-form.ts';
import type { FieldError } from '../../ui/components/index.ts';
import type { Translator } from '../../ui/i18n/translator.ts';
import { type RuleFormValues, rowField } from './assignment-page.tsx';
import { normaliseValue, type questionsOf, targetOf } from './rule-words.ts';

/** Condition rows one rule may have. */
export const MAX_ROWS = 20;
/** A value a row may hold (the longest option values are far shorter). */
const MAX_VALUE = 500;

export function problemText(t: Translator, p: AssignmentRuleProblem): string {
  return t.t(`builderOff.problem.${p.code}`, { key: p.params?.key ?? '' });
}

function rowProblemText(t: Translator, p: ConditionRowProblem): string {
  return t.t(`builderOff.rowProblem.${p.code}`, { number: p.row + 1 });
}

/** The ordered rules with the otherwise rule, if any, last. */
export const withOtherwise = (
  ordered: AssignmentRule[],
  otherwise: AssignmentRule | undefined,
): AssignmentRule[] => [...ordered, ...(otherwise ? [otherwise] : [])];

/** The rule as typed (never throws; at least one row, at most MAX_ROWS). */
export function readRule(fields: PostedFields): RuleFormValues {
  const count = Math.min(Math.max(Number(postedString(fields, 'rows')) || 1, 1), MAX_ROWS);
  const rows: RuleFormValues['rows'] = [];
  for (let i = 0; i < count; i++) {
    rows.push({
      key: postedString(fields, rowField.key(i)).trim(),
      operator: postedString(fields, rowField.operator(i)) || 'equals',
      value: postedString(fields, rowField.value(i)),
    });
  }
  return { match: postedString(fields, 'match'), rows, target: postedString(fields, 'target') };
}

/**
 * The typed rule as a condition and a target, or the errors that say what is
 * wrong. Rows left wholly empty are not conditions.
 */
export function checkRule(
  t: Translator,
  values: RuleFormValues,
  questions: ReturnType<typeof questionsOf>,
  definition: FormDefinition | undefined,
): {
  errors: FieldError[];
  when: AssignmentRule['when'] | null;
  target: AssignmentRule['target'] | undefined;
} {
  const errors: FieldError[] = [];
  if (values.match !== 'all' && values.match !== 'any')
    errors.push({ field: 'match', message: t.t('builderOff.error.match') });
  // Rows left wholly empty are not conditions; the others must be whole.
  const used: { index: number; key: string; operator: ConditionOperator; value: string }[] = [];
  values.rows.forEach((row, index) => {
    if (row.key === '' && row.value.trim() === '') return;
    if (!(CONDITION_OPERATORS as readonly string[]).includes(row.operator)) {
      errors.push({ field: rowField.operator(index), message: t.t('builderOff.error.operator') });
      return;
    }
    if (row.value.length > MAX_VALUE) {
      errors.push({
        field: rowField.value(index),
        message: t.t('builderOff.error.valueTooLong', { max: MAX_VALUE }),
      });
      return;
    }
    const q = questions.find((x) => x.key === row.key);
    used.push({
      index,
      key: row.key,
      operator: row.operator as ConditionOperator,
      value: normaliseValue(q, row.value),
    });
  });
  let when: AssignmentRule['when'] | null = null;
  if (!definition) {
    errors.push({ field: rowField.key(0), message: t.t('builderOff.rule.noQuestions') });
  } else if (errors.length === 0) {
    const logic = toJsonLogic(
      {
        match: values.match as ConditionMatch,
        rows: used.map(({ key, operator, value }) => ({ key, operator, value })),
      },
      definition,
    );
    if (!logic.ok) {
      for (const p of logic.error) {
        const index = used[p.row]?.index ?? 0;
        const field =
          p.code === 'noQuestion' || p.code === 'unknownQuestion'
            ? rowField.key(index)
            : p.code === 'operatorNotAllowed'
              ? rowField.operator(index)
              : rowField.value(index);
        errors.push({ field, message: rowProblemText(t, { ...p, row: index }) });
      }
    } else if (logic.value === null) {
      errors.push({ field: rowField.key(0), message: t.t('builderOff.error.noCondition') });
    } else when = logic.value;
  }
  const target = targetOf(values.target);
  if (!target) errors.push({ field: 'target', message: t.t('builderOff.error.target') });
  return { errors, when, target };
}

/** The save's problems as errors of the rule page: on the rule's own row or target, or about another rule. */
export function savedRuleErrors(
  t: Translator,
  problems: readonly AssignmentRuleProblem[],
  index: number,
  values: RuleFormValues,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const p of problems) {
    const message =
      p.index === index
        ? problemText(t, p)
        : t.t('builderOff.error.otherRule', { number: p.index + 1, problem: problemText(t, p) });
    if (p.index === index && p.code === 'unknownKey') {
      const row = values.rows.findIndex((r) => r.key === p.params?.key);
      errors.push({ field: rowField.key(Math.max(row, 0)), message });
    } else if (
      p.index === index &&
      ['invalidTarget', 'unknownUser', 'unknownGroup', 'notHandler'].includes(p.code)
    ) {
      errors.push({ field: 'target', message });
    } else errors.push({ field: 'match', message });
  }
  return errors;
}
