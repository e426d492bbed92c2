import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Services } from '../services/index.ts';

/** Liveness and readiness for load balancers and the quick start check. */
export function registerHealthRoutes(app: FastifyInstance, services: Services): void {
  app.get('/healthz', async () => ({ status: 'ok', database: services.databaseKind }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await sql`select 1`.execute(services.db);
      return { status: 'ready', database: services.databaseKind };
    } catch (err) {
      reply.log.error({ err }, 'database not ready');
      return reply.status(503).send({ status: 'unavailable', database: services.databaseKind });
    }
  });
}
