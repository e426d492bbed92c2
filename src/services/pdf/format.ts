/**
 * Values printed in the document, formatted for its language. Western digits
 * throughout (`nu-latn`): case numbers, personal identity numbers and dates
 * then read the same in every language version of the same case.
 */

// Building an Intl formatter costs far more than using one; documents come in a handful of languages.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(date: Date, lang: string, timeZone: string): string {
  const key = `${lang}|${timeZone}`;
  let format = dateTimeFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang, {
      dateStyle: 'long',
      timeStyle: 'short',
      hourCycle: 'h23',
      timeZone,
      numberingSystem: 'latn',
    });
    dateTimeFormats.set(key, format);
  }
  return format.format(date);
}

export function formatFileSize(bytes: number, lang: string): string {
  const [value, unit] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, 'megabyte']
      : bytes >= 1_000
        ? [bytes / 1_000, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit,
    maximumFractionDigits: unit === 'byte' ? 0 : 1,
    numberingSystem: 'latn',
  }).format(value);
}

/** Fill `{name}` placeholders in an already translated label. */
export function fillLabel(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
