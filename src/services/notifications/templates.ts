import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { STANDARD_STATUSES } from '../../domain/cases/statuses.ts';
import type { LangText } from '../../domain/forms/definition.ts';
import { textIn } from '../../domain/forms/localize.ts';
import { defaultTemplate, NOTIFICATION_LANGS } from '../../domain/notifications/default-templates.ts';
import {
  type Channel,
  channelsFor,
  EVENT_AUDIENCE,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
} from '../../domain/notifications/events.ts';
import { type RenderedNotification, renderNotification } from '../../domain/notifications/render.ts';
import {
  checkTemplate,
  type MessageTemplate,
  type TemplateProblem,
} from '../../domain/notifications/template-text.ts';
import { municipalityBase, notificationLink } from './links.ts';

export interface TemplateKey {
  event: NotificationEvent;
  channel: Channel;
  lang: string;
}

export interface EffectiveTemplate extends TemplateKey, MessageTemplate {
  /** True when the e-service has its own wording; false for the default. */
  custom: boolean;
}

const validKey = (k: TemplateKey) =>
  NOTIFICATION_EVENTS.includes(k.event) &&
  channelsFor(k.event).includes(k.channel) &&
  (NOTIFICATION_LANGS as readonly string[]).includes(k.lang);

/**
 * An e-service's notification templates: every event, channel and language
 * with the e-service's own wording where it has one, saving and resetting
 * one, and a preview filled with sample values. Every call names the
 * municipality; an e-service of another one is not found.
 */
export function createTemplateService(db: Db, publicUrl: string) {
  async function eService(municipalityId: string, eServiceId: string) {
    if (!/^[0-9a-f-]{36}$/i.test(eServiceId)) return undefined;
    return db
      .selectFrom('e_service as e')
      .innerJoin('municipality as m', 'm.id', 'e.municipality_id')
      .select(['e.id', 'e.name', 'm.name as municipality_name', 'm.slug', 'm.host_name'])
      .where('e.municipality_id', '=', municipalityId)
      .where('e.id', '=', eServiceId)
      .executeTakeFirst();
  }

  /** The municipality's e-services (published or not), for the settings pages. */
  async function eServices(municipalityId: string, lang: string): Promise<{ id: string; name: string }[]> {
    const rows = await db
      .selectFrom('e_service')
      .select(['id', 'name'])
      .where('municipality_id', '=', municipalityId)
      .orderBy(sql`name->>'sv'`)
      .execute();
    return rows.map((r) => ({ id: r.id, name: textIn(r.name as LangText, lang) }));
  }

  /** One e-service by id, in the municipality; undefined for anything else. */
  async function eServiceName(municipalityId: string, eServiceId: string, lang: string) {
    const e = await eService(municipalityId, eServiceId);
    return e && { id: e.id, name: textIn(e.name as LangText, lang) };
  }

  async function list(municipalityId: string, eServiceId: string): Promise<EffectiveTemplate[] | undefined> {
    if (!(await eService(municipalityId, eServiceId))) return undefined;
    const own = await db
      .selectFrom('notification_template')
      .select(['event', 'channel', 'lang', 'subject', 'body'])
      .where('municipality_id', '=', municipalityId)
      .where('e_service_id', '=', eServiceId)
      .execute();
    const out: EffectiveTemplate[] = [];
    for (const event of NOTIFICATION_EVENTS) {
      for (const channel of channelsFor(event)) {
        for (const lang of NOTIFICATION_LANGS) {
          const mine = own.find((t) => t.event === event && t.channel === channel && t.lang === lang);
          const d = defaultTemplate(event, channel, lang);
          if (mine) out.push({ event, channel, lang, subject: mine.subject, body: mine.body, custom: true });
          else if (d) out.push({ event, channel, lang, ...d, custom: false });
        }
      }
    }
    return out;
  }

  async function save(
    municipalityId: string,
    eServiceId: string,
    t: TemplateKey & MessageTemplate,
  ): Promise<
    | { ok: true }
    | { ok: false; reason: 'notFound' }
    | { ok: false; reason: 'invalid'; problems: TemplateProblem[] }
  > {
    if (!validKey(t) || !(await eService(municipalityId, eServiceId)))
      return { ok: false, reason: 'notFound' };
    const template = { subject: t.channel === 'sms' ? '' : t.subject.trim(), body: t.body.trim() };
    const problems = checkTemplate(template, t.channel);
    if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
    await db
      .insertInto('notification_template')
      .values({
        municipality_id: municipalityId,
        e_service_id: eServiceId,
        event: t.event,
        channel: t.channel,
        lang: t.lang,
        ...template,
      })
      .onConflict((oc) =>
        oc
          .columns(['e_service_id', 'event', 'channel', 'lang'])
          .doUpdateSet({ ...template, updated_at: new Date() }),
      )
      .execute();
    return { ok: true };
  }

  /** Back to the default wording. */
  async function reset(municipalityId: string, eServiceId: string, k: TemplateKey): Promise<void> {
    await db
      .deleteFrom('notification_template')
      .where('municipality_id', '=', municipalityId)
      .where('e_service_id', '=', eServiceId)
      .where('event', '=', k.event)
      .where('channel', '=', k.channel)
      .where('lang', '=', k.lang)
      .execute();
  }

  /**
   * The message as a reader would get it, filled with sample values (a made-up
   * case number, the e-service's real name). `draft` previews unsaved text.
   */
  async function preview(
    municipalityId: string,
    eServiceId: string,
    k: TemplateKey,
    draft?: MessageTemplate,
  ): Promise<RenderedNotification | undefined> {
    const e = await eService(municipalityId, eServiceId);
    if (!e || !validKey(k)) return undefined;
    const template =
      draft ??
      (await list(municipalityId, eServiceId))?.find(
        (t) => t.event === k.event && t.channel === k.channel && t.lang === k.lang,
      );
    if (!template) return undefined;
    const audience = EVENT_AUDIENCE[k.event];
    const status = STANDARD_STATUSES.find(
      (s) => s.key === (k.event === 'caseCompleted' ? 'approved' : 'in_progress'),
    );
    return renderNotification(
      template,
      {
        caseNumber: `${new Date().getFullYear()}-00042`,
        eService: textIn(e.name as LangText, k.lang),
        status: status ? textIn(status.name, k.lang) : '',
        link: notificationLink(municipalityBase(publicUrl, e), audience, {
          id: '00000000-0000-4000-8000-000000000000',
          hasOwner: true,
        }),
        municipality: e.municipality_name,
      },
      k.channel,
      k.lang,
    );
  }

  return { eServices, eServiceName, list, save, reset, preview };
}

export type TemplateService = ReturnType<typeof createTemplateService>;
