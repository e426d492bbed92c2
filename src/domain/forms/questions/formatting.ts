/** Number, date and size formatting in the reader's language, with cached Intl objects. */

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** British English writes dates day-first, as Swedish readers expect (1 May 2026, not May 1, 2026). */
const REGION: Record<string, string> = { en: 'en-GB' };

/** Latin digits in every language: identity numbers and amounts must read the same everywhere. */
function locale(lang: string): string {
  return `${REGION[lang] ?? lang}-u-nu-latn`;
}

function numberFormat(lang: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}|${key}`;
  let f = numberFormats.get(id);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale(lang), options);
    } catch {
      f = new Intl.NumberFormat(locale('sv'), options);
    }
    numberFormats.set(id, f);
  }
  return f;
}

export function formatNumber(value: number, lang: string, maxDecimals = 6): string {
  return numberFormat(lang, `n${maxDecimals}`, { maximumFractionDigits: maxDecimals }).format(value);
}

export function formatFixed(value: number, lang: string, decimals: number): string {
  return numberFormat(lang, `f${decimals}`, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

export function formatCurrency(value: number, lang: string, decimals: number): string {
  return numberFormat(lang, `c${decimals}`, {
    style: 'currency',
    currency: 'SEK',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** `1 maj 2026` / `1 May 2026` from an ISO date, without time zone shifts. */
export function formatDate(iso: string, lang: string): string {
  let f = dateFormats.get(lang);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    };
    try {
      f = new Intl.DateTimeFormat(locale(lang), options);
    } catch {
      f = new Intl.DateTimeFormat(locale('sv'), options);
    }
    dateFormats.set(lang, f);
  }
  return f.format(new Date(`${iso}T00:00:00Z`));
}

const UNITS = [
  { unit: 'gigabyte', size: 1e9 },
  { unit: 'megabyte', size: 1e6 },
  { unit: 'kilobyte', size: 1e3 },
] as const;

/** `1,2 MB` — decimal units, as file managers on most systems show them. */
export function formatBytes(bytes: number, lang: string): string {
  for (const { unit, size } of UNITS) {
    if (bytes >= size) {
      return numberFormat(lang, unit, { style: 'unit', unit, maximumFractionDigits: 1 }).format(bytes / size);
    }
  }
  return numberFormat(lang, 'byte', { style: 'unit', unit: 'byte', maximumFractionDigits: 0 }).format(bytes);
}
