import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import type { DraftOwner } from '../../services/drafts/draft-owner.ts';
import type { Services } from '../../services/index.ts';
import { staffSessionConflict } from '../errors.tsx';
import { ensureSession } from '../plugins/session.ts';

/** Who is filling in: the logged-in resident, or this browser's anonymous session. */
export function ownerOf(req: FastifyRequest): DraftOwner | null {
  const s = req.session;
  if (s?.kind === 'resident' && s.resident) {
    return {
      kind: 'resident',
      personalNumber: s.resident.personalNumber,
      name: s.resident.name,
      loginMethod: s.loginMethod,
    };
  }
  if (s?.kind === 'anonymous') return { kind: 'anonymous', sessionHash: s.idHash };
  return null;
}

/** Like ownerOf, but starts an anonymous session when there is none. */
export async function ensureOwner(
  req: FastifyRequest,
  reply: FastifyReply,
  services: Services,
  config: Config,
): Promise<DraftOwner> {
  const owner = ownerOf(req);
  if (owner) return owner;
  // A staff member logged in on this browser: their session cannot own a
  // resident's draft, and silently replacing it would log them out.
  if (req.session?.kind === 'staff') throw staffSessionConflict();
  await ensureSession(req, reply, services.sessions, config);
  const again = ownerOf(req);
  if (!again) throw new Error('could not start a session');
  return again;
}
