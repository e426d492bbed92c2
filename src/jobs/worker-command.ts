import pino from 'pino';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { loggerOptions } from '../web/logging.ts';
import { outboxWorkerFor } from './outbox-runtime.ts';

/**
 * `npm run worker`: the outbox worker on its own, for scale. Any number may
 * run against one PostgreSQL database; they share the work through SKIP
 * LOCKED claims. SIGTERM/SIGINT finish the jobs in hand, then exit.
 */
export async function runWorker(config: Config, open: (c: Config) => Promise<DatabaseHandle>): Promise<void> {
  if (!config.databaseUrl) {
    console.error(
      'The worker needs DATABASE_URL (PostgreSQL). With the embedded database it runs inside `npm start`.',
    );
    process.exit(2);
  }
  const log = pino(loggerOptions(config.logLevel) as pino.LoggerOptions);
  const database = await open(config);
  const outbox = outboxWorkerFor(database.db, config, log);
  outbox.worker.start();
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) process.exit(1);
    closing = true;
    log.info({ signal }, 'outbox worker stopping');
    const force = setTimeout(() => process.exit(1), 60_000);
    force.unref();
    await outbox.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
