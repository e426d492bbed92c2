import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { officerNotificationsSql } from './officer-recipients.ts';

interface CaseRef {
  municipalityId: string;
  caseId: string;
}

/**
 * The applicant opened the case: the officers' messages not yet read are
 * marked read, and each one's author gets a read receipt (when the e-service
 * sends them), in one statement. Broadcast messages give no receipts: one
 * text to thousands would answer with thousands of e-mails. Only the first
 * reading counts (read_at), so a receipt is sent once per message.
 */
export async function markReadWithReceipts(db: Db, c: CaseRef): Promise<number> {
  const r = await sql`
    WITH newly_read AS (
      UPDATE case_message SET read_at = now()
       WHERE municipality_id = ${c.municipalityId}::uuid AND case_id = ${c.caseId}::uuid
         AND direction = 'to_applicant' AND read_at IS NULL
      RETURNING id
    ), authors AS (
      SELECT m.id AS message_id, ev.actor_id
        FROM newly_read m
        JOIN case_event ev ON ev.case_id = ${c.caseId}::uuid AND ev.type = 'message_to_applicant'
         AND ev.details->>'messageId' = m.id::text
       WHERE ev.actor_kind = 'staff' AND ev.actor_id IS NOT NULL AND ev.details->'broadcastId' IS NULL
    )
    ${officerNotificationsSql({
      source: sql`"case" c CROSS JOIN authors a`,
      caseRef: 'c',
      where: sql`c.id = ${c.caseId}::uuid AND c.municipality_id = ${c.municipalityId}::uuid`,
      event: 'messageRead',
      keyBase: sql<string>`'messageRead:' || a.message_id::text`,
      to: { kind: 'userOf', id: sql`a.actor_id` },
    })}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/**
 * The applicant downloaded a document an officer added: the first time, a
 * `document_downloaded` history event (officers only) and an e-mail to the
 * case's officers, in one statement. Their own uploads give no receipt.
 */
export async function recordDownload(
  db: Db,
  c: CaseRef & { fileId: string; actorName: string | null },
): Promise<boolean> {
  const r = await sql<{ id: number }>`
    WITH f AS (
      SELECT id, name FROM stored_file
       WHERE id = ${c.fileId}::uuid AND case_id = ${c.caseId}::uuid
         AND municipality_id = ${c.municipalityId}::uuid AND uploaded_by_kind = 'staff'
    ), ev AS (
      INSERT INTO case_event (municipality_id, case_id, type, actor_kind, actor_name, details)
      SELECT ${c.municipalityId}, ${c.caseId}, 'document_downloaded', 'resident', ${c.actorName},
             jsonb_build_object('fileId', f.id, 'name', f.name)
        FROM f
       WHERE NOT EXISTS (SELECT 1 FROM case_event x
                          WHERE x.case_id = ${c.caseId}::uuid AND x.type = 'document_downloaded'
                            AND x.details->>'fileId' = f.id::text)
      RETURNING id
    ), jobs AS (${officerNotificationsSql({
      source: sql`"case" c`,
      caseRef: 'c',
      where: sql`c.id = ${c.caseId}::uuid AND c.municipality_id = ${c.municipalityId}::uuid
                 AND EXISTS (SELECT 1 FROM ev)`,
      event: 'fileDownloaded',
      keyBase: sql<string>`${`fileDownloaded:${c.fileId}`}::text`,
      to: { kind: 'caseOfficers' },
    })})
    SELECT id FROM ev`.execute(db);
  return r.rows.length > 0;
}
