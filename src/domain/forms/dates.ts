/**
 * Date limits of date questions: `today`, an ISO date, or a distance from
 * today (`+30d`, `-2w`, `+6m`, `-18y`), resolved against the `today` the caller
 * passes so validation stays pure and repeatable.
 */

import {
  type CalendarDate,
  daysInMonth,
  type IsoDate,
  parseIsoDate,
  toIsoDate,
} from '../identity-numbers/calendar.ts';
import type { DateBound } from './definition.ts';

const RELATIVE = /^([+-])(\d{1,4})([dwmy])$/;

export function isDateBound(value: string): boolean {
  return value === 'today' || RELATIVE.test(value) || parseIsoDate(value) !== undefined;
}

function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function dayNumber(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Adds calendar months, keeping the day where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** The ISO date a bound stands for on `today`; `undefined` for a malformed bound. */
export function resolveDateBound(bound: DateBound, today: IsoDate): IsoDate | undefined {
  if (bound === 'today') return today;
  const m = RELATIVE.exec(bound);
  if (!m) return parseIsoDate(bound) ? bound : undefined;
  const base = parseIsoDate(today);
  if (!base) throw new RangeError(`today must be an ISO date, got ${today}`);
  const n = Number(m[2]) * (m[1] === '-' ? -1 : 1);
  const unit = m[3];
  const d =
    unit === 'd'
      ? addDays(base, n)
      : unit === 'w'
        ? addDays(base, n * 7)
        : unit === 'm'
          ? addMonths(base, n)
          : addMonths(base, n * 12);
  return toIsoDate(d.year, d.month, d.day);
}
