import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { type CaseStatus, statusByKey, statusSetOf } from '../../domain/cases/statuses.ts';
import type { LangText } from '../../domain/forms/definition.ts';
import { textIn } from '../../domain/forms/localize.ts';
import { defaultTemplate } from '../../domain/notifications/default-templates.ts';
import { renderNotification } from '../../domain/notifications/render.ts';
import type { TemplateVars } from '../../domain/notifications/template-text.ts';
import type { MailTransport } from '../../integrations/mail/types.ts';
import type { SmsProvider } from '../../integrations/sms/types.ts';
import type { JobHandler, OutboxJob } from '../outbox/types.ts';
import { municipalityBase, notificationLink } from './links.ts';
import { type NotificationPayload, readPayload } from './payload.ts';

/** An error the outbox does not retry. */
class Undeliverable extends Error {
  readonly permanent = true;
}

/** A Message-ID made from the job's idempotency key: every attempt of one job carries the same one. */
export function messageIdFor(idempotencyKey: string, publicUrl: string): string {
  const hash = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);
  return `<${hash}@${new URL(publicUrl).hostname}>`;
}

async function loadContext(db: Db, job: OutboxJob, p: NotificationPayload) {
  if (!job.caseId) return undefined;
  return db
    .selectFrom('case as c')
    .innerJoin('e_service as e', 'e.id', 'c.e_service_id')
    .innerJoin('municipality as m', 'm.id', 'c.municipality_id')
    .leftJoin('notification_template as t', (j) =>
      j
        .onRef('t.e_service_id', '=', 'e.id')
        .on('t.event', '=', p.event)
        .on('t.channel', '=', p.channel)
        .on('t.lang', '=', p.lang),
    )
    .select([
      'c.id',
      'c.case_number',
      'c.status',
      'c.submitter_personal_number',
      'c.concerns_personal_number',
      'e.name as e_service_name',
      'e.status_set',
      'm.slug',
      'm.host_name',
      'm.name as municipality_name',
      't.subject as custom_subject',
      't.body as custom_body',
    ])
    .where('c.id', '=', job.caseId)
    .executeTakeFirst();
}

/**
 * The outbox handler for notifications: reads the case's number, e-service
 * and municipality, fills in the e-service's template (or the default) in the
 * reader's language and sends it on the job's channel.
 */
export function createNotificationHandler(deps: {
  db: Db;
  mail: MailTransport | undefined;
  sms: SmsProvider | undefined;
  publicUrl: string;
}): JobHandler {
  return async (job) => {
    const p = readPayload(job.payload);
    if (!p) throw new Undeliverable('the notification job is malformed');
    const ctx = await loadContext(deps.db, job, p);
    if (!ctx) throw new Undeliverable('the case no longer exists');
    const template =
      ctx.custom_body !== null
        ? { subject: ctx.custom_subject ?? '', body: ctx.custom_body }
        : defaultTemplate(p.event, p.channel, p.lang);
    if (!template) throw new Undeliverable(`no ${p.channel} template for ${p.event}`);
    const status = statusByKey(
      p.status ?? ctx.status,
      statusSetOf({ statusSet: ctx.status_set as CaseStatus[] }),
    );
    const vars: TemplateVars = {
      caseNumber: ctx.case_number,
      eService: textIn(ctx.e_service_name as LangText, p.lang),
      status: status ? textIn(status.name, p.lang) : (p.status ?? ctx.status),
      link: notificationLink(municipalityBase(deps.publicUrl, ctx), p.audience, {
        id: ctx.id,
        hasOwner: Boolean(ctx.submitter_personal_number ?? ctx.concerns_personal_number),
      }),
      municipality: ctx.municipality_name,
    };
    const message = renderNotification(template, vars, p.channel, p.lang);
    if (p.channel === 'email') {
      if (!deps.mail) throw new Error('e-mail is not configured (SMTP_URL)');
      return deps.mail.send({
        to: p.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? '',
        messageId: messageIdFor(job.idempotencyKey, deps.publicUrl),
        lang: p.lang,
      });
    }
    if (!deps.sms) throw new Error('SMS is not configured (SMS_PROVIDER)');
    return deps.sms.send({ to: p.to, message: message.text, idempotencyKey: job.idempotencyKey });
  };
}
