import type { FastifyInstance } from 'fastify';
import type { OfficerDeps } from '../../officer/index.ts';
import { registerColumnRoutes } from './routes/column.routes.tsx';
import { registerDeleteRoutes } from './routes/delete.routes.tsx';
import { editorKit } from './routes/editor-kit.tsx';
import { registerNewQuestionRoutes } from './routes/new-question.routes.tsx';
import { registerQuestionRoutes } from './routes/question.routes.tsx';
import { registerStepRoutes } from './routes/step.routes.tsx';
import { registerStructureRoutes } from './routes/structure.routes.tsx';

export { problemMessage, readerText, refusalText } from './routes/problem-text.ts';

/**
 * The step and question editor of a version (issue 7, item 3), under
 * /:kommun/handlaggare/bygg/:eServiceId/versioner/:versionId. Every change is
 * saved with the revision the page was read at, so an overtaken page is
 * refused instead of undoing someone else's work.
 */
export function registerEditorRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const kit = editorKit(deps);
  registerStructureRoutes(app, kit);
  registerStepRoutes(app, kit);
  registerNewQuestionRoutes(app, kit);
  registerQuestionRoutes(app, kit);
  registerColumnRoutes(app, kit);
  registerDeleteRoutes(app, kit);
}
