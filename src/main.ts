import { mkdirSync } from 'node:fs';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { outboxWorkerFor } from './jobs/outbox-runtime.ts';
import { runWorker } from './jobs/worker-command.ts';
import { seedDemo } from './services/demo-seed.ts';
import { createServices } from './services/index.ts';
import { buildApp } from './web/app.ts';

/** CLI: `serve` (default), `migrate`, `seed`, `worker` (the outbox worker alone, PostgreSQL). */

async function open(config: Config): Promise<DatabaseHandle> {
  if (!config.databaseUrl && config.dataDir !== 'memory://') mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db);
  return database;
}

async function serve(config: Config): Promise<void> {
  const database = await open(config);
  const services = createServices(database, config);
  if (config.seedDemo && (await seedDemo(services))) {
    console.log('Loaded the demo municipality "Demo kommun" (see README for demo accounts).');
  }
  await services.municipalities.reload();
  const app = await buildApp({ config, services });
  await app.listen({ host: config.host, port: config.port });
  app.log.info({ database: database.kind, url: config.publicUrl }, 'Ingång is running');
  // Issue 6: the outbox worker runs here unless separate `npm run worker`
  // processes do it; PGlite is one connection in this process, so there it always runs here.
  const inProcess = config.worker.inProcess || database.kind === 'pglite';
  if (!config.worker.inProcess && inProcess) {
    app.log.warn('WORKER_IN_PROCESS=false needs PostgreSQL: with the embedded database the worker runs here');
  }
  const outbox = inProcess ? outboxWorkerFor(database.db, config, app.log) : undefined;
  outbox?.worker.start();
  if (config.logLevel === 'silent' || process.stdout.isTTY) {
    console.log(`Ingång is running on ${config.publicUrl} (database: ${database.kind})`);
  }

  // Graceful shutdown: stop accepting connections, finish requests in flight,
  // then close the database. A second signal forces the exit.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) process.exit(1);
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.close();
      await outbox?.close();
      await database.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Ingång cannot start.\n${err.message}\nSee .env.example for every setting.`);
      process.exit(1);
    }
    throw err;
  }
  const command = process.argv[2] ?? 'serve';
  switch (command) {
    case 'serve':
      return serve(config);
    case 'migrate': {
      const database = await open(config);
      console.log(`Database (${database.kind}) is migrated to the latest version.`);
      await database.close();
      return;
    }
    case 'seed': {
      const database = await open(config);
      const seeded = await seedDemo(createServices(database, config));
      console.log(seeded ? 'Demo data loaded.' : 'The database already has municipalities; nothing loaded.');
      await database.close();
      return;
    }
    case 'worker':
      return runWorker(config, open);
    default:
      console.error(`Unknown command "${command}". Use serve, migrate, seed or worker.`);
      process.exit(2);
  }
}

await main();
