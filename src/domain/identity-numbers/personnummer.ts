/**
 * Personnummer and samordningsnummer (Skatteverket, SKV 704 and 707).
 *
 * Written here rather than taken from the `personnummer` package because the
 * package infers the century from the machine clock; the domain must stay pure
 * and infer it from the date the caller passes (`today`), so a case submitted
 * on 31 December is judged the same way when it is re-validated in January.
 * It is also allocation-free on the hot path, as it runs on every field post.
 */
import { type CalendarDate, type IsoDate, isRealDate, parseIsoDate, toIsoDate } from './calendar.ts';
import { splitIdentityInput, twoDigits } from './input.ts';
import { luhnValid } from './luhn.ts';

export type PersonIdentityKind = 'personnummer' | 'samordningsnummer';

/** Legal sex as registered (the second-to-last digit), used only for statistics. */
export type LegalSex = 'female' | 'male';

export interface Personnummer {
  /** The 12-digit form `YYYYMMDDNNNC`: the one to store and compare. */
  value: string;
  kind: PersonIdentityKind;
  birthDate: IsoDate;
  legalSex: LegalSex;
}

export type PersonnummerProblem =
  /** Not 10 or 12 digits with an optional separator, or serial number 000. */
  | 'format'
  /** The digits do not name a real calendar date (19990230, month 13 …). */
  | 'date'
  /** The Luhn check digit does not match. */
  | 'checksum'
  /** A valid samordningsnummer where only personnummer is accepted. */
  | 'samordningsnummerNotAllowed'
  /** A birth date after `today`. */
  | 'futureDate';

export type PersonnummerResult =
  | { ok: true; value: Personnummer }
  | { ok: false; problem: PersonnummerProblem };

export interface PersonnummerOptions {
  /** The date the number is judged on: decides the century of 10-digit forms. */
  today: IsoDate;
  /** Samordningsnummer (day + 60) are people without a Swedish registration; accept them only on purpose. */
  allowSamordningsnummer: boolean;
}

const SAMORDNING_DAY_OFFSET = 60;

let cachedToday = '';
let cachedTodayDate: CalendarDate = { year: 0, month: 0, day: 0 };

function todayDate(today: IsoDate): CalendarDate {
  if (today !== cachedToday) {
    const parsed = parseIsoDate(today);
    if (!parsed) throw new RangeError(`today must be an ISO date, got ${today}`);
    cachedToday = today;
    cachedTodayDate = parsed;
  }
  return cachedTodayDate;
}

/**
 * The century of a 10-digit number: the latest year ending in `yy` whose date
 * is not after today; `+` (used from the year a person turns 100) moves it back
 * another hundred years.
 */
function inferYear(yy: number, month: number, day: number, plus: boolean, today: CalendarDate): number {
  let year = today.year - ((((today.year - yy) % 100) + 100) % 100);
  if (year === today.year && (month > today.month || (month === today.month && day > today.day))) year -= 100;
  return plus ? year - 100 : year;
}

function isAfter(year: number, month: number, day: number, t: CalendarDate): boolean {
  if (year !== t.year) return year > t.year;
  if (month !== t.month) return month > t.month;
  return day > t.day;
}

export function parsePersonnummer(input: string, options: PersonnummerOptions): PersonnummerResult {
  const split = splitIdentityInput(input);
  if (!split) return { ok: false, problem: 'format' };
  const { digits } = split;
  // The last ten digits YYMMDDNNNC carry the checksum in both forms.
  const tail = digits.length === 12 ? digits.slice(2) : digits;
  if (tail.charCodeAt(6) === 48 && tail.charCodeAt(7) === 48 && tail.charCodeAt(8) === 48) {
    return { ok: false, problem: 'format' };
  }
  const month = twoDigits(tail, 2);
  const dayDigits = twoDigits(tail, 4);
  const isSamordning = dayDigits > SAMORDNING_DAY_OFFSET;
  const day = isSamordning ? dayDigits - SAMORDNING_DAY_OFFSET : dayDigits;
  const today = todayDate(options.today);
  const year =
    digits.length === 12
      ? twoDigits(digits, 0) * 100 + twoDigits(digits, 2)
      : inferYear(twoDigits(tail, 0), month, day, split.separator === '+', today);

  if (!isRealDate(year, month, day)) return { ok: false, problem: 'date' };
  if (!luhnValid(tail)) return { ok: false, problem: 'checksum' };
  if (isSamordning && !options.allowSamordningsnummer)
    return { ok: false, problem: 'samordningsnummerNotAllowed' };
  if (isAfter(year, month, day, today)) return { ok: false, problem: 'futureDate' };

  return {
    ok: true,
    value: {
      value: String(year) + tail.slice(2),
      kind: isSamordning ? 'samordningsnummer' : 'personnummer',
      birthDate: toIsoDate(year, month, day),
      legalSex: (tail.charCodeAt(8) - 48) % 2 === 1 ? 'male' : 'female',
    },
  };
}

export function isValidPersonnummer(input: string, options: PersonnummerOptions): boolean {
  return parsePersonnummer(input, options).ok;
}

/** `YYYYMMDD-NNNN` for display, from the stored 12-digit form. */
export function formatPersonnummer(value: string): string {
  return value.length === 12 ? `${value.slice(0, 8)}-${value.slice(8)}` : value;
}
