import type { Db } from '../../db/database.ts';
import { verifyTotp } from '../../domain/auth/totp.ts';
import { isStaffRole, type StaffPrincipal } from '../../domain/staff/roles.ts';
import type { StaffUserService } from '../staff-users.ts';
import { dummyHash, verifyPassword } from './passwords.ts';

export type StaffLoginResult =
  | { ok: true; principal: StaffPrincipal; method: 'password' | 'password+totp' }
  /** The password was right; the account also needs a one-time code. */
  | { ok: false; reason: 'totpRequired'; userId: string }
  | { ok: false; reason: 'invalidCredentials' | 'invalidTotp' };

/**
 * Local staff login: password (argon2id), then a TOTP code when the account
 * has one. The answer never says whether the user name exists: unknown users
 * cost the same hash work and get the same reason.
 */
export function createStaffLogin(db: Db, users: StaffUserService) {
  async function recordFailure(municipalityId: string): Promise<void> {
    await db
      .insertInto('login_event')
      .values({ municipality_id: municipalityId, kind: 'staff', method: 'password', success: false })
      .execute();
  }

  async function withPassword(input: {
    municipalityId: string;
    username: string;
    password: string;
  }): Promise<StaffLoginResult> {
    const user = await users.findForLogin(input.municipalityId, input.username.trim());
    const passwordOk = await verifyPassword(input.password, user?.password_hash ?? (await dummyHash()));
    if (!user?.active || !user.password_hash || !passwordOk) {
      await recordFailure(input.municipalityId);
      return { ok: false, reason: 'invalidCredentials' };
    }
    if (user.totp_secret) return { ok: false, reason: 'totpRequired', userId: user.id };
    return { ok: true, method: 'password', principal: principalOf(user) };
  }

  /** Second step, for a user whose password was checked moments ago. */
  async function withTotp(input: {
    municipalityId: string;
    userId: string;
    code: string;
    now?: Date;
  }): Promise<StaffLoginResult> {
    const user = await db
      .selectFrom('staff_user')
      .select(['id', 'municipality_id', 'username', 'name', 'roles', 'totp_secret', 'active'])
      .where('municipality_id', '=', input.municipalityId)
      .where('id', '=', input.userId)
      .executeTakeFirst();
    const code = input.code.replace(/\s/g, '');
    if (!user?.active || !user.totp_secret) return { ok: false, reason: 'invalidCredentials' };
    if (!verifyTotp(user.totp_secret, code, (input.now ?? new Date()).getTime())) {
      await recordFailure(input.municipalityId);
      return { ok: false, reason: 'invalidTotp' };
    }
    return { ok: true, method: 'password+totp', principal: principalOf(user) };
  }

  return { withPassword, withTotp };
}

function principalOf(user: {
  id: string;
  municipality_id: string;
  username: string;
  name: string;
  roles: string[];
}): StaffPrincipal {
  return {
    id: user.id,
    municipalityId: user.municipality_id,
    username: user.username,
    name: user.name,
    roles: user.roles.filter(isStaffRole),
  };
}

export type StaffLogin = ReturnType<typeof createStaffLogin>;
