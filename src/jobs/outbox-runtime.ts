import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { mailTransportFor } from '../integrations/mail/registry.ts';
import { smsProviderFor } from '../integrations/sms/registry.ts';
import { pruneTestDrafts } from '../services/builder/try-out.ts';
import { purgeCases } from '../services/cases/purge.ts';
import { FsBlobStore } from '../services/files/fs-blob-store.ts';
import { pruneOrphanFiles } from '../services/files/orphan-files.ts';
import { createBroadcastHandler } from '../services/notifications/broadcast-deliver.ts';
import { BROADCAST_JOB } from '../services/notifications/broadcasts.ts';
import { createNotificationHandler } from '../services/notifications/deliver.ts';
import { sweepOverdueCases } from '../services/notifications/overdue.ts';
import { NOTIFICATION_JOB } from '../services/notifications/payload.ts';
import { createOutboxWorker, type OutboxWorker, type WorkerLog } from './outbox-worker.ts';

export const OVERDUE_SWEEP_MS = 60_000;

/**
 * The worker with every job type's handler and the channels the
 * configuration names. Used by `serve` (in-process) and by `worker`.
 */
export function outboxWorkerFor(
  db: Db,
  config: Pick<Config, 'env' | 'publicUrl' | 'mail' | 'sms' | 'worker' | 'filesDir'>,
  log: WorkerLog,
): { worker: OutboxWorker; close(): Promise<void> } {
  const logInfo = (msg: string, data: Record<string, unknown>) => log.info(data, msg);
  const mail = mailTransportFor(config, logInfo);
  const sms = smsProviderFor(config.sms, logInfo);
  if (!mail) log.warn({}, 'SMTP_URL is not set: e-mail notifications wait in the outbox and then fail');
  // One store for every sweep that removes files (as the services share one).
  const blobs = new FsBlobStore(config.filesDir);
  const worker = createOutboxWorker({
    db,
    handlers: {
      [NOTIFICATION_JOB]: createNotificationHandler({ db, mail, sms, publicUrl: config.publicUrl }),
      [BROADCAST_JOB]: createBroadcastHandler({ db, mail, sms, publicUrl: config.publicUrl }),
    },
    batchSize: config.worker.batchSize,
    concurrency: config.worker.concurrency,
    leaseMs: config.worker.leaseSeconds * 1000,
    pollMs: config.worker.pollMs,
    log,
    // Overdue cases: a minute late at most is soon enough for "handle within N days".
    schedules: [
      { name: 'overdue-cases', everyMs: OVERDUE_SWEEP_MS, run: () => sweepOverdueCases(db) },
      // Automatic purge (issue 7): cases that stood long enough in their e-service's purge status.
      {
        name: 'purge-cases',
        everyMs: OVERDUE_SWEEP_MS,
        run: async () => (await purgeCases(db, blobs)).length,
      },
      // "Prova e-tjänsten" drafts left behind (the browser was closed): deleted after a day.
      {
        name: 'test-drafts',
        everyMs: 3_600_000,
        run: () => pruneTestDrafts(db, blobs),
      },
      // Uploads whose draft is gone (expired, sent as a supplement, a try ended): their content goes too.
      { name: 'orphan-files', everyMs: 3_600_000, run: () => pruneOrphanFiles(db, blobs) },
    ],
  });
  return {
    worker,
    async close() {
      await worker.stop();
      mail?.close();
    },
  };
}
