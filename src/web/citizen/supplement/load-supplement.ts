import type { FastifyRequest } from 'fastify';
import type { ResidentCase } from '../../../services/cases/resident-cases.ts';
import type { DraftOwner } from '../../../services/drafts/draft-owner.ts';
import type { Services } from '../../../services/index.ts';
import { notFound } from '../../errors.tsx';
import { ownerOf } from '../owner.ts';
import type { DraftFlow, FlowDraft } from '../runner/draft-flow.ts';

/** A supplement's pages, without basePath: steps, check answers, send, cancel. */
export const supplementPath = (caseId: string) => `/mina-sidor/arenden/${caseId}/komplettering`;

/**
 * Where the applicant follows the case: the case page on My pages, or for
 * an anonymous applicant (no My pages) the receipt their browser may see.
 */
export const casePagePath = (owner: DraftOwner, caseId: string) =>
  owner.kind === 'resident' ? `/mina-sidor/arenden/${caseId}` : `/arenden/${caseId}/kvitto`;

export interface LoadedSupplementPage extends FlowDraft {
  theCase: ResidentCase;
  /** Whether the case's status still lets the applicant edit (an officer may have changed it). */
  editable: boolean;
}

/**
 * The supplement of the case in the URL, if the case is the requester's and
 * they have started one; anyone else, a tampered id or no editing draft: 404.
 */
export async function loadSupplement(req: FastifyRequest, services: Services): Promise<LoadedSupplementPage> {
  const m = req.municipality;
  const owner = ownerOf(req);
  const { caseId } = req.params as { caseId: string };
  if (!m || !owner) throw notFound();
  const s = await services.supplements.load(m.id, caseId, owner);
  if (!s) throw notFound();
  const eService = await services.eServices.byId(m.id, s.theCase.eServiceId);
  if (!eService) throw notFound();
  const path = supplementPath(s.theCase.id);
  return {
    draft: s.draft,
    eService,
    owner,
    theCase: s.theCase,
    editable: s.editable,
    path,
    // The check page is the supplement's start: every answer with a change link.
    startPath: `${path}/kontrollera`,
    savedPath: owner.kind === 'resident' ? casePagePath(owner, s.theCase.id) : undefined,
  };
}

/** The supplement's steps use the runner's step routes and pages. */
export function supplementFlow(services: Services): DraftFlow {
  return { route: '/mina-sidor/arenden/:caseId/komplettering', load: (req) => loadSupplement(req, services) };
}
