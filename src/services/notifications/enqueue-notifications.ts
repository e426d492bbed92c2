import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { NotificationEvent } from '../../domain/notifications/events.ts';
import { enabledSql } from './enabled-sql.ts';
import { NOTIFICATION_JOB } from './payload.ts';

type Trx = Kysely<DB> | Transaction<DB>;

/**
 * The INSERT … SELECT that queues an applicant notification for each of the
 * case's notify_email / notify_phone that the e-service has switched on.
 * `caseRef` is the case row's alias in `source` (the submission's `new_case`
 * CTE, or `c`). The idempotency key is `keyBase:channel`.
 */
export function applicantNotificationsSql(o: {
  source: RawBuilder<unknown>;
  caseRef: 'new_case' | 'c';
  where: RawBuilder<unknown>;
  event: NotificationEvent;
  keyBase: RawBuilder<string>;
  status?: string | null;
}): RawBuilder<unknown> {
  const c = sql.raw(o.caseRef);
  return sql`
    INSERT INTO outbox (municipality_id, case_id, type, idempotency_key, payload)
    SELECT ${c}.municipality_id, ${c}.id, ${NOTIFICATION_JOB}, ${o.keyBase} || ':' || ch.channel,
      jsonb_build_object('event', ${o.event}::text, 'audience', 'applicant', 'channel', ch.channel,
        'to', ch.address, 'lang', ${c}.lang, 'status', ${o.status ?? null}::text)
    FROM ${o.source}
    JOIN e_service e ON e.id = ${c}.e_service_id
    CROSS JOIN LATERAL (VALUES ('email', ${c}.notify_email), ('sms', ${c}.notify_phone)) AS ch(channel, address)
    WHERE ch.address IS NOT NULL AND ${enabledSql(o.event, sql`ch.channel`)} AND ${o.where}
    ON CONFLICT (idempotency_key) DO NOTHING`;
}

const oneCase = (municipalityId: string, caseId: string) =>
  sql`c.id = ${caseId}::uuid AND c.municipality_id = ${municipalityId}::uuid`;

/**
 * Tell the applicant that the case has a new status, in the transaction that
 * changed it. A closing status sends "case completed" instead. The officer's
 * "do not notify" means: do not call this. `rowVersion` is the case's
 * version after the change, so each change is told once.
 */
export async function notifyStatusChanged(
  trx: Trx,
  n: { municipalityId: string; caseId: string; status: string; closed: boolean; rowVersion: number },
): Promise<void> {
  const event = n.closed ? 'caseCompleted' : 'statusChanged';
  await applicantNotificationsSql({
    source: sql`"case" c`,
    caseRef: 'c',
    where: oneCase(n.municipalityId, n.caseId),
    event,
    keyBase: sql<string>`${`${event}:${n.caseId}:${n.rowVersion}`}::text`,
    status: n.status,
  }).execute(trx);
}

/** Tell the applicant there is a message from the officer on My pages (not the message itself). */
export async function notifyMessageToApplicant(
  trx: Trx,
  n: { municipalityId: string; caseId: string; messageId: string },
): Promise<void> {
  await applicantNotificationsSql({
    source: sql`"case" c`,
    caseRef: 'c',
    where: oneCase(n.municipalityId, n.caseId),
    event: 'messageToApplicant',
    keyBase: sql<string>`${`messageToApplicant:${n.messageId}`}::text`,
  }).execute(trx);
}
