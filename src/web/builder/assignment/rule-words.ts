/**
 * An assignment rule in words, as a developer reads it:
 * "När Skola är Björkskolan → Anna Andersson".
 */
import {
  type ConditionOperator,
  type ConditionRow,
  type ConditionSource,
  choiceValues,
  conditionSources,
  fromJsonLogic,
  VALUELESS,
} from '../../../domain/builder/condition-rows.ts';
import type { AssignmentRule, AssignmentTarget } from '../../../domain/cases/assignment-rules.ts';
import type { FormDefinition } from '../../../domain/forms/definition.ts';
import { textIn } from '../../../domain/forms/localize.ts';
import type { Translator } from '../../ui/i18n/translator.ts';

export interface NamedTarget {
  kind: 'user' | 'group';
  id: string;
  name: string;
}

export const targetValue = (t: AssignmentTarget): string =>
  t.kind === 'user' ? `user:${t.userId}` : `group:${t.groupId}`;

export function targetOf(value: string): AssignmentTarget | undefined {
  const m = /^(user|group):([0-9a-f-]{36})$/i.exec(value);
  if (!m?.[2]) return undefined;
  return m[1] === 'user' ? { kind: 'user', userId: m[2] } : { kind: 'group', groupId: m[2] };
}

export function targetName(t: Translator, target: AssignmentTarget, named: readonly NamedTarget[]): string {
  const id = target.kind === 'user' ? target.userId : target.groupId;
  const hit = named.find((n) => n.kind === target.kind && n.id === id);
  if (hit) return target.kind === 'group' ? t.t('builderOff.rule.group', { name: hit.name }) : hit.name;
  return t.t('builderOff.rule.unknownTarget');
}

/** A rule that holds always: the "otherwise" rule when it is last. */
export const isAlways = (rule: AssignmentRule): boolean => rule.when === true;

export function questionsOf(definition: FormDefinition | undefined): ConditionSource[] {
  return definition ? conditionSources(definition) : [];
}

export function questionLabel(t: Translator, q: ConditionSource | undefined, key: string): string {
  return q ? textIn(q.label, t.lang) : key;
}

/** An option's words for a stored value (yes/no for yes-no questions). */
export function valueWords(t: Translator, q: ConditionSource | undefined, value: string): string {
  if (q?.type === 'yesno') return value === 'yes' ? t.t('builderOff.value.yes') : t.t('builderOff.value.no');
  if (q && (q.type === 'radio' || q.type === 'select' || q.type === 'checkbox')) {
    const o = q.options.find((x) => x.value === value);
    if (o) return textIn(o.label, t.lang);
  }
  return value;
}

export const operatorWords = (t: Translator, op: ConditionOperator): string => t.t(`builderOff.op.${op}`);

export function rowWords(t: Translator, questions: readonly ConditionSource[], row: ConditionRow): string {
  const q = questions.find((x) => x.key === row.key);
  const label = questionLabel(t, q, row.key);
  if (VALUELESS.has(row.operator)) return `${label} ${operatorWords(t, row.operator)}`;
  return `${label} ${operatorWords(t, row.operator)} ${valueWords(t, q, row.value)}`;
}

/** "Skola är Björkskolan och Årskurs är minst 4"; the JSON itself when rows cannot show it. */
export function conditionWords(
  t: Translator,
  questions: readonly ConditionSource[],
  rule: AssignmentRule,
): string {
  if (isAlways(rule)) return t.t('builderOff.rule.always');
  const oneOf = answerIn(rule.when);
  if (oneOf) {
    const q = questions.find((x) => x.key === oneOf.key);
    const values = oneOf.values.map((v) => valueWords(t, q, v)).join(', ');
    return `${questionLabel(t, q, oneOf.key)} ${t.t('builderOff.op.oneOf')} ${values}`;
  }
  const form = fromJsonLogic(rule.when);
  if (!form || form.rows.length === 0)
    return t.t('builderOff.rule.json', { json: JSON.stringify(rule.when) });
  const joiner = form.match === 'all' ? t.t('builderOff.rule.and') : t.t('builderOff.rule.or');
  return form.rows.map((r) => rowWords(t, questions, r)).join(` ${joiner} `);
}

/** `{ "in": [{ "var": key }, [values]] }`, as the demo e-services write "the answer is one of". */
function answerIn(when: unknown): { key: string; values: string[] } | undefined {
  if (typeof when !== 'object' || when === null || Array.isArray(when)) return undefined;
  const entries = Object.entries(when);
  if (entries.length !== 1 || entries[0]?.[0] !== 'in') return undefined;
  const args = entries[0][1];
  if (!Array.isArray(args) || args.length !== 2) return undefined;
  const [v, list] = args as [unknown, unknown];
  const key =
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as { var?: unknown }).var === 'string'
      ? (v as { var: string }).var
      : undefined;
  if (!key || !Array.isArray(list) || !list.every((x) => typeof x === 'string')) return undefined;
  return { key, values: list as string[] };
}

/** "När Skola är Björkskolan → Anna Andersson" */
export function ruleWords(
  t: Translator,
  questions: readonly ConditionSource[],
  named: readonly NamedTarget[],
  rule: AssignmentRule,
  opts: { otherwise?: boolean } = {},
): string {
  const target = targetName(t, rule.target, named);
  if (opts.otherwise) return t.t('builderOff.rule.otherwise', { target });
  return t.t('builderOff.rule.when', { condition: conditionWords(t, questions, rule), target });
}

/**
 * What the developer typed or chose as a value, as the rows store it: an
 * option's label (in any of its languages) is taken for its value, and
 * ja/nej for yes/no.
 */
export function normaliseValue(q: ConditionSource | undefined, typed: string): string {
  const raw = typed.trim();
  if (!q) return raw;
  const lower = raw.toLocaleLowerCase('sv');
  if (q.type === 'yesno') {
    if (['ja', 'yes', 'true'].includes(lower)) return 'yes';
    if (['nej', 'no', 'false'].includes(lower)) return 'no';
    return raw;
  }
  const choices = choiceValues(q);
  if (!choices || choices.includes(raw)) return raw;
  if (q.type === 'radio' || q.type === 'select' || q.type === 'checkbox') {
    const byLabel = q.options.find((o) =>
      Object.values(o.label).some((l) => l.trim().toLocaleLowerCase('sv') === lower),
    );
    if (byLabel) return byLabel.value;
  }
  return raw;
}
