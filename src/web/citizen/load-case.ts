import type { FastifyRequest } from 'fastify';
import type { EServiceInfo } from '../../domain/eservices/eservice.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import type { ResidentCase } from '../../services/cases/resident-cases.ts';
import type { Services } from '../../services/index.ts';
import { notFound } from '../errors.tsx';
import { ownerOf } from './owner.ts';

export interface LoadedCase {
  theCase: ResidentCase;
  eService: EServiceInfo;
  definition: FormDefinition;
}

/** The case in the URL if it is this resident's (or this anonymous browser's); otherwise 404. */
export async function loadResidentCase(req: FastifyRequest, services: Services): Promise<LoadedCase> {
  const m = req.municipality;
  const owner = ownerOf(req);
  const { caseId } = req.params as { caseId: string };
  if (!m || !owner) throw notFound();
  const theCase = await services.residentCases.get(m.id, caseId, owner);
  if (!theCase) throw notFound();
  const [eService, version] = await Promise.all([
    services.eServices.byId(m.id, theCase.eServiceId),
    services.eServices.version(m.id, theCase.versionId),
  ]);
  if (!eService || !version) throw notFound();
  return { theCase, eService, definition: version.definition };
}
