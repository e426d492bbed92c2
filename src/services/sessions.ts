import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { SessionResidentJson } from '../db/schema.ts';
import type { LoginMethod } from '../integrations/identity/types.ts';

/**
 * Server-side sessions. The browser holds a random 256-bit token; the table
 * holds its SHA-256. Every login issues a new token (no session fixation), an
 * idle session expires, logout deletes the row.
 */

export type SessionKind = 'anonymous' | 'resident' | 'staff';

export interface Session {
  idHash: string;
  kind: SessionKind;
  municipalityId: string | null;
  staffUserId: string | null;
  resident: SessionResidentJson | null;
  loginMethod: string | null;
  data: Record<string, unknown>;
  lastSeenAt: Date;
}

export interface NewLogin {
  kind: 'resident' | 'staff';
  municipalityId: string | null;
  staffUserId?: string;
  resident?: SessionResidentJson;
  loginMethod: LoginMethod | 'password' | 'password+totp' | 'oidc';
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
export const newToken = () => randomBytes(32).toString('base64url');

// Touching last_seen_at on every request would turn every page view into a
// write; once a minute is precise enough for a 30-minute idle timeout.
const TOUCH_AFTER_MS = 60_000;

export function createSessionService(db: Db, idleMinutes: number) {
  const idleMs = idleMinutes * 60_000;

  async function load(token: string, now = new Date()): Promise<Session | null> {
    const idHash = hashToken(token);
    const row = await db.selectFrom('session').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
    if (!row) return null;
    if (now.getTime() - row.last_seen_at.getTime() > idleMs) {
      await db.deleteFrom('session').where('id_hash', '=', idHash).execute();
      return null;
    }
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await db.updateTable('session').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
    }
    return {
      idHash,
      kind: row.kind,
      municipalityId: row.municipality_id,
      staffUserId: row.staff_user_id,
      resident: row.resident,
      loginMethod: row.login_method,
      data: row.data,
      lastSeenAt: row.last_seen_at,
    };
  }

  /** Starts an anonymous session (for an anonymous draft or a pending login). */
  async function startAnonymous(data: Record<string, unknown> = {}): Promise<string> {
    const token = newToken();
    await db
      .insertInto('session')
      .values({ id_hash: hashToken(token), kind: 'anonymous', data: JSON.stringify(data), resident: null })
      .execute();
    return token;
  }

  /**
   * Logs in: the old session (if any) is replaced by one with a new token.
   * Data worth keeping across login (an anonymous draft) is carried over.
   */
  async function login(oldToken: string | undefined, who: NewLogin, keep: Record<string, unknown> = {}) {
    const token = newToken();
    await db.transaction().execute(async (trx) => {
      if (oldToken) await trx.deleteFrom('session').where('id_hash', '=', hashToken(oldToken)).execute();
      await trx
        .insertInto('session')
        .values({
          id_hash: hashToken(token),
          kind: who.kind,
          municipality_id: who.municipalityId,
          staff_user_id: who.staffUserId ?? null,
          resident: who.resident ? JSON.stringify(who.resident) : null,
          login_method: who.loginMethod,
          data: JSON.stringify(keep),
        })
        .execute();
      await trx
        .insertInto('login_event')
        .values({
          municipality_id: who.municipalityId,
          kind: who.kind,
          method: who.loginMethod,
          success: true,
        })
        .execute();
    });
    return token;
  }

  async function setData(idHash: string, data: Record<string, unknown>): Promise<void> {
    await db
      .updateTable('session')
      .set({ data: JSON.stringify(data) })
      .where('id_hash', '=', idHash)
      .execute();
  }

  async function destroy(token: string): Promise<void> {
    await db.deleteFrom('session').where('id_hash', '=', hashToken(token)).execute();
  }

  async function purgeIdle(now = new Date()): Promise<number> {
    const r = await db
      .deleteFrom('session')
      .where('last_seen_at', '<', new Date(now.getTime() - idleMs))
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  return { load, startAnonymous, login, setData, destroy, purgeIdle, hashToken };
}

export type SessionService = ReturnType<typeof createSessionService>;
