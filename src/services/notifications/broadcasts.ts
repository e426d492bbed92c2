import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { RenderedNotification } from '../../domain/notifications/render.ts';
import { renderNotification } from '../../domain/notifications/render.ts';
import { checkTemplate, type TemplateProblem } from '../../domain/notifications/template-text.ts';
import { isUuid } from '../drafts/drafts.ts';
import type { OfficerActor } from '../officer/case-actions-core.ts';
import { broadcastEServices } from './broadcast-options.ts';
import { type BroadcastSelection, checkedSelection, selectionSql } from './broadcast-selection.ts';
import { caseMessageContext, caseVars } from './case-context.ts';

export const BROADCAST_JOB = 'broadcast';
export type BroadcastChannel = 'email' | 'sms' | 'my_pages';

export interface BroadcastInput {
  channel: BroadcastChannel;
  /** E-mail subject (and the heading of the My pages message); not used for SMS. */
  subject: string;
  body: string;
  /**
   * The preview's one-time key: sending twice with the same key (a double
   * click, a resent form) gives back the first broadcast instead of a second.
   */
  requestKey?: string;
}

export type BroadcastRefused =
  | { ok: false; reason: 'badSelection' }
  | { ok: false; reason: 'noCases' }
  | { ok: false; reason: 'invalid'; problems: TemplateProblem[] };

/** Deliveries per second when none is given: a pace SMS providers and mail relays accept. */
export const DEFAULT_PER_SECOND = 50;

/**
 * What is wrong with a broadcast's text; empty when it can be sent. The
 * variables are a template's, except {status}: each case's copy on My pages
 * is filled in by the database, which has no status names to fill it with.
 */
export function broadcastProblems(input: BroadcastInput): TemplateProblem[] {
  const t = { subject: input.channel === 'sms' ? '' : input.subject.trim(), body: input.body.trim() };
  const problems: TemplateProblem[] = checkTemplate(t, input.channel === 'sms' ? 'sms' : 'email');
  for (const field of ['subject', 'body'] as const) {
    if (t[field].includes('{status}')) problems.push({ field, code: 'unknownVariable', variable: 'status' });
  }
  // My pages needs no subject: the message sits in the case.
  return input.channel === 'my_pages'
    ? problems.filter((p) => p.field !== 'subject' || p.code !== 'required')
    : problems;
}

const addressSql = (channel: BroadcastChannel) =>
  channel === 'email' ? sql`c.notify_email` : channel === 'sms' ? sql`c.notify_phone` : sql`NULL::text`;

/**
 * Broadcasts (utskick): one text to the applicants of many cases. Each case
 * gets it as a message on My pages with a history event, and by e-mail or SMS
 * through the outbox, all in one statement: nothing is half sent. Deliveries
 * are spread out in time (run_at) so a large broadcast goes out at a steady
 * pace and the worker stays free for other notifications.
 */
