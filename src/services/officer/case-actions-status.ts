import type { Db } from '../../db/database.ts';
import { checkStatusChange } from '../../domain/cases/transitions.ts';
import { appendCaseEvent } from '../cases/case-history.ts';
import { notifyStatusChanged } from '../notifications/index.ts';
import { notifyOfficersStatusChanged } from '../notifications/officer-notifications.ts';
import {
  caseAtVersion,
  type Done,
  type OfficerActor,
  type Refused,
  staffActor,
  versionedChange,
} from './case-actions-core.ts';
import { caseSettings } from './case-view-settings.ts';
import { checkMessage, writeMessageToApplicant } from './messages.ts';

export interface StatusChangeInput {
  /** The case's row_version when the form was shown. */
  rowVersion: number | null;
  status: string;
  /** Sent to the applicant as a message with the change; empty for none. */
  message?: string;
  /**
   * false: the officer ticked "Meddela inte den sökande": no e-mail or SMS
   * is queued (for the change or its message), and the event records it.
   */
  notifyApplicant: boolean;
}

export type StatusChangeCode = 'unknownStatus' | 'sameStatus' | 'messageTooLong';

/**
 * Moves the case to another status of its e-service's set, with an optional
 * message to the applicant in the same transaction. Closing statuses set
 * closed_at; reopening clears it.
 *
 * Event `status_changed`: `{ status, previousStatus, notifyApplicant, rowVersion, messageId? }`.
 */
export function createChangeStatus(db: Db) {
  return async function changeStatus(
    actor: OfficerActor,
    caseId: string,
    input: StatusChangeInput,
  ): Promise<Done | Refused<StatusChangeCode>> {
    const at = await caseAtVersion(db, actor, caseId, input.rowVersion);
    if (!at.ok) return at;
    const { c } = at;
    const settings = await caseSettings(db, c.municipality_id, c.e_service_id);
    if (!settings) return { ok: false, reason: 'notFound' };
    const verdict = checkStatusChange(settings.statusSet, c.status, input.status);
    if (!verdict.ok) return { ok: false, reason: 'invalid', code: verdict.reason };
    const message = input.message?.trim() ? checkMessage(input.message) : undefined;
    if (message && !message.ok) return { ok: false, reason: 'invalid', code: 'messageTooLong' };
    const closedAt =
      verdict.closedAt === 'set' ? new Date() : verdict.closedAt === 'clear' ? null : c.closed_at;
    return versionedChange(
      db,
      c,
      c.row_version,
      { status: verdict.status.key, closed_at: closedAt },
      async (trx, rowVersion) => {
        const notify = input.notifyApplicant;
        const messageId = message
          ? await writeMessageToApplicant(trx, c, actor, message.body, { notify })
          : undefined;
        await appendCaseEvent(trx, {
          municipalityId: c.municipality_id,
          caseId: c.id,
          type: 'status_changed',
          actor: staffActor(actor),
          details: {
            status: verdict.status.key,
            previousStatus: c.status,
            notifyApplicant: input.notifyApplicant,
            rowVersion,
            ...(messageId ? { messageId } : {}),
          },
        });
        // Queued in this transaction, so the applicant hears of the change exactly when it is made.
        if (notify) {
          await notifyStatusChanged(trx, {
            municipalityId: c.municipality_id,
            caseId: c.id,
            status: verdict.status.key,
            closed: verdict.status.closed,
            rowVersion,
          });
        }
        // Issue 6: the case's other officers, whatever the applicant is told.
        await notifyOfficersStatusChanged(trx, {
          municipalityId: c.municipality_id,
          caseId: c.id,
          status: verdict.status.key,
          rowVersion,
          actorId: actor.principal.id,
        });
      },
    );
  };
}
