import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TemplateProblem } from '../../domain/notifications/template-text.ts';
import {
  type BroadcastFormError,
  type BroadcastFormValues,
  broadcastFormValues,
  type Posted,
  readBroadcastInput,
  readBroadcastSelection,
} from '../../services/notifications/broadcast-form.ts';
import type { BroadcastRefused } from '../../services/notifications/broadcasts.ts';
import { broadcastProblems } from '../../services/notifications/broadcasts.ts';
import type { OfficerActor } from '../../services/officer/case-actions-core.ts';
import { loadOfficerScope } from '../../services/officer/scope.ts';
import { pageContext, sendPage } from '../render.ts';
import type { FieldError } from '../ui/components/index.ts';
import type { Translator } from '../ui/i18n/translator.ts';
import { BROADCAST_PATH, BroadcastComposePage, BroadcastPreviewPage } from './broadcast-page.tsx';
import type { OfficerDeps } from './index.ts';
import { requireStaff } from './require-staff.ts';

function formError(t: Translator, e: BroadcastFormError): FieldError {
  switch (e.field) {
    case 'eService':
      return { field: 'eService', message: t.t('broadcast.eService.required') };
    case 'channel':
      return { field: 'channel', message: t.t('broadcast.channel.required') };
    case 'from':
      return { field: 'from.day', message: t.t('broadcast.date.invalid') };
    case 'to':
      return {
        field: 'to.day',
        message: t.t(e.code === 'dateOrder' ? 'broadcast.date.order' : 'broadcast.date.invalid'),
      };
  }
}

function problemError(t: Translator, p: TemplateProblem): FieldError {
  if (p.code === 'unknownVariable')
    return { field: p.field, message: t.t('broadcast.unknownVariable', { name: p.variable }) };
  if (p.field === 'subject')
    return {
      field: 'subject',
      message: t.t(p.code === 'required' ? 'broadcast.subjectRequired' : 'broadcast.subjectTooLong'),
    };
  return {
    field: 'body',
    message: t.t(p.code === 'required' ? 'broadcast.bodyRequired' : 'broadcast.bodyTooLong'),
  };
}

/** A selection the service refused, shown where the cases are chosen. */
function refusedError(t: Translator, r: BroadcastRefused, v: BroadcastFormValues): FieldError[] {
  const field = v.caseIds ? 'cases' : 'eService';
  if (r.reason === 'invalid') return r.problems.map((p) => problemError(t, p));
  return [{ field, message: t.t(r.reason === 'noCases' ? 'broadcast.noCases' : 'broadcast.badSelection') }];
}

const count = (v: unknown): number => (typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : 0);

/**
 * Broadcasts (utskick): /handlaggare/utskick. From the case list's checked
 * cases (`?cases=id,id`, or posted as `cases`), or by e-service with version,
 * status and dates; then a preview with the number of recipients and the
 * message as the first applicant reads it; then sending through the outbox
 * (throttled), with a My pages message and a history event in every case.
 * Only cases the officer may see are reached.
 */
export function registerBroadcastRoutes(app: FastifyInstance, { config, services }: OfficerDeps): void {
  const preHandler = requireStaff(services, 'officer');
  const broadcasts = services.notifications.broadcasts;
  const actorOf = async (req: FastifyRequest): Promise<OfficerActor> => {
    if (!req.staff) throw new Error('requireStaff did not run');
    return { principal: req.staff, scope: await loadOfficerScope(services.db, req.staff) };
  };

  async function compose(
    req: FastifyRequest,
    reply: FastifyReply,
    actor: OfficerActor,
    values: BroadcastFormValues,
    errors: readonly FieldError[],
    sent?: { cases: number; deliveries: number },
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    const eServices = await broadcasts.eServices(actor);
    const chosen = values.caseIds ? undefined : eServices.find((e) => e.id === values.eServiceId);
    let all = [...errors];
    if (!values.caseIds && values.eServiceId && !chosen && !all.some((e) => e.field === 'eService'))
      all = [{ field: 'eService', message: ctx.t.t('broadcast.eService.required') }, ...all];
    return sendPage(
      reply,
      all.length > 0 ? 422 : 200,
      <BroadcastComposePage
        ctx={ctx}
        eServices={eServices}
        chosen={chosen}
        values={chosen || values.caseIds ? values : { ...values, eServiceId: '' }}
        errors={all}
        sent={sent}
      />,
    );
  }

  app.get(BROADCAST_PATH, { preHandler }, async (req, reply) => {
    const actor = await actorOf(req);
    const q = req.query as Posted;
    const sent = q.skickat === '1' ? { cases: count(q.arenden), deliveries: count(q.leveranser) } : undefined;
    return compose(req, reply, actor, broadcastFormValues(q), [], sent);
  });

  app.post(BROADCAST_PATH, { preHandler }, async (req, reply) => {
    const actor = await actorOf(req);
    const body = (req.body ?? {}) as Posted;
    const values = broadcastFormValues(body);
    const step = body.step;
    // The case list posts only the checked cases; "Ändra" comes back from the preview.
    if (step !== 'preview' && step !== 'send') return compose(req, reply, actor, values, []);
    const t = pageContext(req, reply, config, 'staff').t;
    const selection = readBroadcastSelection(values);
    const input = readBroadcastInput(values);
    const errors = [...(selection.ok ? [] : selection.errors), ...(input.ok ? [] : input.errors)].map((e) =>
      formError(t, e),
    );
    if (input.ok) errors.push(...broadcastProblems(input.value).map((p) => problemError(t, p)));
    if (!selection.ok || !input.ok || errors.length > 0) return compose(req, reply, actor, values, errors);

    if (step === 'preview') {
      const p = await broadcasts.preview(actor, selection.value, input.value);
      if (!p.ok || p.cases === 0) {
        const refused: BroadcastRefused = p.ok ? { ok: false, reason: 'noCases' } : p;
        return compose(req, reply, actor, values, refusedError(t, refused, values));
      }
      const ctx = pageContext(req, reply, config, 'staff');
      return sendPage(
        reply,
        200,
        <BroadcastPreviewPage
          ctx={ctx}
          values={values}
          cases={p.cases}
          deliveries={p.deliveries}
          sample={p.sample}
          requestKey={randomUUID()}
        />,
      );
    }
    const r = await broadcasts.send(actor, selection.value, input.value);
    if (!r.ok) return compose(req, reply, actor, values, refusedError(t, r, values));
    const done = new URLSearchParams({
      skickat: '1',
      arenden: String(r.cases),
      leveranser: String(r.deliveries),
    });
    return reply.redirect(`${req.basePath}${BROADCAST_PATH}?${done}`, 303);
  });
}
