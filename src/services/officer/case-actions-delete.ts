import type { Db } from '../../db/database.ts';
import { checkDelete } from '../../domain/cases/transitions.ts';
import { writeAudit } from '../audit.ts';
import type { BlobStore } from '../files/blob-store.ts';
import { caseAtVersion, type OfficerActor, type Refused } from './case-actions-core.ts';
import { caseSettings } from './case-view-settings.ts';

/**
 * Deletes a case, only in a status that allows it. Its history, messages,
 * notes and files go with it (ON DELETE CASCADE), so what remains is an
 * audit event: who deleted which case number, when.
 * Audit `case.deleted`: subject = case id, details `{ caseNumber, eServiceId, status, officerId, officerName }`.
 */
export function createDeleteCase(db: Db, blobs: BlobStore) {
  return async function deleteCase(
    actor: OfficerActor,
    caseId: string,
    rowVersion: number | null,
  ): Promise<{ ok: true; caseNumber: string } | Refused<'statusForbids'>> {
    const at = await caseAtVersion(db, actor, caseId, rowVersion);
    if (!at.ok) return at;
    const { c } = at;
    const settings = await caseSettings(db, c.municipality_id, c.e_service_id);
    if (!settings) return { ok: false, reason: 'notFound' };
    const verdict = checkDelete(settings.statusSet, c.status);
    if (!verdict.ok) return { ok: false, reason: 'invalid', code: verdict.reason };
    const blobKeys = await db.transaction().execute(async (trx) => {
      const files = await trx
        .selectFrom('stored_file')
        .select('blob_key')
        .where('case_id', '=', c.id)
        .execute();
      // The version (and so the status checked above) must still be what the officer confirmed.
      const gone = await trx
        .deleteFrom('case')
        .where('id', '=', c.id)
        .where('municipality_id', '=', c.municipality_id)
        .where('row_version', '=', c.row_version)
        .returning('case_number')
        .executeTakeFirst();
      if (!gone) return undefined;
      await writeAudit(trx, {
        municipalityId: c.municipality_id,
        actor: actor.principal.username,
        action: 'case.deleted',
        subject: c.id,
        details: {
          caseNumber: c.case_number,
          eServiceId: c.e_service_id,
          status: c.status,
          officerId: actor.principal.id,
          officerName: actor.principal.name,
        },
      });
      return files.map((f) => f.blob_key);
    });
    if (!blobKeys) return { ok: false, reason: 'conflict' };
    // After the commit: a failed blob removal leaves an orphan file, never a case without its files.
    for (const key of blobKeys) await blobs.delete(key).catch(() => undefined);
    return { ok: true, caseNumber: c.case_number };
  };
}
