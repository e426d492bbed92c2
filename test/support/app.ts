import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { type Config, loadConfig } from '../../src/config.ts';
import { seedDemo } from '../../src/services/demo-seed.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { createTestDatabase } from './db.ts';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  config: Config;
  /** http://127.0.0.1:PORT when started with listen: true. */
  url: string;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The whole application on a fresh test database with the demo municipality.
 * `listen: true` serves it on a real loopback port (needed for OpenID Connect
 * flows and browsers); otherwise use app.inject().
 */
export async function startTestApp(
  opts: { listen?: boolean; env?: Record<string, string>; seed?: boolean } = {},
): Promise<TestApp> {
  const port = opts.listen ? await freePort() : 3999;
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: 'memory://',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...opts.env,
  });
  const database = await createTestDatabase();
  const services = createServices(database, config);
  if (opts.seed !== false) await seedDemo(services);
  await services.municipalities.reload();
  const app = await buildApp({ config, services });
  if (opts.listen) await app.listen({ host: '127.0.0.1', port });
  else await app.ready();
  return {
    app,
    services,
    config,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
