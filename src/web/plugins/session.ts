import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.ts';
import type { SessionService } from '../../services/sessions.ts';

export const SESSION_COOKIE = 'ingang_session';

/**
 * Reads the signed session cookie on every request. A cookie whose signature
 * does not match (tampered) or whose session has expired logs the user out:
 * the cookie is cleared and the request continues anonymously.
 */
export const sessionPlugin = fp(
  async (app: FastifyInstance, opts: { sessions: SessionService; config: Config }) => {
    app.decorateRequest('session', null);
    app.decorateRequest('sessionToken', undefined);
    app.addHook('onRequest', async (req, reply) => {
      const raw = req.cookies[SESSION_COOKIE];
      if (!raw) return;
      const unsigned = req.unsignCookie(raw);
      const session = unsigned.valid && unsigned.value ? await opts.sessions.load(unsigned.value) : null;
      if (!session) {
        clearSessionCookie(reply, opts.config);
        return;
      }
      req.session = session;
      req.sessionToken = unsigned.value ?? undefined;
    });
  },
);

export function cookieSecure(config: Config): boolean {
  return config.publicUrl.startsWith('https:');
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure(config),
    signed: true,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure(config),
  });
}

/** Ensures the request has a session (anonymous if need be) and returns its token. */
export async function ensureSession(
  req: FastifyRequest,
  reply: FastifyReply,
  sessions: SessionService,
  config: Config,
): Promise<string> {
  if (req.sessionToken && req.session) return req.sessionToken;
  const token = await sessions.startAnonymous();
  setSessionCookie(reply, config, token);
  req.sessionToken = token;
  req.session = await sessions.load(token);
  return token;
}
