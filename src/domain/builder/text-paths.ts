/**
 * Every text of a definition with the JSON Pointer of where it is, so the
 * builder can point at the one that lacks a translation.
 */
import { isPlainObject } from '../forms/answers.ts';
import type { FormDefinition, LangText } from '../forms/definition.ts';
import { pointer } from '../forms/schema/reader.ts';

/** JSON Logic is not text, even if an operand happens to look like one. */
const RULE_PROPERTIES: ReadonlySet<string> = new Set(['visibleWhen', 'requiredWhen', 'expression']);

function isLangText(value: unknown): value is LangText {
  return isPlainObject(value) && typeof value.sv === 'string';
}

export interface PlacedText {
  path: string;
  text: LangText;
}

export function* textsWithPaths(def: FormDefinition): Generator<PlacedText> {
  function* walk(value: unknown, path: string): Generator<PlacedText> {
    if (isLangText(value)) {
      yield { path, text: value };
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) yield* walk(item, pointer(path, i));
    } else if (isPlainObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (!RULE_PROPERTIES.has(k)) yield* walk(v, pointer(path, k));
      }
    }
  }
  yield* walk(def.steps, '/steps');
}

/** The offered languages a text is not written in (an empty text counts as not written). */
export function missingLanguages(text: LangText, languages: readonly string[]): string[] {
  return languages.filter((lang) => lang !== 'sv' && (text[lang] ?? '').trim() === '');
}
