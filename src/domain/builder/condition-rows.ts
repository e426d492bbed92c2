/**
 * Conditions as a non-programmer builds them: rows of "question – operator –
 * value", all of which (or any of which) must hold. The builder turns rows
 * into the JSON Logic the engine runs (`toJsonLogic`) and a stored rule back
 * into rows (`fromJsonLogic`) when it has one of the shapes rows write; any
 * other rule (written by hand in the advanced view) is shown as JSON only.
 *
 * The same rows serve visibility, required-ness and assignment rules, so the
 * shapes here are the ones the demo e-services use (`answerIs`, `answered`).
 */
import type { FormDefinition, JsonLogicRule, JsonValue, Question } from '../forms/definition.ts';
import type { Result } from '../forms/result.ts';

export const CONDITION_OPERATORS = [
  'equals',
  'notEquals',
  'includes',
  'excludes',
  'answered',
  'notAnswered',
  'greaterThan',
  'lessThan',
  'atLeast',
  'atMost',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export const CONDITION_MATCHES = ['all', 'any'] as const;
export type ConditionMatch = (typeof CONDITION_MATCHES)[number];

export interface ConditionRow {
  /** The question's key. */
  key: string;
  operator: ConditionOperator;
  /** As the developer chose or typed it: an option value, a number, `yes`/`no`; empty for answered/notAnswered. */
  value: string;
}

export interface ConditionForm {
  match: ConditionMatch;
  rows: ConditionRow[];
}

/** Operators that take no value. */
export const VALUELESS: ReadonlySet<ConditionOperator> = new Set(['answered', 'notAnswered']);

const NUMBER_OPS = ['greaterThan', 'lessThan', 'atLeast', 'atMost'] as const;
const LOGIC_OF_NUMBER_OP = { greaterThan: '>', lessThan: '<', atLeast: '>=', atMost: '<=' } as const;

/** A question a condition can read (has one answer of its own): not info, not a group column. */
export type ConditionSource = Exclude<Question, { type: 'info' }>;

/** What a condition on this question may ask. */
export function operatorsFor(q: ConditionSource): readonly ConditionOperator[] {
  switch (q.type) {
    case 'radio':
    case 'select':
      return ['equals', 'notEquals', 'answered', 'notAnswered'];
    case 'checkbox':
      return ['includes', 'excludes', 'answered', 'notAnswered'];
    case 'yesno':
      return ['equals', 'answered', 'notAnswered'];
    case 'number':
    case 'computed':
      return ['equals', 'notEquals', ...NUMBER_OPS, 'answered', 'notAnswered'];
    case 'text':
    case 'textarea':
    case 'personnummer':
    case 'orgnr':
    case 'date':
      return ['equals', 'notEquals', 'answered', 'notAnswered'];
    default:
      return ['answered', 'notAnswered'];
  }
}

/** The questions of a definition a condition may read, in form order. */
export function conditionSources(definition: FormDefinition): ConditionSource[] {
  return definition.steps.flatMap((s) => s.questions.filter((q): q is ConditionSource => q.type !== 'info'));
}

/** The values a question's answer can take when it is a closed choice; undefined for free input. */
export function choiceValues(q: ConditionSource): string[] | undefined {
  if (q.type === 'radio' || q.type === 'select' || q.type === 'checkbox')
    return q.options.map((o) => o.value);
  if (q.type === 'yesno') return ['yes', 'no'];
  return undefined;
}

export type ConditionRowProblemCode =
  /** No row, or a row without a question. */
  | 'noQuestion'
  | 'unknownQuestion'
  /** The operator does not apply to the question's type. */
  | 'operatorNotAllowed'
  | 'valueMissing'
  /** Not one of the question's options (or yes/no). */
  | 'valueNotAnOption'
  | 'valueNotANumber';

export interface ConditionRowProblem {
  /** Index of the row. */
  row: number;
  code: ConditionRowProblemCode;
}

function typedValue(q: ConditionSource, row: ConditionRow): Result<JsonValue, ConditionRowProblemCode> {
  const raw = row.value.trim();
  if (raw === '') return { ok: false, error: 'valueMissing' };
  if (q.type === 'yesno') {
    if (raw !== 'yes' && raw !== 'no') return { ok: false, error: 'valueNotAnOption' };
    return { ok: true, value: raw === 'yes' };
  }
  const choices = choiceValues(q);
  if (choices && !choices.includes(raw)) return { ok: false, error: 'valueNotAnOption' };
  if (q.type === 'number' || q.type === 'computed') {
    const n = Number(raw.replace(',', '.').replace(/\s/g, ''));
    if (!Number.isFinite(n)) return { ok: false, error: 'valueNotANumber' };
    return { ok: true, value: n };
  }
  return { ok: true, value: raw };
}

function rowLogic(q: ConditionSource, row: ConditionRow): Result<JsonLogicRule, ConditionRowProblemCode> {
  const v = { var: row.key };
  if (!operatorsFor(q).includes(row.operator)) return { ok: false, error: 'operatorNotAllowed' };
  const numeric = q.type === 'number' || q.type === 'computed';
  // A number may be 0, which `!!` calls false; `missing` asks "is there an answer".
  const missing = { missing: [row.key] };
  if (row.operator === 'answered') return { ok: true, value: numeric ? { '!': missing } : { '!!': v } };
  if (row.operator === 'notAnswered') return { ok: true, value: numeric ? missing : { '!': v } };
  const value = typedValue(q, row);
  if (!value.ok) return value;
  switch (row.operator) {
    case 'equals':
      return { ok: true, value: { '==': [v, value.value] } };
    case 'notEquals':
      return { ok: true, value: { '!=': [v, value.value] } };
    case 'includes':
      return { ok: true, value: { in: [value.value, v] } };
    case 'excludes':
      return { ok: true, value: { '!': { in: [value.value, v] } } };
    default:
      return { ok: true, value: { [LOGIC_OF_NUMBER_OP[row.operator]]: [v, value.value] } };
  }
}

/**
 * The JSON Logic of a condition form; `null` when it has no rows (no
 * condition). Every row must name a question of `definition` and fit it.
 */
export function toJsonLogic(
  form: ConditionForm,
  definition: FormDefinition,
): Result<JsonLogicRule | null, ConditionRowProblem[]> {
  const byKey = new Map(conditionSources(definition).map((q) => [q.key, q]));
  const problems: ConditionRowProblem[] = [];
  const parts: JsonLogicRule[] = [];
  for (const [i, row] of form.rows.entries()) {
    const q = byKey.get(row.key);
    const r: Result<JsonLogicRule, ConditionRowProblemCode> =
      row.key === ''
        ? { ok: false, error: 'noQuestion' }
        : q
          ? rowLogic(q, row)
          : { ok: false, error: 'unknownQuestion' };
    if (r.ok) parts.push(r.value);
    else problems.push({ row: i, code: r.error });
  }
  if (problems.length > 0) return { ok: false, error: problems };
  if (parts.length === 0) return { ok: true, value: null };
  if (parts.length === 1) return { ok: true, value: parts[0] ?? null };
  return { ok: true, value: { [form.match === 'all' ? 'and' : 'or']: parts } };
}

const isObject = (x: unknown): x is { [k: string]: JsonValue } =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** `{ "var": "key" }` → key. */
function varKey(x: unknown): string | undefined {
  if (!isObject(x) || Object.keys(x).length !== 1) return undefined;
  return typeof x.var === 'string' ? x.var : undefined;
}

function single(rule: JsonValue): [string, JsonValue] | undefined {
  if (!isObject(rule)) return undefined;
  const entries = Object.entries(rule);
  return entries.length === 1 ? entries[0] : undefined;
}

const scalarText = (x: JsonValue): string | undefined =>
  typeof x === 'boolean'
    ? x
      ? 'yes'
      : 'no'
    : typeof x === 'string' || typeof x === 'number'
      ? String(x)
      : undefined;

function rowFromLogic(rule: JsonValue): ConditionRow | undefined {
  const op = single(rule);
  if (!op) return undefined;
  const [name, args] = op;
  const missingKey = (x: JsonValue | undefined) =>
    Array.isArray(x) && x.length === 1 && typeof x[0] === 'string' ? x[0] : undefined;
  if (name === 'missing') {
    const key = missingKey(args);
    return key ? { key, operator: 'notAnswered', value: '' } : undefined;
  }
  if (name === '!!' || name === '!') {
    const key = varKey(Array.isArray(args) && args.length === 1 ? args[0] : args);
    if (key) return { key, operator: name === '!!' ? 'answered' : 'notAnswered', value: '' };
    const inner = single(Array.isArray(args) && args.length === 1 ? (args[0] ?? null) : args);
    if (name === '!' && inner?.[0] === 'missing') {
      const k = missingKey(inner[1]);
      return k ? { key: k, operator: 'answered', value: '' } : undefined;
    }
    if (name === '!' && inner?.[0] === 'in') {
      const r = rowFromLogic({ in: inner[1] });
      return r?.operator === 'includes' ? { ...r, operator: 'excludes' } : undefined;
    }
    return undefined;
  }
  if (!Array.isArray(args) || args.length !== 2) return undefined;
  const [a, b] = args as [JsonValue, JsonValue];
  if (name === 'in') {
    const key = varKey(b);
    const value = scalarText(a);
    return key && value !== undefined ? { key, operator: 'includes', value } : undefined;
  }
  const key = varKey(a);
  if (!key) return undefined;
  const value = scalarText(b);
  if (value === undefined) return undefined;
  if (name === '==') return { key, operator: 'equals', value };
  if (name === '!=') return { key, operator: 'notEquals', value };
  const numberOp = NUMBER_OPS.find((o) => LOGIC_OF_NUMBER_OP[o] === name);
  return numberOp && typeof b === 'number' ? { key, operator: numberOp, value } : undefined;
}

/**
 * The rows of a stored rule, when it is one the rows could have written;
 * `undefined` means "only the advanced (JSON) view can show this rule".
 * No rule at all is an empty form.
 */
export function fromJsonLogic(rule: JsonLogicRule | undefined | null): ConditionForm | undefined {
  if (rule === undefined || rule === null) return { match: 'all', rows: [] };
  const op = single(rule);
  if (op && (op[0] === 'and' || op[0] === 'or') && Array.isArray(op[1])) {
    const rows = op[1].map(rowFromLogic);
    if (rows.length < 2 || rows.some((r) => r === undefined)) return undefined;
    return { match: op[0] === 'and' ? 'all' : 'any', rows: rows as ConditionRow[] };
  }
  const row = rowFromLogic(rule);
  return row ? { match: 'all', rows: [row] } : undefined;
}