export function createBroadcastService(db: Db, publicUrl: string) {
  async function count(actor: OfficerActor, s: BroadcastSelection, channel: BroadcastChannel) {
    const r = await sql<{ cases: number; deliveries: number; first: string | null }>`
      SELECT count(*)::int AS cases, count(${addressSql(channel)})::int AS deliveries,
             (array_agg(c.id ORDER BY c.submitted_at, c.id))[1] AS first
        FROM "case" c WHERE ${selectionSql(actor.scope, s)}`.execute(db);
    return r.rows[0] ?? { cases: 0, deliveries: 0, first: null };
  }

  /**
   * What a broadcast would do: how many cases, how many e-mails or SMS (cases
   * without an address get only the My pages message), and the message as
   * the first case's applicant would read it.
   */
  async function preview(
    actor: OfficerActor,
    selection: BroadcastSelection,
    input: BroadcastInput,
  ): Promise<
    { ok: true; cases: number; deliveries: number; sample: RenderedNotification | null } | BroadcastRefused
  > {
    const s = checkedSelection(selection);
    if (!s) return { ok: false, reason: 'badSelection' };
    const n = await count(actor, s, input.channel);
    const problems = broadcastProblems(input);
    let sample: RenderedNotification | null = null;
    if (n.first && problems.length === 0) {
      const ctx = await caseMessageContext(db, n.first);
      if (ctx) {
        const vars = caseVars(ctx, { lang: 'sv', audience: 'applicant', status: null, publicUrl });
        sample = renderNotification(input, vars, input.channel === 'sms' ? 'sms' : 'email', 'sv');
      }
    }
    return { ok: true, cases: n.cases, deliveries: input.channel === 'my_pages' ? 0 : n.deliveries, sample };
  }

  /** The broadcast an earlier send with this key made. */
  function sentWithKey(municipalityId: string, requestKey: string) {
    return db
      .selectFrom('broadcast')
      .select(['id', 'cases', 'deliveries'])
      .where('municipality_id', '=', municipalityId)
      .where('request_key', '=', requestKey)
      .executeTakeFirst();
  }

  async function send(
    actor: OfficerActor,
    selection: BroadcastSelection,
    input: BroadcastInput,
    opts: { perSecond?: number } = {},
  ): Promise<{ ok: true; broadcastId: string; cases: number; deliveries: number } | BroadcastRefused> {
    const s = checkedSelection(selection);
    if (!s) return { ok: false, reason: 'badSelection' };
    const problems = broadcastProblems(input);
    if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
    const subject = input.channel === 'sms' ? '' : input.subject.trim();
    const body = input.body.trim();
    const perSecond = Math.max(1, opts.perSecond ?? DEFAULT_PER_SECOND);
    const requestKey = input.requestKey && isUuid(input.requestKey) ? input.requestKey : null;
    const base = sql`(CASE WHEN m.host_name IS NOT NULL THEN ${`${new URL(publicUrl).protocol}//`} || m.host_name
                      ELSE ${`${publicUrl}/`} || m.slug END)`;
    const mine = sql`(CASE WHEN p.owned THEN ${base} || '/mina-sidor/arenden/' || p.id::text ELSE ${base} || '/' END)`;
    // The My pages copy, with the variables filled in for each case.
    const text = sql`replace(replace(replace(replace(
        ${subject ? `${subject}\n\n${body}` : body}::text,
        '{caseNumber}', p.case_number), '{eService}', coalesce(nullif(e.name->>p.lang, ''), e.name->>'sv')),
        '{municipality}', m.name), '{link}', ${mine})`;
    const r = await sql<{ id: string; cases: number; deliveries: number }>`
      WITH picked AS (
        SELECT c.id, c.municipality_id, c.e_service_id, c.case_number, c.lang, ${addressSql(input.channel)} AS address,
               (c.submitter_personal_number IS NOT NULL OR c.concerns_personal_number IS NOT NULL) AS owned,
               row_number() OVER (ORDER BY c.submitted_at, c.id) AS n
          FROM "case" c WHERE ${selectionSql(actor.scope, s)}
      ), b AS (
        INSERT INTO broadcast (municipality_id, channel, subject, body, created_by, created_by_name, cases, deliveries,
                               request_key)
        SELECT ${actor.scope.municipalityId}, ${input.channel}, ${subject}, ${body}, ${actor.principal.id}, ${actor.principal.name},
               count(*), ${input.channel === 'my_pages' ? sql`0` : sql`count(address)`}, ${requestKey}::uuid
          FROM picked HAVING count(*) > 0
        -- A second send with the same key inserts nothing, so nothing below it runs either.
        ON CONFLICT (municipality_id, request_key) DO NOTHING
        RETURNING id, cases, deliveries
      ), msgs AS (
        INSERT INTO case_message (municipality_id, case_id, direction, author_name, body)
        SELECT p.municipality_id, p.id, 'to_applicant', ${actor.principal.name}, ${text}
          FROM picked p JOIN e_service e ON e.id = p.e_service_id JOIN municipality m ON m.id = p.municipality_id, b
        RETURNING id, case_id, municipality_id
      ), events AS (
        INSERT INTO case_event (municipality_id, case_id, type, actor_kind, actor_id, actor_name, details)
        SELECT msgs.municipality_id, msgs.case_id, 'message_to_applicant', 'staff', ${actor.principal.id}, ${actor.principal.name},
               jsonb_build_object('messageId', msgs.id, 'broadcastId', b.id, 'channel', ${input.channel}::text)
          FROM msgs, b
      ), jobs AS (
        INSERT INTO outbox (municipality_id, case_id, type, idempotency_key, payload, run_at)
        SELECT q.municipality_id, q.id, ${BROADCAST_JOB}, 'broadcast:' || b.id::text || ':' || q.id::text,
               jsonb_build_object('broadcastId', b.id, 'channel', ${input.channel}::text, 'to', q.address, 'lang', q.lang),
               now() + ((q.k - 1) / ${perSecond}::float8) * interval '1 second'
          FROM (SELECT p.*, row_number() OVER (ORDER BY p.n) AS k FROM picked p WHERE p.address IS NOT NULL) q, b
         WHERE ${input.channel} <> 'my_pages'
      ), touched AS (
        UPDATE "case" SET updated_at = now() WHERE id IN (SELECT id FROM picked) AND EXISTS (SELECT 1 FROM b)
      )
      SELECT id, cases, deliveries FROM b`.execute(db);
    const row =
      r.rows[0] ?? (requestKey ? await sentWithKey(actor.scope.municipalityId, requestKey) : undefined);
    if (!row) return { ok: false, reason: 'noCases' };
    return { ok: true, broadcastId: row.id, cases: Number(row.cases), deliveries: Number(row.deliveries) };
  }

  return { preview, send, eServices: (actor: OfficerActor) => broadcastEServices(db, actor) };
}

export type BroadcastService = ReturnType<typeof createBroadcastService>;
