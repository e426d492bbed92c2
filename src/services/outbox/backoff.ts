/** First retry after about 30 s, doubling, never more than two hours apart. */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 2 * 60 * 60 * 1000;

/**
 * How long to wait after failed attempt number `attempt` (1, 2, …):
 * exponential, with "equal jitter" (half fixed, half random) so that jobs
 * that failed together (a mail server outage) do not all come back in the
 * same second, and none comes back at once.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}
