/**
 * What the platform tells people about, and how. An event happens to a case;
 * each recipient gets it on the channels the e-service has switched on.
 * Messages on My pages need no notification row: the case's message thread
 * is always there.
 */
export const NOTIFICATION_EVENTS = [
  // To the applicant.
  'caseSubmitted',
  'statusChanged',
  'caseCompleted',
  'messageToApplicant',
  // To officers (guide for case officers, section 4.1).
  'messageFromApplicant',
  'internalNote',
  'caseAssigned',
  'supplementSubmitted',
  'officerStatusChanged',
  'caseOverdue',
  'messageRead',
  'fileDownloaded',
  'newCase',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const CHANNELS = ['email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who an event is for: the applicant, or the officers handling the case. */
export type Audience = 'applicant' | 'officer';

export const EVENT_AUDIENCE: Readonly<Record<NotificationEvent, Audience>> = {
  caseSubmitted: 'applicant',
  statusChanged: 'applicant',
  caseCompleted: 'applicant',
  messageToApplicant: 'applicant',
  messageFromApplicant: 'officer',
  internalNote: 'officer',
  caseAssigned: 'officer',
  supplementSubmitted: 'officer',
  officerStatusChanged: 'officer',
  caseOverdue: 'officer',
  messageRead: 'officer',
  fileDownloaded: 'officer',
  newCase: 'officer',
};

/** The events of one audience, in list order (settings pages group them so). */
export const eventsFor = (audience: Audience): NotificationEvent[] =>
  NOTIFICATION_EVENTS.filter((e) => EVENT_AUDIENCE[e] === audience);

/** Officers are told by e-mail only; applicants by e-mail and/or SMS. */
export function channelsFor(event: NotificationEvent): readonly Channel[] {
  return EVENT_AUDIENCE[event] === 'officer' ? ['email'] : CHANNELS;
}

export function isNotificationEvent(v: unknown): v is NotificationEvent {
  return typeof v === 'string' && (NOTIFICATION_EVENTS as readonly string[]).includes(v);
}

export function isChannel(v: unknown): v is Channel {
  return v === 'email' || v === 'sms';
}
