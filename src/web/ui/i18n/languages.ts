/** Languages the interface is written in. E-service texts may use more. */
export const UI_LANGUAGES = ['sv', 'en', 'ar'] as const;
export type UiLang = (typeof UI_LANGUAGES)[number];

/** Staff pages (officer, builder, admin) are offered in Swedish and English. */
export const STAFF_LANGUAGES = ['sv', 'en'] as const satisfies readonly UiLang[];

const RTL = new Set(['ar', 'fa', 'prs', 'he', 'yi', 'ur', 'ckb', 'ps']);

export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

export function isUiLang(value: unknown): value is UiLang {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Each language named in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<string, string> = {
  sv: 'Svenska',
  en: 'English',
  ar: 'العربية',
  so: 'Soomaali',
  fi: 'Suomi',
  fa: 'فارسی',
  ti: 'ትግርኛ',
  uk: 'Українська',
  pl: 'Polski',
  de: 'Deutsch',
};
