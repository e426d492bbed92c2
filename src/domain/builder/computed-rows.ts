/**
 * Computed values as a non-programmer builds them: a first operand followed
 * by rows of "operator – operand", worked out as written from left to right
 * (no "multiplication first": `2 + 3 × 4` is `(2 + 3) × 4`). The builder turns
 * the rows into the JSON Logic the engine runs (`toJsonLogic`) and a stored
 * expression back into rows (`fromJsonLogic`) when it has one of the shapes
 * rows write; any other expression is shown as JSON only.
 *
 * An operand is the answer to a number (or another computed) question, the
 * number of items in a list answer (ticked options of a checkbox question,
 * rows of a repeating group), or a fixed number.
 */
import type { FormDefinition, JsonLogicRule, JsonValue, Question } from '../forms/definition.ts';
import type { Result } from '../forms/result.ts';

export const ARITHMETIC_OPERATORS = ['+', '-', '*', '/'] as const;
export type ArithmeticOperator = (typeof ARITHMETIC_OPERATORS)[number];

export type Operand =
  /** The answer to a number or computed question. */
  | { kind: 'answer'; key: string }
  /** How many items a list answer has: ticked options of a checkbox question, rows of a group. */
  | { kind: 'count'; key: string }
  /** A fixed number as the developer typed it (`12`, `0,12`). */
  | { kind: 'number'; value: string };

export interface ComputedRow {
  operator: ArithmeticOperator;
  operand: Operand;
}

export interface ComputedForm {
  first: Operand;
  rows: ComputedRow[];
}

export type ComputedProblemCode =
  /** The operand names no question, or no number was typed. */
  | 'noOperand'
  | 'unknownQuestion'
  /** The question cannot be used this way (not a number; not a list to count). */
  | 'wrongType'
  /** The computed question itself. */
  | 'selfReference'
  | 'notANumber'
  | 'unknownOperator'
  /** Dividing by a fixed zero. */
  | 'divideByZero';

export interface ComputedProblem {
  /** 0 is the first operand, i + 1 the operand of row i. */
  position: number;
  code: ComputedProblemCode;
}

/** Questions whose answer is a number. */
export type NumberSource = Extract<Question, { type: 'number' | 'computed' }>;
/** Questions whose answer is a list to count. */
export type CountSource = Extract<Question, { type: 'checkbox' | 'group' }>;

/** The questions a computed question may read, in form order (itself excluded). */
export function computedSources(
  definition: FormDefinition,
  selfKey?: string,
): { numbers: NumberSource[]; counts: CountSource[] } {
  const all = definition.steps.flatMap((s) => s.questions).filter((q) => q.key !== selfKey);
  return {
    numbers: all.filter((q): q is NumberSource => q.type === 'number' || q.type === 'computed'),
    counts: all.filter((q): q is CountSource => q.type === 'checkbox' || q.type === 'group'),
  };
}

