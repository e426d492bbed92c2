import { parsePersonnummer } from '../../domain/identity-numbers/index.ts';

/**
 * Personal identity numbers as identity providers hand them over: always the
 * 12-digit form (YYYYMMDDNNNC), personnummer or samordningsnummer. The rules
 * live in the domain; this adds what the identity code needs around them.
 */

/** Today in Sweden, which decides the century of a typed 10-digit number. */
function todayInSweden(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

const judge = (input: string) =>
  parsePersonnummer(input, { today: todayInSweden(), allowSamordningsnummer: true });

/** True for a 12-digit personnummer or samordningsnummer with a real date and check digit. */
export function isValidPersonalNumber(value: unknown): value is string {
  return typeof value === 'string' && /^\d{12}$/.test(value) && judge(value).ok;
}

export function isCoordinationNumber(twelveDigits: string): boolean {
  return Number(twelveDigits.slice(6, 8)) > 60;
}

/** YYYY-MM-DD, the day of birth in the number (day − 60 for samordningsnummer). */
export function birthDateOf(twelveDigits: string): string {
  const day = Number(twelveDigits.slice(6, 8));
  const realDay = day > 60 ? day - 60 : day;
  return `${twelveDigits.slice(0, 4)}-${twelveDigits.slice(4, 6)}-${String(realDay).padStart(2, '0')}`;
}

export { formatPersonnummer as formatPersonalNumber } from '../../domain/identity-numbers/index.ts';

export type PersonalNumberInputError = 'required' | 'format' | 'invalid';

/**
 * Reads a number a person typed: 12 or 10 digits, with or without `-`/`+`
 * and spaces. Returns the 12-digit form or why it cannot be used: `format`
 * for the wrong shape, `invalid` for a wrong date or check digit.
 */
export function parsePersonalNumberInput(
  input: string,
): { ok: true; value: string } | { ok: false; error: PersonalNumberInputError } {
  if (input.trim() === '') return { ok: false, error: 'required' };
  const result = judge(input);
  if (result.ok) return { ok: true, value: result.value.value };
  return { ok: false, error: result.problem === 'format' ? 'format' : 'invalid' };
}
