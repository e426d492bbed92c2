import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import {
  type Channel,
  channelsFor,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
} from '../../domain/notifications/events.ts';
import {
  checkFunctionMailbox,
  FUNCTION_MAILBOX_KEY,
  type FunctionMailbox,
  readFunctionMailbox,
} from '../../domain/notifications/function-mailbox.ts';
import { effectiveSettings } from '../../domain/notifications/settings.ts';

export type EffectiveSettings = Record<NotificationEvent, Record<Channel, boolean>>;

/** Which notifications an e-service sends (per event and channel), and its function mailbox. */
export function createNotificationSettingsService(db: Db) {
  async function stored(municipalityId: string, eServiceId: string) {
    if (!/^[0-9a-f-]{36}$/i.test(eServiceId)) return undefined;
    const row = await db
      .selectFrom('e_service')
      .select('notification_settings')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', eServiceId)
      .executeTakeFirst();
    return row?.notification_settings;
  }

  async function get(municipalityId: string, eServiceId: string): Promise<EffectiveSettings | undefined> {
    const s = await stored(municipalityId, eServiceId);
    return s && effectiveSettings(s);
  }

  /** Merged into what is stored, so the function mailbox (its own key) stays. */
  async function write(municipalityId: string, eServiceId: string, patch: Record<string, unknown>) {
    await db
      .updateTable('e_service')
      .set({
        notification_settings: sql`notification_settings || ${JSON.stringify(patch)}::jsonb`,
        updated_at: new Date(),
      })
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', eServiceId)
      .execute();
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
    await write(municipalityId, eServiceId, next);
    return true;
  }

  async function functionMailbox(
    municipalityId: string,
    eServiceId: string,
  ): Promise<FunctionMailbox | undefined> {
    const s = await stored(municipalityId, eServiceId);
    return s && readFunctionMailbox(s);
  }

  /** The function mailbox's address (empty: none) and the officer events it gets. */
  async function saveFunctionMailbox(
    municipalityId: string,
    eServiceId: string,
    input: { address: string; events: readonly string[] },
  ): Promise<{ ok: true } | { ok: false; reason: 'notFound' | 'invalidAddress' }> {
    if ((await stored(municipalityId, eServiceId)) === undefined) return { ok: false, reason: 'notFound' };
    const checked = checkFunctionMailbox(input);
    if (!checked.ok) return { ok: false, reason: 'invalidAddress' };
    await write(municipalityId, eServiceId, { [FUNCTION_MAILBOX_KEY]: checked.value });
    return { ok: true };
  }

  return { get, save, functionMailbox, saveFunctionMailbox };
}
