/** A claimed outbox job as a handler sees it. */
export interface OutboxJob {
  id: number;
  municipalityId: string | null;
  caseId: string | null;
  type: string;
  idempotencyKey: string;
  payload: Record<string, unknown>;
  /** This attempt's number, from 1. */
  attempts: number;
  maxAttempts: number;
}

/** Delivers one job; throws to fail it (an error with `permanent: true` gives up at once). */
export type JobHandler = (job: OutboxJob) => Promise<{ providerId: string | null }>;

export interface NewOutboxJob {
  municipalityId: string | null;
  caseId?: string | null;
  type: string;
  /** Unique for ever: a second job with the same key is not added. */
  idempotencyKey: string;
  payload: Record<string, unknown>;
  maxAttempts?: number;
  runAt?: Date;
}

/** Whether an error says that trying again cannot help. */
export function isPermanentError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { permanent?: unknown }).permanent === true;
}
