/**
 * A small reader for validating untrusted JSON into typed objects while
 * collecting every problem with its path (rather than stopping at the first).
 * Each property a reader reads is marked; `finish()` reports the rest as
 * unknown, so a typo in a stored definition is caught instead of ignored.
 */
import { isPlainObject } from '../answers.ts';
import type { JsonLogicRule, JsonValue, LangText } from '../definition.ts';
import type { Problem, ProblemCode } from './problems.ts';

export interface RuleToCheck {
  path: string;
  rule: JsonLogicRule;
  /** The question whose condition or expression this is. */
  ownerKey: string;
  role: 'visibleWhen' | 'requiredWhen' | 'expression';
}

export interface SchemaContext {
  problems: Problem[];
  /** Rules are checked once every key in the version is known. */
  rules: RuleToCheck[];
  /** Question ids seen so far (group columns included), with the path of their first use. */
  questionIds: Map<string, string>;
  /** True while reading the columns of a repeating group. */
  inGroup: boolean;
}

export function pointer(path: string, segment: string | number): string {
  return `${path}/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export class ObjectReader {
  readonly path: string;
  readonly ctx: SchemaContext;
  readonly #obj: Record<string, unknown>;
  readonly #seen = new Set<string>();

  constructor(obj: Record<string, unknown>, path: string, ctx: SchemaContext) {
    this.#obj = obj;
    this.path = path;
    this.ctx = ctx;
  }

  /** A reader for `value` if it is an object; otherwise reports `wrongType`. */
  static of(value: unknown, path: string, ctx: SchemaContext): ObjectReader | undefined {
    if (!isPlainObject(value)) {
      ctx.problems.push({ path, code: 'wrongType', params: { expected: 'object' } });
      return undefined;
    }
    return new ObjectReader(value, path, ctx);
  }

  at(name: string): string {
    return pointer(this.path, name);
  }

  problem(name: string | undefined, code: ProblemCode, params?: Problem['params']): void {
    const path = name === undefined ? this.path : this.at(name);
    this.ctx.problems.push(params ? { path, code, params } : { path, code });
  }

  keys(): string[] {
    return Object.keys(this.#obj);
  }

  has(name: string): boolean {
    return Object.hasOwn(this.#obj, name) && this.#obj[name] !== undefined;
  }

  /** The raw value (marking it read); reports `missing` when required and absent. */
  value(name: string, required: boolean): unknown {
    this.#seen.add(name);
    if (!this.has(name)) {
      if (required) this.problem(name, 'missing');
      return undefined;
    }
    return this.#obj[name];
  }

  #typed<T>(name: string, required: boolean, expected: string, ok: (v: unknown) => v is T): T | undefined {
    const v = this.value(name, required);
    if (v === undefined) return undefined;
    if (!ok(v)) {
      this.problem(name, 'wrongType', { expected });
      return undefined;
    }
    return v;
  }

  string(name: string, required = false): string | undefined {
    return this.#typed(name, required, 'string', (v): v is string => typeof v === 'string');
  }

  boolean(name: string, required = false): boolean | undefined {
    return this.#typed(name, required, 'boolean', (v): v is boolean => typeof v === 'boolean');
  }

  number(name: string, required = false): number | undefined {
    return this.#typed(
      name,
      required,
      'number',
      (v): v is number => typeof v === 'number' && Number.isFinite(v),
    );
  }

  integer(name: string, range: { min: number; max: number }, required = false): number | undefined {
    const v = this.#typed(name, required, 'integer', (x): x is number => Number.isSafeInteger(x));
    if (v === undefined) return undefined;
    if (v < range.min || v > range.max) {
      this.problem(name, 'outOfRange', { min: range.min, max: range.max });
      return undefined;
    }
    return v;
  }

  array(name: string, required = false): unknown[] | undefined {
    return this.#typed(name, required, 'array', (v): v is unknown[] => Array.isArray(v));
  }

  object(name: string, required = false): ObjectReader | undefined {
    const v = this.value(name, required);
    if (v === undefined) return undefined;
    return ObjectReader.of(v, this.at(name), this.ctx);
  }

  /** A string matching `pattern`, reporting `code` when it does not. */
  token(name: string, pattern: RegExp, code: ProblemCode, required = false): string | undefined {
    const v = this.string(name, required);
    if (v === undefined) return undefined;
    if (!pattern.test(v)) {
      this.problem(name, code, { value: v.slice(0, 100) });
      return undefined;
    }
    return v;
  }

  langText(name: string, required = false): LangText | undefined {
    const r = this.object(name, required);
    if (!r) return undefined;
    return readLangText(r);
  }

  /**
   * A JSON Logic rule, copied (the definition is frozen later and must not
   * freeze the caller's objects) and recorded for checking once every key is known.
   */
  rule(
    name: string,
    ownerKey: string | undefined,
    role: RuleToCheck['role'],
    required = false,
  ): JsonLogicRule | undefined {
    const v = this.value(name, required);
    if (v === undefined) return undefined;
    const rule = copyJson(v);
    if (rule === undefined) {
      this.problem(name, 'invalidExpression');
      return undefined;
    }
    if (ownerKey !== undefined) this.ctx.rules.push({ path: this.at(name), rule, ownerKey, role });
    return rule;
  }

  /** Reports every property not read. */
  finish(): void {
    for (const name of Object.keys(this.#obj)) {
      if (!this.#seen.has(name)) this.problem(name, 'unknownProperty', { property: name });
    }
  }
}

/** A deep copy of a JSON value; `undefined` if anything in it is not JSON (a function, NaN, a Date …). */
function copyJson(v: unknown): JsonValue | undefined {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v)) {
    const out: JsonValue[] = [];
    for (const item of v) {
      const c = copyJson(item);
      if (c === undefined) return undefined;
      out.push(c);
    }
    return out;
  }
  if (isPlainObject(v)) {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, item] of Object.entries(v)) {
      const c = copyJson(item);
      if (c === undefined) return undefined;
      // defineProperty keeps a `__proto__` key an ordinary (rejected) operator instead of a prototype.
      Object.defineProperty(out, k, { value: c, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return undefined;
}

function readLangText(r: ObjectReader): LangText | undefined {
  const sv = r.value('sv', false);
  let ok = true;
  if (sv !== undefined && typeof sv !== 'string') {
    r.problem('sv', 'wrongType', { expected: 'string' });
    ok = false;
  } else if (sv === undefined || sv.trim() === '') {
    r.problem('sv', 'missingSwedish');
    ok = false;
  }
  const text: LangText = { sv: typeof sv === 'string' ? sv : '' };
  for (const lang of r.keys()) {
    if (lang === 'sv') continue;
    if (!LANGUAGE.test(lang)) {
      r.value(lang, false);
      r.problem(lang, 'invalidLanguage', { lang });
      ok = false;
      continue;
    }
    const t = r.string(lang);
    if (t === undefined) ok = false;
    else text[lang] = t;
  }
  r.finish();
  return ok ? text : undefined;
}

/**
 * Readers return `undefined` for anything with a problem. Builders of typed
 * objects then use a placeholder to carry on and find further problems; the
 * definition is only handed out when there are no problems at all, so this
 * stand-in is never seen.
 */
export const MISSING_TEXT: LangText = Object.freeze({ sv: '' });
