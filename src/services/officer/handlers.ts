import type { Db } from '../../db/database.ts';

/** Assigns officers or groups to handle an e-service (the builder's settings page uses this too). */
export async function setEServiceOfficers(
  db: Db,
  municipalityId: string,
  eServiceId: string,
  handlers: readonly { userId?: string; groupId?: string; restricted?: boolean }[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('e_service_officer')
      .where('municipality_id', '=', municipalityId)
      .where('e_service_id', '=', eServiceId)
      .execute();
    if (handlers.length === 0) return;
    await trx
      .insertInto('e_service_officer')
      .values(
        handlers.map((h) => ({
          municipality_id: municipalityId,
          e_service_id: eServiceId,
          user_id: h.userId ?? null,
          group_id: h.groupId ?? null,
          restricted: h.restricted ?? false,
        })),
      )
      .execute();
  });
}
