import type { FastifyRequest } from 'fastify';
import type { Html } from '#jsx/jsx-runtime';
import type { Services } from '../../../services/index.ts';
import { type LoadedDraft, loadDraft } from './load-draft.ts';

/**
 * Where a draft is filled in. A new application lives under `/utkast/<id>`;
 * a supplement's editing draft under `/mina-sidor/arenden/<case>/komplettering`
 * (citizen/supplement). Both use the same step and check pages; only the
 * addresses, and where Back and "Spara och fortsätt senare" lead, differ.
 */
export interface FlowDraft extends LoadedDraft {
  /** The draft's pages, without basePath: steps at `${path}/steg/<id>`, check answers at `${path}/kontrollera`. */
  path: string;
  /** Where Back on the first step leads, without basePath. */
  startPath: string;
  /** Where "Spara och fortsätt senare" leads, without basePath; undefined: no such button. */
  savedPath: string | undefined;
  /** Shown at the top of every page of the flow instead of the anonymous note (the builder's test mode). */
  banner?: Html;
}

export interface DraftFlow {
  /** The route of `path`, with its parameters: `/utkast/:draftId`. */
  route: string;
  /** The draft the request names if it is the requester's; otherwise throws a 404. */
  load(req: FastifyRequest): Promise<FlowDraft>;
}

/** A new application: started from the e-service's page, saved to My pages. */
export function applicationFlow(services: Services): DraftFlow {
  return {
    route: '/utkast/:draftId',
    async load(req) {
      const loaded = await loadDraft(req, services);
      const { draft, eService, owner } = loaded;
      return {
        ...loaded,
        path: `/utkast/${draft.id}`,
        startPath: `/e-tjanster/${eService.slug}`,
        // Only a logged-in resident's draft outlives the browser session.
        savedPath: owner.kind === 'resident' ? `/mina-sidor?sparat=${draft.id}` : undefined,
      };
    },
  };
}
