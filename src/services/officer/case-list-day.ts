import type { IsoDate } from '../../domain/identity-numbers/calendar.ts';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Stockholm's clock is ahead of UTC at instant `t`, in milliseconds. */
function offsetAt(t: number): number {
  const p = Object.fromEntries(wallClock.formatToParts(t).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return wall - Math.floor(t / 60_000) * 60_000;
}

/**
 * Midnight in Stockholm at the start of `day` plus `addDays`, as an instant.
 * Date filters mean Swedish days, whatever the server's time zone (and
 * PGlite's time zone data) is.
 */
export function stockholmDayStart(day: IsoDate, addDays: number): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`) + addDays * 86_400_000;
  let t = utcMidnight - offsetAt(utcMidnight);
  t = utcMidnight - offsetAt(t);
  return new Date(t);
}
