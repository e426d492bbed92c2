/** What every builder route needs first: the signed-in staff member and the e-service of the address. */
import type { FastifyRequest } from 'fastify';
import type { EServiceInfo } from '../../domain/eservices/eservice.ts';
import type { StaffPrincipal } from '../../domain/staff/roles.ts';
import { isUuid } from '../../services/drafts/drafts.ts';
import type { Services } from '../../services/index.ts';
import { notFound } from '../errors.tsx';

/** The staff member `requireStaff` put on the request. */
export function staffOf(req: FastifyRequest): StaffPrincipal {
  if (!req.staff) throw new Error('requireStaff did not run');
  return req.staff;
}

/** The :eServiceId e-service within the staff member's municipality; 404 otherwise. */
export async function eServiceOf(services: Services, req: FastifyRequest): Promise<EServiceInfo> {
  const { eServiceId } = req.params as { eServiceId: string };
  const e = isUuid(eServiceId)
    ? await services.eServices.byId(staffOf(req).municipalityId, eServiceId)
    : undefined;
  if (!e) throw notFound();
  return e;
}
