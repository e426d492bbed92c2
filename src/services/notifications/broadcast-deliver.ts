import type { Db } from '../../db/database.ts';
import { isChannel } from '../../domain/notifications/events.ts';
import { renderNotification } from '../../domain/notifications/render.ts';
import type { JobHandler } from '../outbox/types.ts';
import { caseMessageContext, caseVars } from './case-context.ts';
import { type ChannelDeps, sendOnChannel, Undeliverable } from './channel-send.ts';

/** The outbox handler for broadcasts: the broadcast's text, filled in for the case, on the job's channel. */
export function createBroadcastHandler(deps: ChannelDeps & { db: Db }): JobHandler {
  return async (job) => {
    const { broadcastId, channel, to, lang } = job.payload;
    if (
      typeof broadcastId !== 'string' ||
      !isChannel(channel) ||
      typeof to !== 'string' ||
      typeof lang !== 'string'
    )
      throw new Undeliverable('the broadcast job is malformed');
    const b = await deps.db
      .selectFrom('broadcast')
      .select(['subject', 'body'])
      .where('id', '=', broadcastId)
      .executeTakeFirst();
    const ctx = job.caseId ? await caseMessageContext(deps.db, job.caseId) : undefined;
    if (!b || !ctx) throw new Undeliverable('the broadcast or the case no longer exists');
    const vars = caseVars(ctx, { lang, audience: 'applicant', status: null, publicUrl: deps.publicUrl });
    const message = renderNotification(b, vars, channel, lang);
    return sendOnChannel(deps, { channel, to, lang, idempotencyKey: job.idempotencyKey, message });
  };
}
