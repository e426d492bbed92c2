import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export interface ScratchDatabase extends DatabaseHandle {
  /** The scratch database's URL on a PostgreSQL server; undefined for PGlite. */
  url: string | undefined;
}

/**
 * A throw-away, migrated database: an in-memory PGlite, or — given a
 * PostgreSQL server URL — a new database on that server that `close()` drops
 * again. Tests and benchmarks use it.
 */
export async function openScratchDatabase(opts: {
  serverUrl?: string | undefined;
  poolSize?: number;
  prefix?: string;
}): Promise<ScratchDatabase> {
  if (!opts.serverUrl) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    return { ...handle, url: undefined };
  }
  const serverUrl = opts.serverUrl;
  const name = `${opts.prefix ?? 'ingang_test'}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({
    databaseUrl: url.toString(),
    dataDir: 'memory://',
    poolSize: opts.poolSize ?? 10,
  });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      // pool.end() resolves before its connections have closed; FORCE would
      // kill one mid-close and its error event has no listener by then.
      for (let i = 0; i < 100; i++) {
        const r = await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (r.rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * A fresh database for one test file: PGlite by default, or a new database on
 * the PostgreSQL server in TEST_DATABASE_URL. Every suite runs on both in CI.
 */
export function createTestDatabase(): Promise<ScratchDatabase> {
  return openScratchDatabase({ serverUrl: process.env.TEST_DATABASE_URL });
}

export const testDatabaseKind = () => (process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite');
