import type { Db } from '../../db/database.ts';
import { defaultTemplate } from '../../domain/notifications/default-templates.ts';
import { renderNotification } from '../../domain/notifications/render.ts';
import type { JobHandler } from '../outbox/types.ts';
import { caseMessageContext, caseVars } from './case-context.ts';
import { type ChannelDeps, sendOnChannel, Undeliverable } from './channel-send.ts';
import { readPayload } from './payload.ts';

export { messageIdFor } from './channel-send.ts';

/**
 * The outbox handler for notifications: reads the case's number, e-service
 * and municipality, fills in the e-service's template (or the default) in the
 * reader's language and sends it on the job's channel.
 */
export function createNotificationHandler(deps: ChannelDeps & { db: Db }): JobHandler {
  return async (job) => {
    const p = readPayload(job.payload);
    if (!p) throw new Undeliverable('the notification job is malformed');
    const ctx = job.caseId ? await caseMessageContext(deps.db, job.caseId) : undefined;
    if (!ctx) throw new Undeliverable('the case no longer exists');
    const own = await deps.db
      .selectFrom('notification_template')
      .select(['subject', 'body'])
      .where('e_service_id', '=', ctx.e_service_id)
      .where('event', '=', p.event)
      .where('channel', '=', p.channel)
      .where('lang', '=', p.lang)
      .executeTakeFirst();
    const template = own ?? defaultTemplate(p.event, p.channel, p.lang);
    if (!template) throw new Undeliverable(`no ${p.channel} template for ${p.event}`);
    const vars = caseVars(ctx, {
      lang: p.lang,
      audience: p.audience,
      status: p.status,
      publicUrl: deps.publicUrl,
    });
    const message = renderNotification(template, vars, p.channel, p.lang);
    return sendOnChannel(deps, { ...p, idempotencyKey: job.idempotencyKey, message });
  };
}
