/**
 * Picking an e-service text in the reader's language. A text missing in that
 * language falls back to Swedish, and the caller is told so it can mark the
 * text `lang="sv"` (screen readers then pronounce it right) and show a note.
 */
import type { FormDefinition, LangText } from './definition.ts';

export const DEFAULT_LANG = 'sv';

export interface LocalizedText {
  text: string;
  /** The language the text is actually in. */
  lang: string;
  /** True when the text is Swedish because the wanted language is missing. */
  fellBack: boolean;
}

export function localize(text: LangText, lang: string): LocalizedText {
  const wanted = text[lang];
  if (wanted !== undefined && wanted !== '') return { text: wanted, lang, fellBack: false };
  return { text: text.sv, lang: DEFAULT_LANG, fellBack: lang !== DEFAULT_LANG };
}

/**
 * The language an element holding `l` must be marked with on a page written
 * in `pageLang` (WCAG 3.1.2, language of parts), or undefined when the text
 * is in the page's own language. The e-service's texts may be in a content
 * language the interface lacks (Somali texts on a Swedish page), and a text
 * missing in it falls back to Swedish (unmarked on a Swedish page, marked
 * lang="sv" on an English or Arabic one).
 */
export function partLanguage(l: LocalizedText, pageLang: string): string | undefined {
  return l.lang === pageLang ? undefined : l.lang;
}

/** Just the string, for places that cannot mark a language (exports, file names). */
export function textIn(text: LangText, lang: string): string {
  const wanted = text[lang];
  return wanted !== undefined && wanted !== '' ? wanted : text.sv;
}

/** Every LangText in a definition, for translation coverage and tooling. */
export function* definitionTexts(def: FormDefinition): Generator<LangText> {
  for (const step of def.steps) {
    yield step.title;
    if (step.description) yield step.description;
    for (const q of step.questions) {
      yield* questionTexts(q);
    }
  }
}

type TextBearer = { [k: string]: unknown };

function isLangText(value: unknown): value is LangText {
  return typeof value === 'object' && value !== null && typeof (value as TextBearer).sv === 'string';
}

function* questionTexts(q: object): Generator<LangText> {
  for (const value of Object.values(q)) {
    if (isLangText(value)) yield value;
    else if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) yield* questionTexts(item);
    }
  }
}

/**
 * The languages every text of the definition is written in (always including
 * Swedish): the languages the e-service can honestly be offered in.
 */
export function completeLanguages(def: FormDefinition): string[] {
  let common: Set<string> | undefined;
  for (const text of definitionTexts(def)) {
    const present = new Set(Object.keys(text).filter((l) => text[l] !== ''));
    common = common ? new Set([...common].filter((l) => present.has(l))) : present;
  }
  const langs = [...(common ?? new Set([DEFAULT_LANG]))].filter((l) => l !== DEFAULT_LANG).sort();
  return [DEFAULT_LANG, ...langs];
}
