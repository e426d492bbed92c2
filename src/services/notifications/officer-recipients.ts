import { type RawBuilder, sql } from 'kysely';
import type { NotificationEvent } from '../../domain/notifications/events.ts';
import { FUNCTION_MAILBOX_KEY } from '../../domain/notifications/function-mailbox.ts';
import { enabledSql } from './enabled-sql.ts';

/** Who among the staff hears of an event. */
export type OfficerRecipients =
  /** The case's officers and the mailbox of the group it is assigned to; `except` is the one who acted. */
  | { kind: 'caseOfficers'; except?: string | null }
  /** Named people (a case assigned to them). */
  | { kind: 'users'; ids: readonly string[] }
  /** The person whose id (text) an expression over the source row gives (a message's author). */
  | { kind: 'userOf'; id: RawBuilder<unknown> }
  /** A group's mailbox (a case assigned to the group). */
  | { kind: 'group'; id: string }
  /**
   * Everyone who handles the e-service without restriction, and the mailboxes
   * of its unrestricted groups; `except` is the one who acted (an officer who
   * registered the case).
   */
  | { kind: 'allHandlers'; except?: string | null };

/** Officers read Swedish unless their settings say English. */
const officerLang = sql`(CASE WHEN u.settings->>'lang' = 'en' THEN 'en' ELSE 'sv' END)`;

/**
 * Rows (recipient, address, lang, prio) of the people and group mailboxes
 * for case row `c` (with its e-service `e`). The recipient is a stable id
 * for the idempotency key: a user id, or `group:` and a group id.
 */
function peopleSql(c: RawBuilder<unknown>, to: OfficerRecipients): RawBuilder<unknown> {
  const person = sql`SELECT u.id::text AS recipient, u.email AS address, ${officerLang} AS lang, 1 AS prio`;
  const mailbox = sql`SELECT 'group:' || g.id::text AS recipient, g.email AS address, 'sv' AS lang, 2 AS prio`;
  switch (to.kind) {
    case 'caseOfficers':
      return sql`${person} FROM case_officer o JOIN staff_user u ON u.id = o.user_id
         WHERE o.case_id = ${c}.id AND u.active
           AND u.id IS DISTINCT FROM ${to.except ?? null}::uuid
        UNION ALL
        ${mailbox} FROM officer_group g WHERE g.id = ${c}.assigned_group_id`;
    case 'users':
      return sql`${person} FROM staff_user u
         WHERE u.id = ANY(${[...to.ids]}::uuid[]) AND u.municipality_id = ${c}.municipality_id AND u.active`;
    case 'userOf':
      return sql`${person} FROM staff_user u
         WHERE u.id::text = ${to.id} AND u.municipality_id = ${c}.municipality_id AND u.active`;
    case 'group':
      return sql`${mailbox} FROM officer_group g
         WHERE g.id = ${to.id}::uuid AND g.municipality_id = ${c}.municipality_id`;
    case 'allHandlers':
      // Through a group or directly; one unrestricted assignment is enough (as loadOfficerScope reads it).
      return sql`${person} FROM staff_user u
         WHERE u.municipality_id = ${c}.municipality_id AND u.active
           AND u.id IS DISTINCT FROM ${to.except ?? null}::uuid AND u.id IN (
           SELECT coalesce(h.user_id, gm.user_id) FROM e_service_officer h
             LEFT JOIN officer_group_member gm ON gm.group_id = h.group_id
            WHERE h.e_service_id = ${c}.e_service_id AND NOT h.restricted)
        UNION ALL
        ${mailbox} FROM officer_group g
         WHERE g.id IN (SELECT h.group_id FROM e_service_officer h
                         WHERE h.e_service_id = ${c}.e_service_id AND NOT h.restricted)`;
  }
}

/**
 * The INSERT … SELECT that queues an officer event by e-mail: to `to` when
 * the e-service has the event switched on, and to the e-service's function
 * mailbox when it has chosen that event, one e-mail per address. `caseRef`
 * names the case row in `source` (`c`, or a CTE of the submission); the
 * idempotency key is `keyBase:recipient`. Officers' e-mails say only the
 * e-service, the case number and a link (the template's variables).
 */
export function officerNotificationsSql(o: {
  source: RawBuilder<unknown>;
  caseRef: string;
  where: RawBuilder<unknown>;
  event: NotificationEvent;
  keyBase: RawBuilder<string>;
  to: OfficerRecipients;
  status?: string | null;
}): RawBuilder<unknown> {
  const c = sql.raw(o.caseRef);
  const box = sql`e.notification_settings -> ${FUNCTION_MAILBOX_KEY}::text`;
  return sql`
    INSERT INTO outbox (municipality_id, case_id, type, idempotency_key, payload)
    SELECT ${c}.municipality_id, ${c}.id, 'notification', ${o.keyBase} || ':' || r.recipient,
      jsonb_build_object('event', ${o.event}::text, 'audience', 'officer', 'channel', 'email',
        'to', r.address, 'lang', r.lang, 'status', ${o.status ?? null}::text)
    FROM ${o.source}
    JOIN e_service e ON e.id = ${c}.e_service_id
    CROSS JOIN LATERAL (
      SELECT DISTINCT ON (lower(x.address)) x.recipient, x.address, x.lang
        FROM (
          SELECT p.* FROM (${peopleSql(c, o.to)}) p WHERE ${enabledSql(o.event, sql`'email'`)}
          UNION ALL
          SELECT 'mailbox', ${box} ->> 'address', 'sv', 3
           WHERE coalesce(${box} -> 'events', '[]'::jsonb) @> jsonb_build_array(${o.event}::text)
        ) x
       WHERE x.address IS NOT NULL AND x.address <> ''
       ORDER BY lower(x.address), x.prio, x.recipient
    ) r
    WHERE ${o.where}
    ON CONFLICT (idempotency_key) DO NOTHING`;
}
