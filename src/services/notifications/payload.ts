import {
  type Audience,
  type Channel,
  isChannel,
  isNotificationEvent,
  type NotificationEvent,
} from '../../domain/notifications/events.ts';

/** The outbox job type of a notification about a case. */
export const NOTIFICATION_JOB = 'notification';

/**
 * What a notification job carries: the event, the channel and address, the
 * reader's language and, for a status change, the new status. The case
 * number, e-service name and link are read when it is sent.
 */
export interface NotificationPayload {
  event: NotificationEvent;
  audience: Audience;
  channel: Channel;
  to: string;
  lang: string;
  status: string | null;
}

export function readPayload(p: Record<string, unknown>): NotificationPayload | undefined {
  const { event, audience, channel, to, lang, status } = p;
  if (!isNotificationEvent(event) || !isChannel(channel)) return undefined;
  if (audience !== 'applicant' && audience !== 'officer') return undefined;
  if (typeof to !== 'string' || to === '' || typeof lang !== 'string') return undefined;
  return { event, audience, channel, to, lang, status: typeof status === 'string' ? status : null };
}
