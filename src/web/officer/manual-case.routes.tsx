import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PostedFields } from '../../domain/forms/answers.ts';
import type { Question } from '../../domain/forms/definition.ts';
import type { FieldError as EngineError } from '../../domain/forms/errors.ts';
import { evaluate } from '../../domain/forms/evaluate.ts';
import type { StaffPrincipal } from '../../domain/staff/roles.ts';
import type { OfficerActor } from '../../services/officer/case-actions-core.ts';
import { stockholmToday } from '../../services/officer/manual-case.ts';
import { type DetailsError, readManualCaseDetails } from '../../services/officer/manual-case-details.ts';
import { readWholeForm } from '../../services/officer/manual-case-form.ts';
import { loadOfficerScope } from '../../services/officer/scope.ts';
import { notFound } from '../errors.tsx';
import { postedString, readPostedForm } from '../posted-form.ts';
import { pageContext, sendPage } from '../render.ts';
import type { FieldError } from '../ui/components/index.ts';
import type { Translator } from '../ui/i18n/translator.ts';
import { pressedAction, withAddedRow } from '../ui/questions/index.ts';
import type { OfficerDeps } from './index.ts';
import { ManualCaseChoosePage } from './manual-case-choose-page.tsx';
import { DETAIL_FIELDS, ManualCasePage, SHOWN_FIELD } from './manual-case-page.tsx';
import { requireStaff } from './require-staff.ts';

function detailMessage(t: Translator, e: DetailsError): FieldError {
  switch (e.code) {
    case 'channelRequired':
      return { field: DETAIL_FIELDS.channel, message: t.t('manualCase.channel.required') };
    case 'invalidPersonnummer': {
      const reason = e.reason === 'samordningsnummerNotAllowed' ? 'format' : e.reason;
      return { field: DETAIL_FIELDS.personalNumber, message: t.t(`manualCase.personalNumber.${reason}`) };
    }
    case 'nameTooLong':
      return { field: DETAIL_FIELDS.name, message: t.t('manualCase.name.tooLong', { max: e.max }) };
  }
}

/** Questions the officer types an answer into on this page (files are added as documents later). */
const ANSWERABLE = (q: Question) => q.type !== 'info' && q.type !== 'computed' && q.type !== 'file';

const staffOf = (req: FastifyRequest): StaffPrincipal => {
  if (!req.staff) throw new Error('requireStaff did not run');
  return req.staff;
};

