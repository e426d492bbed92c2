import type { FastifyRequest } from 'fastify';
import type { Services } from '../../../services/index.ts';
import type { OfficerActor } from '../../../services/officer/case-actions-core.ts';
import type { OfficerCasePage } from '../../../services/officer/case-view.ts';
import { loadOfficerScope } from '../../../services/officer/scope.ts';
import { notFound } from '../../errors.tsx';
import { href, type PageContext } from '../../ui/page-context.ts';

/** The officer behind the request (requireStaff has run): principal and scope. */
export async function officerActor(req: FastifyRequest, services: Services): Promise<OfficerActor> {
  const principal = req.staff;
  if (!principal) throw new Error('requireStaff did not run');
  return { principal, scope: await loadOfficerScope(services.db, principal) };
}

export function caseIdOf(req: FastifyRequest): string {
  return (req.params as { caseId: string }).caseId;
}

/** The case in the URL as this officer sees it, or 404 (caseForOfficer decides). */
export async function loadCasePage(
  req: FastifyRequest,
  services: Services,
): Promise<{ actor: OfficerActor; page: OfficerCasePage }> {
  const actor = await officerActor(req, services);
  const page = await services.officerCase.view.load(actor, caseIdOf(req));
  if (!page) throw notFound();
  return { actor, page };
}

/** A link inside the case: caseUrl(ctx, id, '/historik'). */
export function caseUrl(ctx: Pick<PageContext, 'basePath'>, caseId: string, path = ''): string {
  return href(ctx, `/handlaggare/arenden/${caseId}${path}`);
}

/** The case's path as a redirect target (no base path yet). */
export function caseRedirect(req: FastifyRequest, caseId: string, path = '', query = ''): string {
  return `${req.basePath}/handlaggare/arenden/${caseId}${path}${query ? `?${query}` : ''}`;
}
