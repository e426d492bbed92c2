import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { NOTIFICATION_LANGS } from '../../domain/notifications/default-templates.ts';
import {
  type Channel,
  channelsFor,
  isChannel,
  isNotificationEvent,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
} from '../../domain/notifications/events.ts';
import { checkTemplate, type TemplateProblem } from '../../domain/notifications/template-text.ts';
import type { Services } from '../../services/index.ts';
import type { TemplateKey } from '../../services/notifications/templates.ts';
import { notFound } from '../errors.tsx';
import { requireStaff } from '../officer/require-staff.ts';
import { readPostedForm } from '../posted-form.ts';
import { pageContext, sendPage } from '../render.ts';
import type { FieldError } from '../ui/components/index.ts';
import type { Translator } from '../ui/i18n/translator.ts';
import {
  type MailboxShown,
  mailboxShown,
  NOTICES_PATH,
  NoticesEServicePage,
  NoticesIndexPage,
} from './notification-settings-page.tsx';
import { NotificationTemplatePage } from './notification-template-page.tsx';

const one = (v: string | readonly string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

function problemText(t: Translator, p: TemplateProblem): FieldError {
  if (p.code === 'unknownVariable')
    return { field: p.field, message: t.t('notices.template.unknownVariable', { name: p.variable }) };
  if (p.field === 'subject')
    return {
      field: 'subject',
      message: t.t(
        p.code === 'required' ? 'notices.template.subjectRequired' : 'notices.template.subjectTooLong',
      ),
    };
  return {
    field: 'body',
    message: t.t(p.code === 'required' ? 'notices.template.bodyRequired' : 'notices.template.bodyTooLong'),
  };
}

/**
 * /handlaggare/admin/aviseringar: per e-service, which notifications go out
 * on which channel, and their texts with a preview. For the municipality's
 * admins (the e-service builder, a later issue, will offer it to developers).
 */
export function registerNotificationSettingsRoutes(
  app: FastifyInstance,
  deps: { config: Config; services: Services },
) {
  const { config, services } = deps;
  const preHandler = requireStaff(services, 'admin');
  const templates = services.notifications.templates;
  const staffOf = (req: FastifyRequest) => {
    if (!req.staff) throw new Error('requireStaff did not run');
    return req.staff;
  };
  const eServiceOf = async (req: FastifyRequest) => {
    const { eServiceId } = req.params as { eServiceId: string };
    const e = await templates.eServiceName(staffOf(req).municipalityId, eServiceId, req.lang);
    if (!e) throw notFound();
    return e;
  };
  /** The text asked for (?handelse=&kanal=&sprak=), or undefined when the query names none. */
  const keyOf = (req: FastifyRequest): TemplateKey | undefined => {
    const q = req.query as Record<string, unknown>;
    const { handelse: event, kanal: channel, sprak: lang } = q;
    if (!isNotificationEvent(event) || !isChannel(channel) || !channelsFor(event).includes(channel))
      return undefined;
    if (typeof lang !== 'string' || !(NOTIFICATION_LANGS as readonly string[]).includes(lang))
      return undefined;
    return { event, channel, lang };
  };

  app.get(NOTICES_PATH, { preHandler }, async (req, reply) => {
    const eServices = await templates.eServices(staffOf(req).municipalityId, req.lang);
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(reply, 200, <NoticesIndexPage ctx={ctx} eServices={eServices} />);
  });

  /** The e-service's page; after a refused function mailbox, with what was typed and the error. */
  async function showEService(
    req: FastifyRequest,
    reply: FastifyReply,
    e: { id: string; name: string },
    typed?: { mailbox: MailboxShown; errors: FieldError[] },
  ) {
    const m = staffOf(req).municipalityId;
    const [settings, list, mailbox] = await Promise.all([
      services.notifications.settings.get(m, e.id),
      templates.list(m, e.id),
      services.notifications.settings.functionMailbox(m, e.id),
    ]);
    if (!settings || !list || !mailbox) throw notFound();
    const q = (req.query as Record<string, unknown>).sparat;
    const saved = q === 'settings' || q === 'template' || q === 'reset' || q === 'mailbox' ? q : null;
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      typed ? 422 : 200,
      <NoticesEServicePage
        ctx={ctx}
        eService={e}
        settings={settings}
        mailbox={typed?.mailbox ?? mailboxShown(mailbox)}
        templates={list}
        saved={typed ? null : saved}
        errors={typed?.errors ?? []}
      />,
    );
  }

  app.get(`${NOTICES_PATH}/:eServiceId`, { preHandler }, async (req, reply) =>
    showEService(req, reply, await eServiceOf(req)),
  );

  // "General notifications": the function mailbox and the officer events it gets (issue 6).
  app.post(`${NOTICES_PATH}/:eServiceId/funktionsbrevlada`, { preHandler }, async (req, reply) => {
    const e = await eServiceOf(req);
    const { fields } = await readPostedForm(req);
    const raw = fields.events;
    const typed = { address: one(fields.address), events: Array.isArray(raw) ? raw : raw ? [raw] : [] };
    const r = await services.notifications.settings.saveFunctionMailbox(
      staffOf(req).municipalityId,
      e.id,
      typed,
    );
    if (r.ok) return reply.redirect(`${req.basePath}${NOTICES_PATH}/${e.id}?sparat=mailbox`, 303);
    if (r.reason === 'notFound') throw notFound();
    const t = pageContext(req, reply, config, 'staff').t;
    return showEService(req, reply, e, {
      mailbox: typed,
      errors: [{ field: 'address', message: t.t('notices.mailbox.invalidAddress') }],
    });
  });

  app.post(`${NOTICES_PATH}/:eServiceId/installningar`, { preHandler }, async (req, reply) => {
    const e = await eServiceOf(req);
    const { fields } = await readPostedForm(req);
    const wanted: Partial<Record<NotificationEvent, Partial<Record<Channel, boolean>>>> = {};
    for (const ev of NOTIFICATION_EVENTS) {
      const raw = fields[`s.${ev}`];
      const ticked = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
      wanted[ev] = Object.fromEntries(channelsFor(ev).map((c) => [c, ticked.has(c)]));
    }
    await services.notifications.settings.save(staffOf(req).municipalityId, e.id, wanted);
    return reply.redirect(`${req.basePath}${NOTICES_PATH}/${e.id}?sparat=settings`, 303);
  });

  const templatePath = `${NOTICES_PATH}/:eServiceId/text`;

  app.get(templatePath, { preHandler }, async (req, reply) => {
    const e = await eServiceOf(req);
    const k = keyOf(req);
    // No such text: back to the e-service's list of texts.
    if (!k) return reply.redirect(`${req.basePath}${NOTICES_PATH}/${e.id}`, 303);
    const m = staffOf(req).municipalityId;
    const current = (await templates.list(m, e.id))?.find(
      (x) => x.event === k.event && x.channel === k.channel && x.lang === k.lang,
    );
    if (!current) throw notFound();
    const preview = (await templates.preview(m, e.id, k)) ?? null;
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      200,
      <NotificationTemplatePage
        ctx={ctx}
        eService={e}
        k={k}
        values={current}
        custom={current.custom}
        preview={preview}
        errors={[]}
      />,
    );
  });

  app.post(templatePath, { preHandler }, async (req, reply) => {
    const e = await eServiceOf(req);
    const k = keyOf(req);
    if (!k) return reply.redirect(`${req.basePath}${NOTICES_PATH}/${e.id}`, 303);
    const m = staffOf(req).municipalityId;
    const { fields } = await readPostedForm(req);
    const values = { subject: one(fields.subject), body: one(fields.body) };
    const action = one(fields.action);
    const back = `${req.basePath}${NOTICES_PATH}/${e.id}`;
    if (action === 'reset') {
      await templates.reset(m, e.id, k);
      return reply.redirect(`${back}?sparat=reset`, 303);
    }
    const ctx = pageContext(req, reply, config, 'staff');
    const current = (await templates.list(m, e.id))?.find(
      (x) => x.event === k.event && x.channel === k.channel && x.lang === k.lang,
    );
    if (action === 'save') {
      const r = await templates.save(m, e.id, { ...k, ...values });
      if (r.ok) return reply.redirect(`${back}?sparat=template`, 303);
      if (r.reason === 'notFound') throw notFound();
      const errors = r.problems.map((p) => problemText(ctx.t, p));
      return sendPage(
        reply,
        422,
        <NotificationTemplatePage
          ctx={ctx}
          eService={e}
          k={k}
          values={values}
          custom={current?.custom ?? false}
          preview={null}
          errors={errors}
        />,
      );
    }
    // Preview: what was typed, filled with sample values, nothing saved.
    const problems = checkTemplate(
      { subject: k.channel === 'sms' ? '' : values.subject, body: values.body },
      k.channel,
    );
    const errors = problems.map((p) => problemText(ctx.t, p));
    const preview = errors.length === 0 ? ((await templates.preview(m, e.id, k, values)) ?? null) : null;
    return sendPage(
      reply,
      errors.length > 0 ? 422 : 200,
      <NotificationTemplatePage
        ctx={ctx}
        eService={e}
        k={k}
        values={values}
        custom={current?.custom ?? false}
        preview={preview}
        errors={errors}
      />,
    );
  });
}