/** Registering a case that came on paper, by phone, at a visit or by e-mail: /handlaggare/nytt-arende. */
export function registerManualCaseRoutes(app: FastifyInstance, { config, services }: OfficerDeps): void {
  const preHandler = requireStaff(services, 'officer');
  const actorOf = async (req: FastifyRequest): Promise<OfficerActor> => {
    const principal = staffOf(req);
    return { principal, scope: await loadOfficerScope(services.db, principal) };
  };

  app.get('/handlaggare/nytt-arende', { preHandler }, async (req, reply) => {
    const eServices = await services.manualCases.eServicesFor(await actorOf(req));
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(reply, 200, <ManualCaseChoosePage ctx={ctx} eServices={eServices} />);
  });

  app.post('/handlaggare/nytt-arende', { preHandler }, async (req, reply) => {
    const actor = await actorOf(req);
    const chosen = postedString((req.body ?? {}) as PostedFields, 'eService');
    const eService = await services.manualCases.eServiceFor(actor, chosen);
    if (eService) return reply.redirect(`${req.basePath}/handlaggare/nytt-arende/${eService.id}`, 303);
    const ctx = pageContext(req, reply, config, 'staff');
    const error = { field: 'eService', message: ctx.t.t('manualCase.eService.required') };
    const eServices = await services.manualCases.eServicesFor(actor);
    return sendPage(reply, 422, <ManualCaseChoosePage ctx={ctx} eServices={eServices} error={error} />);
  });

  async function loadEService(req: FastifyRequest, actor: OfficerActor) {
    const { eServiceId } = req.params as { eServiceId: string };
    const eService = await services.manualCases.eServiceFor(actor, eServiceId);
    if (!eService) throw notFound();
    return eService;
  }

  app.get('/handlaggare/nytt-arende/:eServiceId', { preHandler }, async (req, reply) => {
    const eService = await loadEService(req, await actorOf(req));
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      200,
      <ManualCasePage
        ctx={ctx}
        eService={eService}
        details={{ channel: '', personalNumber: '', name: '' }}
        detailErrors={[]}
        raw={{}}
        evaluation={evaluate(eService.definition, {})}
        errors={[]}
        revealed={[]}
      />,
    );
  });

  app.post(
    '/handlaggare/nytt-arende/:eServiceId',
    { preHandler },
    async (req: FastifyRequest, reply: FastifyReply) => {
      const actor = await actorOf(req);
      const eService = await loadEService(req, actor);
      const { fields } = await readPostedForm(req);
      const details = {
        channel: postedString(fields, DETAIL_FIELDS.channel),
        personalNumber: postedString(fields, DETAIL_FIELDS.personalNumber),
        name: postedString(fields, DETAIL_FIELDS.name),
      };
      const def = eService.definition;
      const read = readWholeForm(def, fields, stockholmToday());
      const ctx = pageContext(req, reply, config, 'staff');
      const show = (
        status: number,
        state: { errors: readonly EngineError[]; detailErrors: FieldError[]; revealed?: readonly Question[] },
        raw = read.raw,
      ) =>
        sendPage(
          reply,
          status,
          <ManualCasePage
            ctx={ctx}
            eService={eService}
            details={details}
            detailErrors={state.detailErrors}
            raw={raw}
            evaluation={read.evaluation}
            errors={state.errors}
            revealed={state.revealed ?? []}
          />,
        );

      // "Visa följdfrågor", "Lägg till rad", "Ta bort rad": the same page again, as it now is.
      const pressed = def.steps.find((s) => pressedAction(s, fields));
      if (pressed)
        return show(200, { errors: [], detailErrors: [] }, withAddedRow(pressed, fields, read.raw));
      if (postedString(fields, 'action') === 'refresh') return show(200, { errors: [], detailErrors: [] });

      // Questions the answers brought up were not on the officer's screen: list them instead of errors.
      const shownField = fields[SHOWN_FIELD];
      const shown = typeof shownField === 'string' ? new Set(shownField.split(' ')) : undefined;
      const revealed = shown
        ? def.steps
            .flatMap((s) => s.questions)
            .filter((q) => ANSWERABLE(q) && read.evaluation.visible.has(q.key) && !shown.has(q.key))
        : [];
      const revealedKeys = new Set(revealed.map((q) => q.key));
      const errors = read.errors.filter((e) => !revealedKeys.has(e.questionKey));

      let detailErrors: readonly DetailsError[];
      let answerErrors: readonly EngineError[];
      if (errors.length === 0 && revealed.length === 0) {
        const r = await services.manualCases.register(actor, {
          eServiceId: eService.id,
          ...details,
          answers: read.answers,
        });
        if (r.ok) return reply.redirect(`${req.basePath}/handlaggare/arenden/${r.caseId}`, 303);
        if (r.reason === 'notFound') throw notFound();
        detailErrors = r.detailErrors;
        answerErrors = r.answerErrors;
      } else {
        // The answers did not pass: check the details too, so every problem shows at once.
        const d = readManualCaseDetails(details, stockholmToday());
        detailErrors = d.ok ? [] : d.errors;
        answerErrors = errors;
      }
      const status = answerErrors.length > 0 || detailErrors.length > 0 ? 422 : 200;
      return show(status, {
        errors: answerErrors,
        detailErrors: detailErrors.map((e) => detailMessage(ctx.t, e)),
        revealed,
      });
    },
  );
}
