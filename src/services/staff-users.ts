import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { isStaffRole, type StaffPrincipal, type StaffRole } from '../domain/staff/roles.ts';
import { hashPassword } from './auth/passwords.ts';

export interface NewStaffUser {
  municipalityId: string;
  username: string;
  name: string;
  email?: string | null;
  password?: string;
  totpSecret?: string | null;
  roles: StaffRole[];
}

/** Staff accounts. Every query is scoped to one municipality. */
export function createStaffUserService(db: Db) {
  return {
    async create(u: NewStaffUser): Promise<StaffPrincipal> {
      const row = await db
        .insertInto('staff_user')
        .values({
          municipality_id: u.municipalityId,
          username: u.username,
          name: u.name,
          email: u.email ?? null,
          password_hash: u.password ? await hashPassword(u.password) : null,
          totp_secret: u.totpSecret ?? null,
          roles: u.roles,
        })
        .returning(['id', 'municipality_id', 'username', 'name', 'roles'])
        .executeTakeFirstOrThrow();
      return {
        id: row.id,
        municipalityId: row.municipality_id,
        username: row.username,
        name: row.name,
        roles: row.roles.filter(isStaffRole),
      };
    },

    async findForLogin(municipalityId: string, username: string) {
      return db
        .selectFrom('staff_user')
        .select([
          'id',
          'municipality_id',
          'username',
          'name',
          'roles',
          'password_hash',
          'totp_secret',
          'active',
        ])
        .where('municipality_id', '=', municipalityId)
        .where(sql<string>`lower(username)`, '=', username.toLowerCase())
        .executeTakeFirst();
    },

    async principal(municipalityId: string, id: string): Promise<StaffPrincipal | undefined> {
      const row = await db
        .selectFrom('staff_user')
        .select(['id', 'municipality_id', 'username', 'name', 'roles'])
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        municipalityId: row.municipality_id,
        username: row.username,
        name: row.name,
        roles: row.roles.filter(isStaffRole),
      };
    },

    async createGroup(municipalityId: string, name: string, memberIds: string[], email?: string) {
      return db.transaction().execute(async (trx) => {
        const g = await trx
          .insertInto('officer_group')
          .values({ municipality_id: municipalityId, name, email: email ?? null })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (memberIds.length > 0) {
          // Members must belong to the same municipality as the group.
          const valid = await trx
            .selectFrom('staff_user')
            .select('id')
            .where('municipality_id', '=', municipalityId)
            .where('id', 'in', memberIds)
            .execute();
          if (valid.length !== memberIds.length) throw new Error('Group member from another municipality');
          await trx
            .insertInto('officer_group_member')
            .values(memberIds.map((user_id) => ({ group_id: g.id, user_id })))
            .execute();
        }
        return g.id;
      });
    },

    async groupsOf(municipalityId: string, userId: string): Promise<{ id: string; name: string }[]> {
      return db
        .selectFrom('officer_group as g')
        .innerJoin('officer_group_member as m', 'm.group_id', 'g.id')
        .select(['g.id', 'g.name'])
        .where('g.municipality_id', '=', municipalityId)
        .where('m.user_id', '=', userId)
        .orderBy('g.name')
        .execute();
    },
  };
}

export type StaffUserService = ReturnType<typeof createStaffUserService>;
