import type { Db } from '../db/database.ts';

export interface AuditEntry {
  municipalityId: string | null;
  actor: string;
  action: string;
  subject?: string | null;
  details?: Record<string, unknown>;
}

export async function writeAudit(db: Db, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      municipality_id: e.municipalityId,
      actor: e.actor,
      action: e.action,
      subject: e.subject ?? null,
      details: JSON.stringify(e.details ?? {}),
    })
    .execute();
}
