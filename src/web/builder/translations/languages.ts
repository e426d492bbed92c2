/**
 * The languages a developer can translate an e-service into. Swedish is the
 * source. The list covers the languages Swedish municipalities most often
 * publish in; any other ISO code can still come in through a file.
 */
export const TARGET_LANGUAGES = [
  'en',
  'ar',
  'so',
  'fi',
  'fa',
  'ti',
  'uk',
  'pl',
  'bs',
  'ku',
  'de',
  'es',
] as const;

/** Written right to left, so inputs and texts get dir="rtl". */
const RTL = new Set(['ar', 'fa', 'he', 'ku', 'ps', 'ur', 'ckb', 'yi']);

export function directionOf(lang: string): 'rtl' | 'ltr' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

/** The language's name in the page's language ("engelska" on a Swedish page). */
export function languageName(lang: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