/** A typed number (Swedish decimal comma and spaces allowed); undefined when it is not one. */
export function parseNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (text === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** Adds one per item of the list. */
const COUNT_BODY: JsonValue = { '+': [{ var: 'accumulator' }, 1] };
const countLogic = (key: string): JsonLogicRule => ({ reduce: [{ var: key }, COUNT_BODY, 0] });

function operandLogic(
  operand: Operand,
  definition: FormDefinition,
  selfKey: string | undefined,
): Result<JsonLogicRule, ComputedProblemCode> {
  if (operand.kind === 'number') {
    if (operand.value.trim() === '') return { ok: false, error: 'noOperand' };
    const n = parseNumber(operand.value);
    return n === undefined ? { ok: false, error: 'notANumber' } : { ok: true, value: n };
  }
  if (operand.key === '') return { ok: false, error: 'noOperand' };
  if (operand.key === selfKey) return { ok: false, error: 'selfReference' };
  const q = definition.steps.flatMap((s) => s.questions).find((x) => x.key === operand.key);
  if (!q) return { ok: false, error: 'unknownQuestion' };
  if (operand.kind === 'answer') {
    if (q.type !== 'number' && q.type !== 'computed') return { ok: false, error: 'wrongType' };
    return { ok: true, value: { var: operand.key } };
  }
  if (q.type !== 'checkbox' && q.type !== 'group') return { ok: false, error: 'wrongType' };
  return { ok: true, value: countLogic(operand.key) };
}

/**
 * The JSON Logic of the rows, nested so the engine works from left to right.
 * `selfKey` is the computed question's own key, which it may not read.
 */
export function toJsonLogic(
  form: ComputedForm,
  definition: FormDefinition,
  selfKey?: string,
): Result<JsonLogicRule, ComputedProblem[]> {
  const problems: ComputedProblem[] = [];
  const first = operandLogic(form.first, definition, selfKey);
  if (!first.ok) problems.push({ position: 0, code: first.error });
  let rule: JsonLogicRule = first.ok ? first.value : 0;
  for (const [i, row] of form.rows.entries()) {
    const operand = operandLogic(row.operand, definition, selfKey);
    if (!(ARITHMETIC_OPERATORS as readonly string[]).includes(row.operator)) {
      problems.push({ position: i + 1, code: 'unknownOperator' });
    } else if (!operand.ok) {
      problems.push({ position: i + 1, code: operand.error });
    } else if (row.operator === '/' && operand.value === 0) {
      problems.push({ position: i + 1, code: 'divideByZero' });
    } else {
      rule = { [row.operator]: [rule, operand.value] };
    }
  }
  return problems.length > 0 ? { ok: false, error: problems } : { ok: true, value: rule };
}

const isObject = (x: unknown): x is { [k: string]: JsonValue } =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function single(rule: JsonValue): [string, JsonValue] | undefined {
  if (!isObject(rule)) return undefined;
  const entries = Object.entries(rule);
  return entries.length === 1 ? entries[0] : undefined;
}

function varKey(x: JsonValue | undefined): string | undefined {
  const op = x === undefined ? undefined : single(x);
  return op?.[0] === 'var' && typeof op[1] === 'string' && op[1] !== '' ? op[1] : undefined;
}

function operandFromLogic(x: JsonValue): Operand | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? { kind: 'number', value: String(x) } : undefined;
  const key = varKey(x);
  if (key) return { kind: 'answer', key };
  const op = single(x);
  if (op?.[0] !== 'reduce' || !Array.isArray(op[1]) || op[1].length !== 3) return undefined;
  const [list, body, initial] = op[1];
  const listKey = varKey(list);
  if (!listKey || initial !== 0 || JSON.stringify(body) !== JSON.stringify(COUNT_BODY)) return undefined;
  return { kind: 'count', key: listKey };
}

const ARITHMETIC_SET: ReadonlySet<string> = new Set(ARITHMETIC_OPERATORS);

/**
 * The rows of a stored expression, when rows could have written it (`+` and
 * `×` with more than two terms are read from left to right too); `undefined`
 * means "only the advanced (JSON) view can show this expression".
 */
export function fromJsonLogic(rule: JsonLogicRule | undefined | null): ComputedForm | undefined {
  if (rule === undefined || rule === null) return { first: { kind: 'answer', key: '' }, rows: [] };
  const operand = operandFromLogic(rule);
  if (operand) return { first: operand, rows: [] };
  const op = single(rule);
  if (!op || !ARITHMETIC_SET.has(op[0]) || !Array.isArray(op[1])) return undefined;
  const operator = op[0] as ArithmeticOperator;
  const args = op[1];
  const nary = operator === '+' || operator === '*';
  if (args.length < 2 || (!nary && args.length !== 2)) return undefined;
  const left = fromJsonLogic(args[0] ?? null);
  if (!left || args[0] === null) return undefined;
  const rows = [...left.rows];
  for (const arg of args.slice(1)) {
    const right = operandFromLogic(arg);
    if (!right) return undefined;
    rows.push({ operator, operand: right });
  }
  return { first: left.first, rows };
}
