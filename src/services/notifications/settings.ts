import type { Db } from '../../db/database.ts';
import {
  type Channel,
  channelsFor,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
} from '../../domain/notifications/events.ts';
import { effectiveSettings } from '../../domain/notifications/settings.ts';

export type EffectiveSettings = Record<NotificationEvent, Record<Channel, boolean>>;

/** Which notifications an e-service sends (per event and channel). */
export function createNotificationSettingsService(db: Db) {
  async function get(municipalityId: string, eServiceId: string): Promise<EffectiveSettings | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(eServiceId)) return undefined;
    const row = await db
      .selectFrom('e_service')
      .select('notification_settings')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', eServiceId)
      .executeTakeFirst();
    return row && effectiveSettings(row.notification_settings);
  }

  /** Stores every event and channel explicitly, so a later change of default changes nothing here. */
  async function save(
    municipalityId: string,
    eServiceId: string,
    wanted: Partial<Record<NotificationEvent, Partial<Record<Channel, boolean>>>>,
  ): Promise<boolean> {
    const current = await get(municipalityId, eServiceId);
    if (!current) return false;
    const next = {} as EffectiveSettings;
    for (const e of NOTIFICATION_EVENTS) {
      next[e] = { email: false, sms: false };
      for (const ch of channelsFor(e)) next[e][ch] = wanted[e]?.[ch] ?? current[e][ch];
    }
    await db
      .updateTable('e_service')
      .set({ notification_settings: JSON.stringify(next), updated_at: new Date() })
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', eServiceId)
      .execute();
    return true;
  }

  return { get, save };
}
