import type { FastifyInstance } from 'fastify';
import { registerBulkRoutes } from './bulk.routes.tsx';
import { doneNotice, renderCaseList } from './case-list-render.tsx';
import type { OfficerDeps } from './index.ts';
import { requireStaff } from './require-staff.ts';
import { registerSettingsRoutes } from './settings.routes.tsx';

/**
 * The officers' case list: GET /:kommun/handlaggare/arenden (the list), its
 * bulk actions (POST, bulk.routes.tsx) and the list settings
 * (/:kommun/handlaggare/installningar).
 */
export function registerCaseListRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  app.get('/handlaggare/arenden', { preHandler: requireStaff(deps.services, 'officer') }, (req, reply) => {
    const q = req.query as Record<string, unknown>;
    return renderCaseList(deps, req, reply, q, { done: doneNotice(q) });
  });
  registerBulkRoutes(app, deps);
  registerSettingsRoutes(app, deps);
}
