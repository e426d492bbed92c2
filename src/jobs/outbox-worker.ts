import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/database.ts';
import { claimDueJobs, markFailed, markSent } from '../services/outbox/claim.ts';
import { pruneSentJobs } from '../services/outbox/prune.ts';
import { isPermanentError, type JobHandler, type OutboxJob } from '../services/outbox/types.ts';

export interface WorkerLog {
  info(data: Record<string, unknown>, msg: string): void;
  warn(data: Record<string, unknown>, msg: string): void;
  error(data: Record<string, unknown>, msg: string): void;
}

/**
 * Work the worker does now and then besides sending (the overdue sweep): it
 * runs first when the worker starts, then every `everyMs`. Anything it queues
 * is sent by the same loop.
 */
export interface ScheduledTask {
  name: string;
  everyMs: number;
  /** How many things it did, for the log. */
  run(): Promise<number>;
}

export interface OutboxWorkerOptions {
  db: Db;
  handlers: Readonly<Record<string, JobHandler>>;
  batchSize: number;
  /** Jobs of one batch sent at the same time. */
  concurrency: number;
  leaseMs: number;
  pollMs: number;
  log: WorkerLog;
  workerId?: string;
  schedules?: readonly ScheduledTask[];
}

export interface OutboxWorker {
  readonly id: string;
  /** Claims and handles one batch; the number of jobs it claimed. */
  runOnce(): Promise<number>;
  /** Loops until stop(): a full batch is followed at once by the next, otherwise it waits pollMs. */
  start(): void;
  /** Look for work now (after something was queued in this process). */
  wake(): void;
  /** Stops claiming and waits for the jobs in hand to finish. */
  stop(): Promise<void>;
}

/**
 * The outbox worker. Each batch is claimed in one short statement (a lease,
 * see services/outbox/claim.ts), then sent with no transaction open: on
 * PGlite the single connection stays free for the web requests, and on
 * PostgreSQL a slow mail server holds no locks. Each job is marked sent the
 * moment its provider accepted it, which keeps the window in which a crash
 * can cause a second send as short as it can be (docs/decisions/0004-outbox.md).
 */
export function createOutboxWorker(o: OutboxWorkerOptions): OutboxWorker {
  const id = o.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  let stopping = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;

  async function handle(job: OutboxJob): Promise<void> {
    if (job.attempts > job.maxAttempts) {
      // Claimed more times than allowed: every earlier attempt ended with its worker gone.
      await markFailed(o.db, job, id, 'gave up: the worker stopped during every attempt', true);
      return;
    }
    const handler = o.handlers[job.type];
    try {
      if (!handler)
        throw Object.assign(new Error(`no handler for job type "${job.type}"`), { permanent: true });
      const r = await handler(job);
      await markSent(o.db, job.id, r.providerId);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const outcome = await markFailed(o.db, job, id, message, isPermanentError(err));
      const log = outcome === 'dead' ? o.log.error : o.log.warn;
      log.call(
        o.log,
        { jobId: job.id, type: job.type, attempt: job.attempts, outcome, err: message },
        'outbox job failed',
      );
    }
  }

  async function runOnce(): Promise<number> {
    const jobs = await claimDueJobs(o.db, { workerId: id, limit: o.batchSize, leaseMs: o.leaseMs });
    let next = 0;
    const lanes = Array.from({ length: Math.min(o.concurrency, jobs.length) }, async () => {
      for (let job = jobs[next++]; job; job = jobs[next++]) await handle(job);
    });
    await Promise.all(lanes);
    return jobs.length;
  }

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  /** Old delivered jobs go now and then; several workers doing it at once is harmless. */
  const PRUNE_EVERY_MS = 10 * 60 * 1000;
  let prunedAt = 0;
  async function pruneNowAndThen(): Promise<void> {
    if (Date.now() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = Date.now();
    const n = await pruneSentJobs(o.db);
    if (n > 0) o.log.info({ deleted: n }, 'outbox: old delivered jobs deleted');
  }

  const lastRun = new Map<string, number>();
  /** Each scheduled task whose time has come; one that fails is logged and tried at its next time. */
  async function runDueSchedules(): Promise<number> {
    let done = 0;
    for (const task of o.schedules ?? []) {
      if (stopping || Date.now() - (lastRun.get(task.name) ?? 0) < task.everyMs) continue;
      lastRun.set(task.name, Date.now());
      try {
        const n = await task.run();
        if (n > 0) o.log.info({ task: task.name, count: n }, 'scheduled task done');
        done += n;
      } catch (err) {
        o.log.error(
          { task: task.name, err: err instanceof Error ? err.message : String(err) },
          'scheduled task failed',
        );
      }
    }
    return done;
  }

  async function run(): Promise<void> {
    while (!stopping) {
      let claimed = 0;
      try {
        // Before claiming, so what a schedule queued goes out in this round.
        await runDueSchedules();
        claimed = await runOnce();
        await pruneNowAndThen();
      } catch (err) {
        o.log.error(
          { err: err instanceof Error ? err.message : String(err) },
          'outbox worker could not claim jobs',
        );
      }
      if (!stopping && claimed < o.batchSize) await pause(o.pollMs);
    }
  }

  return {
    id,
    runOnce,
    start() {
      if (loop) return;
      stopping = false;
      o.log.info(
        { workerId: id, batchSize: o.batchSize, concurrency: o.concurrency },
        'outbox worker started',
      );
      loop = run();
    },
    wake: () => wakeUp?.(),
    async stop() {
      stopping = true;
      wakeUp?.();
      await loop;
      loop = undefined;
    },
  };
}
