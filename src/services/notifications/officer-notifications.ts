import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { NotificationEvent } from '../../domain/notifications/events.ts';
import { type OfficerRecipients, officerNotificationsSql } from './officer-recipients.ts';

type Trx = Kysely<DB> | Transaction<DB>;

interface CaseRef {
  municipalityId: string;
  caseId: string;
}

/** Queues one officer event about one case, in the caller's transaction. */
async function notifyOfficers(
  trx: Trx,
  n: CaseRef & { event: NotificationEvent; key: string; to: OfficerRecipients; status?: string | null },
): Promise<void> {
  await officerNotificationsSql({
    source: sql`"case" c`,
    caseRef: 'c',
    where: sql`c.id = ${n.caseId}::uuid AND c.municipality_id = ${n.municipalityId}::uuid`,
    event: n.event,
    keyBase: sql<string>`${n.key}::text`,
    to: n.to,
    status: n.status ?? null,
  }).execute(trx);
}

/** The applicant wrote: the case's officers and its group's mailbox. */
export const notifyMessageFromApplicant = (trx: Trx, n: CaseRef & { messageId: string }) =>
  notifyOfficers(trx, {
    ...n,
    event: 'messageFromApplicant',
    key: `messageFromApplicant:${n.messageId}`,
    to: { kind: 'caseOfficers' },
  });

/** An internal note: the case's other officers (not its author). */
export const notifyInternalNote = (trx: Trx, n: CaseRef & { noteId: string; authorId: string | null }) =>
  notifyOfficers(trx, {
    ...n,
    event: 'internalNote',
    key: `internalNote:${n.noteId}`,
    to: { kind: 'caseOfficers', except: n.authorId },
  });

/**
 * A case given to people (by another officer, or by a rule): each of them,
 * never the officer who did it. `rowVersion` is the case's version after
 * the change, so each assignment is told once.
 */
export async function notifyCaseAssigned(
  trx: Trx,
  n: CaseRef & { userIds: readonly string[]; actorId: string | null; rowVersion: number },
): Promise<void> {
  const ids = n.userIds.filter((id) => id !== n.actorId);
  if (ids.length === 0) return;
  await notifyOfficers(trx, {
    ...n,
    event: 'caseAssigned',
    key: `caseAssigned:${n.caseId}:${n.rowVersion}`,
    to: { kind: 'users', ids },
  });
}

/** A case given to a group by a rule: the group's mailbox. */
export const notifyGroupAssigned = (trx: Trx, n: CaseRef & { groupId: string; rowVersion: number }) =>
  notifyOfficers(trx, {
    ...n,
    event: 'caseAssigned',
    key: `caseAssigned:${n.caseId}:${n.rowVersion}`,
    to: { kind: 'group', id: n.groupId },
  });

/** The applicant sent a supplement in: the case's officers. */
export const notifySupplementSubmitted = (trx: Trx, n: CaseRef & { rowVersion: number }) =>
  notifyOfficers(trx, {
    ...n,
    event: 'supplementSubmitted',
    key: `supplementSubmitted:${n.caseId}:${n.rowVersion}`,
    to: { kind: 'caseOfficers' },
  });

/** A new status: the case's officers other than the one who changed it. */
export const notifyOfficersStatusChanged = (
  trx: Trx,
  n: CaseRef & { status: string; rowVersion: number; actorId: string | null },
) =>
  notifyOfficers(trx, {
    ...n,
    event: 'officerStatusChanged',
    key: `officerStatusChanged:${n.caseId}:${n.rowVersion}`,
    to: { kind: 'caseOfficers', except: n.actorId },
    status: n.status,
  });

/**
 * A case an officer registered by hand (paper, phone, visit): the same
 * people as a web submission's "new case", except the officer who registered it.
 */
export const notifyManualCase = (trx: Trx, n: CaseRef & { actorId: string }) =>
  notifyOfficers(trx, {
    ...n,
    event: 'newCase',
    key: `newCase:${n.caseId}`,
    to: { kind: 'allHandlers', except: n.actorId },
  });

/**
 * For the submission's one statement (its `new_case` CTE): everyone who
 * handles the e-service without restriction, its unrestricted groups'
 * mailboxes, and its function mailbox, as the e-service has chosen.
 */
export const newCaseNotificationsSql = () =>
  officerNotificationsSql({
    source: sql`new_case`,
    caseRef: 'new_case',
    where: sql`true`,
    event: 'newCase',
    keyBase: sql<string>`'newCase:' || new_case.id::text`,
    to: { kind: 'allHandlers' },
  });
