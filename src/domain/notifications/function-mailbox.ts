import { isValidEmail } from '../forms/questions/contact.ts';
import { eventsFor, type NotificationEvent } from './events.ts';

/**
 * "General notifications" (guide for case officers, 4.1): a function
 * mailbox (registrator@, skolmat@) that gets chosen officer events of an
 * e-service, in Swedish, besides the officers themselves. A read receipt
 * answers the one officer who wrote the message, so it is not offered.
 */
export const MAILBOX_EVENTS: readonly NotificationEvent[] = eventsFor('officer').filter(
  (e) => e !== 'messageRead',
);

export interface FunctionMailbox {
  address: string | null;
  events: NotificationEvent[];
}

/** Kept in e_service.notification_settings under this key, beside the events. */
export const FUNCTION_MAILBOX_KEY = 'functionMailbox';

export function readFunctionMailbox(stored: unknown): FunctionMailbox {
  const o = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const m = o[FUNCTION_MAILBOX_KEY];
  const box = typeof m === 'object' && m !== null ? (m as Record<string, unknown>) : {};
  const address = typeof box.address === 'string' && isValidEmail(box.address) ? box.address : null;
  const chosen: unknown[] = Array.isArray(box.events) ? box.events : [];
  const events = MAILBOX_EVENTS.filter((e) => chosen.includes(e));
  return { address, events };
}

/** The mailbox as typed on the settings page: an empty address turns it off. */
export function checkFunctionMailbox(input: {
  address: string;
  events: readonly string[];
}): { ok: true; value: FunctionMailbox } | { ok: false; problem: 'invalidAddress' } {
  const address = input.address.trim();
  if (address && !isValidEmail(address)) return { ok: false, problem: 'invalidAddress' };
  return {
    ok: true,
    value: { address: address || null, events: MAILBOX_EVENTS.filter((e) => input.events.includes(e)) },
  };
}
