import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../config.ts';
import type { EServiceInfo } from '../../../domain/eservices/eservice.ts';
import type { HandlerRef, HandlerRefusal } from '../../../services/builder/eservice-handlers.ts';
import { isUuid } from '../../../services/drafts/drafts.ts';
import type { Services } from '../../../services/index.ts';
import { notFound } from '../../errors.tsx';
import { requireStaff } from '../../officer/require-staff.ts';
import { postedString, readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import type { FieldError } from '../../ui/components/index.ts';
import type { Translator } from '../../ui/i18n/translator.ts';
import { href } from '../../ui/page-context.ts';
import { registerAssignmentRoutes } from '../assignment/assignment.routes.tsx';
import { isAlways, questionsOf, ruleWords } from '../assignment/rule-words.ts';
import { eServiceOf, staffOf } from '../eservice-of.ts';
import { builderPath } from '../paths.ts';
import { OFFICER_ACTIONS, OfficersPage, type OfficersPageProps } from './officers-page.tsx';

export interface OfficerRouteDeps {
  config: Config;
  services: Services;
}

const BASE = '/handlaggare/bygg/:eServiceId';
const DONE = ['added', 'removed', 'restricted', 'unrestricted'] as const;

/**
 * Who handles an e-service (/behorighet) and, through
 * registerAssignmentRoutes, who gets its new cases (/tilldelning): issue 7,
 * item 5. For developers and admins; everything within the session's
 * municipality, so another municipality's e-service, person or group is
 * not found.
 */
export function registerOfficerRoutes(app: FastifyInstance, deps: OfficerRouteDeps): void {
  const { config, services } = deps;
  registerAssignmentRoutes(app, deps);
  const preHandler = requireStaff(services, 'developer');

  const eService = (req: FastifyRequest) => eServiceOf(services, req);

  async function show(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    e: EServiceInfo,
    opts: Pick<OfficersPageProps, 'values' | 'notice' | 'confirmRemove'> & { errors?: FieldError[] } = {},
  ) {
    const m = staffOf(req).municipalityId;
    const ctx = pageContext(req, reply, config, 'staff');
    const [handlers, candidates] = await Promise.all([
      services.builderHandlers.handlers(m, e.id),
      services.builderHandlers.candidates(m, e.id),
    ]);
    if (!handlers || !candidates) throw notFound();
    return sendPage(
      reply,
      status,
      <OfficersPage
        ctx={ctx}
        eServiceId={e.id}
        serviceName={e.name[ctx.lang] || e.name.sv}
        handlers={handlers}
        candidates={candidates}
        errors={opts.errors ?? []}
        values={opts.values}
        notice={opts.notice}
        confirmRemove={opts.confirmRemove}
      />,
    );
  }

  const page = (req: FastifyRequest, e: EServiceInfo, query = '') =>
    `${href({ basePath: req.basePath }, builderPath(e.id, '/behorighet'))}${query}`;

  /** A refusal in words, on the field it belongs to. */
  async function refusalError(
    t: Translator,
    m: string,
    e: EServiceInfo,
    r: HandlerRefusal,
    field: string,
    name: string,
  ): Promise<FieldError> {
    if (r.reason === 'ruleTarget') {
      const settings = await services.builderAssignment.load(m, e.id);
      const handlers = (await services.builderHandlers.assignable(m, e.id)) ?? [];
      const last = settings ? settings.rules.length - 1 : -1;
      const words = ruleWords(t, questionsOf(settings?.version?.definition), handlers, r.rule, {
        otherwise: r.ruleIndex === last && isAlways(r.rule),
      });
      return {
        field: 'handlers',
        href: '#handlers',
        message: t.t('builderOff.error.ruleTarget', { name, number: r.ruleIndex + 1, rule: words }),
      };
    }
    return { field, message: t.t(`builderOff.error.${r.reason}`, { name }) };
  }

  app.get(`${BASE}/behorighet`, { preHandler }, async (req, reply) => {
    const e = await eService(req);
    const t = pageContext(req, reply, config, 'staff').t;
    const done = (req.query as { klart?: string }).klart;
    const notice = (DONE as readonly string[]).includes(done ?? '')
      ? t.t(`builderOff.done.${done as (typeof DONE)[number]}`)
      : undefined;
    return show(req, reply, 200, e, { notice });
  });

  for (const kind of ['user', 'group'] as const) {
    const field = kind === 'user' ? 'userId' : 'groupId';
    app.post(
      `${BASE}${kind === 'user' ? OFFICER_ACTIONS.addPerson : OFFICER_ACTIONS.addGroup}`,
      { preHandler },
      async (req, reply) => {
        const staff = staffOf(req);
        const e = await eService(req);
        const form = await readPostedForm(req);
        const id = postedString(form.fields, field).trim();
        const restricted = [form.fields.restricted].flat().includes('yes');
        const values =
          kind === 'user'
            ? { userId: id, restrictedUser: restricted }
            : { groupId: id, restrictedGroup: restricted };
        const t = pageContext(req, reply, config, 'staff').t;
        if (id === '') {
          return show(req, reply, 422, e, {
            values,
            errors: [{ field, message: t.t(`builderOff.error.choose.${kind}`) }],
          });
        }
        const r = await services.builderHandlers.add(
          staff.municipalityId,
          e.id,
          { kind, id },
          restricted,
          staff,
        );
        if (r.ok) return reply.redirect(page(req, e, '?klart=added'), 303);
        if (r.reason === 'notFound') throw notFound();
        const error = await refusalError(t, staff.municipalityId, e, r, field, '');
        return show(req, reply, 422, e, { values, errors: [error] });
      },
    );
  }

  /** The person or group a row's form names, when it handles the e-service; a tampered one is not found. */
  async function postedHandler(req: FastifyRequest, e: EServiceInfo) {
    const form = await readPostedForm(req);
    const kind = postedString(form.fields, 'kind');
    const id = postedString(form.fields, 'id');
    if ((kind !== 'user' && kind !== 'group') || !isUuid(id)) return undefined;
    const ref: HandlerRef = { kind, id };
    const handlers = await services.builderHandlers.handlers(staffOf(req).municipalityId, e.id);
    const handler = handlers?.find((h) => h.kind === kind && h.id === id);
    if (!handler) throw notFound();
    return { form, ref, handler };
  }

  /** A post that is not one of the page's own (missing or malformed fields): a clear error, nothing changed. */
  const unreadable = (req: FastifyRequest, reply: FastifyReply, e: EServiceInfo) =>
    show(req, reply, 422, e, {
      errors: [
        {
          field: 'handlers',
          href: '#handlers',
          message: pageContext(req, reply, config, 'staff').t.t('builderOff.error.badRequest'),
        },
      ],
    });

  app.post(`${BASE}${OFFICER_ACTIONS.restrict}`, { preHandler }, async (req, reply) => {
    const staff = staffOf(req);
    const e = await eService(req);
    const posted = await postedHandler(req, e);
    if (!posted) return unreadable(req, reply, e);
    const { form, ref } = posted;
    const value = postedString(form.fields, 'restricted');
    if (value !== 'yes' && value !== 'no') return unreadable(req, reply, e);
    const r = await services.builderHandlers.setRestricted(
      staff.municipalityId,
      e.id,
      ref,
      value === 'yes',
      staff,
    );
    if (!r.ok) throw notFound();
    return reply.redirect(page(req, e, `?klart=${value === 'yes' ? 'restricted' : 'unrestricted'}`), 303);
  });

  app.post(`${BASE}${OFFICER_ACTIONS.remove}`, { preHandler }, async (req, reply) => {
    const staff = staffOf(req);
    const e = await eService(req);
    const posted = await postedHandler(req, e);
    if (!posted) return unreadable(req, reply, e);
    const { form, ref, handler } = posted;
    const confirmed = postedString(form.fields, 'confirm') === 'yes';
    const r = await services.builderHandlers.remove(staff.municipalityId, e.id, ref, staff, { confirmed });
    if (r.ok) return reply.redirect(page(req, e, '?klart=removed'), 303);
    if (r.reason === 'lastHandler') return show(req, reply, 200, e, { confirmRemove: handler });
    if (r.reason === 'notFound' || r.reason === 'notHandler') throw notFound();
    const t = pageContext(req, reply, config, 'staff').t;
    const error = await refusalError(t, staff.municipalityId, e, r, 'handlers', handler.name);
    return show(req, reply, 409, e, { errors: [error] });
  });
}
