/** Reading the properties every question (or every answerable question) has. */
import type { AnswerableCommon, QuestionCommon } from '../definition.ts';
import { MISSING_TEXT, type ObjectReader, type SchemaContext } from './reader.ts';

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** No dots (field names use them) and no leading capital or digit, so keys read well in exports and JSON Logic. */
export const KEY_PATTERN = /^[a-z][A-Za-z0-9_]{0,63}$/;

/** Drops properties whose value is `undefined`, so parsed definitions round-trip as stored. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) {
    if (o[k] === undefined) delete o[k];
  }
  return o;
}

export function registerUnique(
  seen: Map<string, string>,
  value: string,
  path: string,
  r: ObjectReader,
  code: 'duplicateId' | 'duplicateKey',
): void {
  const first = seen.get(value);
  if (first === undefined) seen.set(value, path);
  else
    r.ctx.problems.push({
      path,
      code,
      params: code === 'duplicateId' ? { id: value, first } : { key: value, first },
    });
}

/** A property a repeating group's column may not have: reported, never read into the column. */
function refuseInGroup(r: ObjectReader, name: string): void {
  if (r.has(name)) {
    r.value(name, false);
    r.problem(name, 'notAllowedInGroup', { property: name });
  }
}

export function readQuestionCommon(r: ObjectReader): QuestionCommon {
  const ctx: SchemaContext = r.ctx;
  const id = r.token('id', ID_PATTERN, 'invalidId', true);
  if (id !== undefined) registerUnique(ctx.questionIds, id, r.at('id'), r, 'duplicateId');
  const key = r.token('key', KEY_PATTERN, 'invalidKey', true);
  const common: QuestionCommon = {
    id: id ?? '',
    key: key ?? '',
    label: r.langText('label', true) ?? MISSING_TEXT,
    hint: r.langText('hint'),
    help: r.langText('help'),
  };
  if (ctx.inGroup) refuseInGroup(r, 'visibleWhen');
  else common.visibleWhen = r.rule('visibleWhen', key, 'visibleWhen');
  return common;
}

export function readAnswerableCommon(r: ObjectReader): AnswerableCommon {
  const common: AnswerableCommon = {
    ...readQuestionCommon(r),
    required: r.boolean('required', true) ?? false,
  };
  if (r.ctx.inGroup) {
    refuseInGroup(r, 'requiredWhen');
    refuseInGroup(r, 'summary');
  } else {
    common.requiredWhen = r.rule('requiredWhen', common.key || undefined, 'requiredWhen');
    common.summary = r.boolean('summary');
  }
  return common;
}
