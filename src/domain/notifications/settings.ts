import { type Channel, channelsFor, NOTIFICATION_EVENTS, type NotificationEvent } from './events.ts';

/** Per e-service: which events are sent on which channel. */
export type NotificationSettings = Record<NotificationEvent, Partial<Record<Channel, boolean>>>;

/**
 * Defaults when the e-service says nothing. To the applicant: e-mail on for
 * every event, SMS off (it costs money per message; a municipality turns it
 * on per e-service). To officers: on for what asks them to act (a message, a
 * note, a case given to them, a supplement, an overdue case); off for what
 * would fill their inbox (every status change, every new case to everyone)
 * and for receipts.
 */
export const DEFAULT_SETTINGS: Readonly<Record<NotificationEvent, Readonly<Record<Channel, boolean>>>> = {
  caseSubmitted: { email: true, sms: false },
  statusChanged: { email: true, sms: false },
  caseCompleted: { email: true, sms: false },
  messageToApplicant: { email: true, sms: false },
  messageFromApplicant: { email: true, sms: false },
  internalNote: { email: true, sms: false },
  caseAssigned: { email: true, sms: false },
  supplementSubmitted: { email: true, sms: false },
  officerStatusChanged: { email: false, sms: false },
  caseOverdue: { email: true, sms: false },
  messageRead: { email: false, sms: false },
  fileDownloaded: { email: false, sms: false },
  newCase: { email: false, sms: false },
};

export function isEnabled(stored: unknown, event: NotificationEvent, channel: Channel): boolean {
  if (!channelsFor(event).includes(channel)) return false;
  const v = readObject(readObject(stored)?.[event])?.[channel];
  return typeof v === 'boolean' ? v : DEFAULT_SETTINGS[event][channel];
}

/** Every event and channel with its effective value, for a settings page. */
export function effectiveSettings(stored: unknown): Record<NotificationEvent, Record<Channel, boolean>> {
  const out = {} as Record<NotificationEvent, Record<Channel, boolean>>;
  for (const e of NOTIFICATION_EVENTS) {
    out[e] = { email: isEnabled(stored, e, 'email'), sms: isEnabled(stored, e, 'sms') };
  }
  return out;
}

function readObject(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}
