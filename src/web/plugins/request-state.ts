import type { StaffPrincipal } from '../../domain/staff/roles.ts';
import type { Municipality } from '../../services/municipalities.ts';
import type { Session } from '../../services/sessions.ts';
import type { UiLang } from '../ui/i18n/languages.ts';

/** What hooks attach to every request before a route runs. */
declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, for tests that must cover them all. */
    routeList: readonly { method: string; url: string }[];
  }

  interface FastifyRequest {
    /** The session, if the browser presented a valid, unexpired cookie. */
    session: Session | null;
    /** The raw session token, needed to rotate or end the session. */
    sessionToken: string | undefined;
    /** The municipality whose pages these are (null on platform-wide pages). */
    municipality: Municipality | null;
    /** Link prefix inside the municipality: "/demo", or "" on its own host name. */
    basePath: string;
    lang: UiLang;
    /** The logged-in staff member on staff pages, loaded by requireStaff. */
    staff: StaffPrincipal | null;
  }
}
