import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasRole, type StaffRole } from '../../domain/staff/roles.ts';
import type { Services } from '../../services/index.ts';
import { forbidden } from '../errors.tsx';

/**
 * preHandler for staff pages: a staff session of this municipality, with the
 * role asked for (admins have every role). Not logged in: to the login page.
 */
export function requireStaff(services: Services, role?: StaffRole) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const s = req.session;
    const m = req.municipality;
    if (!m || s?.kind !== 'staff' || !s.staffUserId || s.municipalityId !== m.id) {
      return reply.redirect(
        `${req.basePath}/handlaggare/logga-in?returnTo=${encodeURIComponent(req.originalUrl)}`,
        303,
      );
    }
    const principal = await services.staffUsers.principal(m.id, s.staffUserId);
    if (!principal) {
      // The account was removed or deactivated since login.
      return reply.redirect(`${req.basePath}/handlaggare/logga-in`, 303);
    }
    if (role && !hasRole(principal, role)) throw forbidden();
    req.staff = principal;
  };
}
