import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PostedFields } from '../../../domain/forms/answers.ts';
import type { Services } from '../../../services/index.ts';
import type { OfficerActor } from '../../../services/officer/case-actions-core.ts';
import type { OfficerCasePage } from '../../../services/officer/case-view.ts';
import { readPostedForm } from '../../posted-form.ts';
import { requireStaff } from '../require-staff.ts';
import { caseIdOf, loadCasePage, officerActor } from './load.ts';
import { type PostedVersion, postedVersion } from './version-fields.tsx';

/** A tool's post as every tool reads it: who acts, on which case, what was posted, at which version. */
export interface ToolPost {
  actor: OfficerActor;
  caseId: string;
  fields: PostedFields;
  version: PostedVersion;
}

/**
 * A case tool's two routes at /handlaggare/arenden/:caseId<path>, for officers:
 * GET shows the form for the case as it is (`show`), POST reads the posted form
 * and hands it to `post`.
 */
export function registerToolRoutes(
  app: FastifyInstance,
  services: Services,
  path: string,
  handlers: {
    show: (req: FastifyRequest, reply: FastifyReply, page: OfficerCasePage) => FastifyReply;
    post: (req: FastifyRequest, reply: FastifyReply, posted: ToolPost) => Promise<FastifyReply>;
  },
): void {
  const pre = { preHandler: requireStaff(services, 'officer') };
  const route = `/handlaggare/arenden/:caseId${path}`;

  app.get(route, pre, async (req, reply) => {
    const { page } = await loadCasePage(req, services);
    return handlers.show(req, reply, page);
  });

  app.post(route, pre, async (req, reply) => {
    const actor = await officerActor(req, services);
    const form = await readPostedForm(req);
    const version = postedVersion(form.fields);
    return handlers.post(req, reply, { actor, caseId: caseIdOf(req), fields: form.fields, version });
  });
}
