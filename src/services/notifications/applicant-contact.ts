import type { Db } from '../../db/database.ts';
import { isValidEmail } from '../../domain/forms/questions/contact.ts';
import { mobileE164 } from '../../domain/notifications/contact.ts';
import { appendCaseEvent } from '../cases/case-history.ts';

export type NotifyContactProblem = 'invalidEmail' | 'invalidPhone';

/** The case as its owner sees it: fetch it through residentCases.get, which checks that it is theirs. */
export interface OwnedCase {
  id: string;
  municipalityId: string;
}

/**
 * Where the applicant is told about a case: e-mail and mobile number. They
 * start as the form's contact details; the applicant may change or remove
 * them on My pages. A change is a history event (without the addresses).
 */
export function createNotifyContactService(db: Db) {
  async function get(c: OwnedCase): Promise<{ email: string | null; phone: string | null }> {
    const r = await db
      .selectFrom('case')
      .select(['notify_email', 'notify_phone'])
      .where('municipality_id', '=', c.municipalityId)
      .where('id', '=', c.id)
      .executeTakeFirst();
    return { email: r?.notify_email ?? null, phone: r?.notify_phone ?? null };
  }

  /** Empty means "do not notify me that way". */
  async function set(
    c: OwnedCase,
    input: { email: string; phone: string },
    actorName: string | null,
  ): Promise<{ ok: true } | { ok: false; problems: NotifyContactProblem[] }> {
    const email = input.email.trim();
    const phone = input.phone.trim();
    const problems: NotifyContactProblem[] = [];
    if (email && !isValidEmail(email)) problems.push('invalidEmail');
    const e164 = phone ? mobileE164(phone) : null;
    if (phone && !e164) problems.push('invalidPhone');
    if (problems.length > 0) return { ok: false, problems };
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('case')
        .set({ notify_email: email || null, notify_phone: e164, updated_at: new Date() })
        .where('municipality_id', '=', c.municipalityId)
        .where('id', '=', c.id)
        .execute();
      await appendCaseEvent(trx, {
        municipalityId: c.municipalityId,
        caseId: c.id,
        type: 'notify_contact_changed',
        actor: { kind: 'resident', id: null, name: actorName },
        details: { email: Boolean(email), sms: Boolean(e164) },
      });
    });
    return { ok: true };
  }

  return { get, set };
}
