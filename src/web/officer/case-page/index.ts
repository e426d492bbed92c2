import type { FastifyInstance } from 'fastify';
import type { OfficerDeps } from '../index.ts';
import { registerAnswerEditRoutes } from './answers-edit.routes.tsx';
import { registerColourRoutes } from './colour.routes.tsx';
import { registerDeleteRoutes } from './delete.routes.tsx';
import { registerCaseDocumentRoutes } from './documents.routes.tsx';
import { registerExternalNumberRoutes } from './external-number.routes.tsx';
import { registerCaseHistoryRoutes } from './history.routes.tsx';
import { registerCaseMessageRoutes } from './messages.routes.tsx';
import { registerCaseNoteRoutes } from './notes.routes.tsx';
import { registerCaseOfficerRoutes } from './officers.routes.tsx';
import { registerStatusRoutes } from './status.routes.tsx';
import { registerCaseViewRoutes } from './view.routes.tsx';

/**
 * The officer's case page under /handlaggare/arenden/:caseId: tabs (the
 * application, history, messages, internal notes, documents, external case
 * number) and tools (status, officers, take, flag, colour, delete). Every
 * route needs a staff session and goes through caseForOfficer (404 otherwise).
 */
export function registerCasePageRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  registerCaseViewRoutes(app, deps);
  registerAnswerEditRoutes(app, deps);
  registerCaseHistoryRoutes(app, deps);
  registerCaseMessageRoutes(app, deps);
  registerCaseNoteRoutes(app, deps);
  registerCaseDocumentRoutes(app, deps);
  registerExternalNumberRoutes(app, deps);
  registerStatusRoutes(app, deps);
  registerCaseOfficerRoutes(app, deps);
  registerColourRoutes(app, deps);
  registerDeleteRoutes(app, deps);
}
