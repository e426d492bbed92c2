import { ar, en, type MessageKey, sv } from './catalogue.ts';
import { textDirection, type UiLang } from './languages.ts';

export type { MessageKey };
export type Vars = Record<string, string | number>;

export interface Translator {
  readonly lang: UiLang;
  readonly dir: 'ltr' | 'rtl';
  t(key: MessageKey, vars?: Vars): string;
  /** Formats a date (and time) in the page's language, Swedish time zone. */
  date(d: Date, withTime?: boolean): string;
  number(n: number): string;
}

const CATALOGUES: Record<UiLang, Partial<Record<MessageKey, string>>> = { sv, en, ar };

function interpolate(text: string, vars: Vars | undefined): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (vars[name] === undefined ? m : String(vars[name])));
}

const LOCALES: Record<UiLang, string> = { sv: 'sv-SE', en: 'en-GB', ar: 'ar' };

export function translator(lang: UiLang): Translator {
  const catalogue = CATALOGUES[lang];
  const dateFmt = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'long',
    timeZone: 'Europe/Stockholm',
  });
  const dateTimeFmt = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });
  const numFmt = new Intl.NumberFormat(LOCALES[lang]);
  return {
    lang,
    dir: textDirection(lang),
    // Staff-only keys have no Arabic text; staff pages never render in Arabic,
    // but fall back to English rather than show a key.
    t: (key, vars) => interpolate(catalogue[key] ?? en[key] ?? key, vars),
    date: (d, withTime = false) => (withTime ? dateTimeFmt : dateFmt).format(d),
    number: (n) => numFmt.format(n),
  };
}

const cache = new Map<UiLang, Translator>();
export function getTranslator(lang: UiLang): Translator {
  let tr = cache.get(lang);
  if (!tr) {
    tr = translator(lang);
    cache.set(lang, tr);
  }
  return tr;
}
