import type { FastifyRequest } from 'fastify';
import type { EServiceInfo } from '../../../domain/eservices/eservice.ts';
import type { DraftOwner } from '../../../services/drafts/draft-owner.ts';
import type { Draft } from '../../../services/drafts/drafts.ts';
import type { Services } from '../../../services/index.ts';
import { notFound } from '../../errors.tsx';
import { ownerOf } from '../owner.ts';

export interface LoadedDraft {
  draft: Draft;
  eService: EServiceInfo;
  owner: DraftOwner;
}

/**
 * The draft named in the URL, if it is this resident's (or this browser's).
 * A draft of someone else, a tampered id or one in another municipality is
 * the same 404 as one that never existed.
 */
export async function loadDraft(req: FastifyRequest, services: Services): Promise<LoadedDraft> {
  const m = req.municipality;
  const owner = ownerOf(req);
  const { draftId } = req.params as { draftId: string };
  if (!m || !owner) throw notFound();
  const draft = await services.drafts.get(m.id, draftId, owner);
  if (!draft) throw notFound();
  const eService = await services.eServices.byId(m.id, draft.eServiceId);
  if (!eService) throw notFound();
  return { draft, eService, owner };
}
