import { type RawBuilder, sql } from 'kysely';
import type { NotificationEvent } from '../../domain/notifications/events.ts';
import { DEFAULT_SETTINGS } from '../../domain/notifications/settings.ts';

/**
 * Whether e-service `e` sends `event` on the channel named by `channel` (a
 * column or literal), as a condition inside an INSERT … SELECT: a stored
 * true/false wins, anything else is the default in domain/notifications/settings.ts.
 */
export function enabledSql(event: NotificationEvent, channel: RawBuilder<string>): RawBuilder<boolean> {
  const stored = sql`e.notification_settings -> ${event}::text -> ${channel}`;
  const defaults = DEFAULT_SETTINGS[event];
  return sql<boolean>`(CASE WHEN jsonb_typeof(${stored}) = 'boolean' THEN (${stored})::text::boolean
    ELSE (CASE ${channel} WHEN 'email' THEN ${defaults.email}::boolean ELSE ${defaults.sms}::boolean END) END)`;
}
