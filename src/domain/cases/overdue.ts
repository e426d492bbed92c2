/**
 * Overdue ("förfallen"): an e-service may promise to handle a case within N
 * days of its arrival. The due time is fixed when the case arrives (a later
 * change of N does not move the promise already made); a case is overdue once
 * that time has passed and it is not closed.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a case that arrives at `arrivedAt` must be handled by; null when the e-service promises nothing. */
export function dueAtFor(arrivedAt: Date, handleWithinDays: number | null | undefined): Date | null {
  if (handleWithinDays === null || handleWithinDays === undefined) return null;
  if (!Number.isFinite(handleWithinDays) || handleWithinDays < 0) return null;
  return new Date(arrivedAt.getTime() + handleWithinDays * DAY_MS);
}

export interface OverdueFacts {
  dueAt: Date | null;
  /** Set when the case reached a closed status. */
  closedAt: Date | null;
}

/** Whether the case has passed its due time and is still open. */
export function isOverdue(c: OverdueFacts, now: Date): boolean {
  return c.dueAt !== null && c.closedAt === null && c.dueAt.getTime() < now.getTime();
}

/** Whole days past the due time (0 on the day it fell due), or null when not overdue. */
export function daysOverdue(c: OverdueFacts, now: Date): number | null {
  if (!isOverdue(c, now) || c.dueAt === null) return null;
  return Math.floor((now.getTime() - c.dueAt.getTime()) / DAY_MS);
}
