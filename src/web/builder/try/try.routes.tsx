/**
 * "Prova e-tjänsten" (issue 7, item 6): a developer fills in a version as a
 * resident would. The steps are the resident runner's own pages (a DraftFlow
 * over a test draft, citizen/runner), with the resident layout and a test-mode
 * banner, under /handlaggare/bygg/prova/:draftId so the staff guard applies.
 * "Skicka" validates as a real submit and then shows a test receipt; the test
 * draft and its files are deleted (services/builder/try-out.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../domain/forms/errors.ts';
import { evaluate } from '../../../domain/forms/evaluate.ts';
import { validateSubmission } from '../../../domain/forms/validate.ts';
import type { Services } from '../../../services/index.ts';
import { CheckPage } from '../../citizen/runner/check-page.tsx';
import type { DraftFlow, FlowDraft } from '../../citizen/runner/draft-flow.ts';
import { registerFlowStepRoutes } from '../../citizen/runner/step.routes.tsx';
import { notFound } from '../../errors.tsx';
import type { OfficerDeps } from '../../officer/index.ts';
import { requireStaff } from '../../officer/require-staff.ts';
import { postedString } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { isUiLang } from '../../ui/i18n/languages.ts';
import { getTranslator } from '../../ui/i18n/translator.ts';
import { href } from '../../ui/page-context.ts';
import { eServiceOf, staffOf } from '../eservice-of.ts';
import { builderPath } from '../paths.ts';
import {
  EndTryForm,
  TestModeBanner,
  TRY_ROUTE,
  TryReceiptPage,
  TryStartPage,
  tryLanguages,
  tryPath,
  tryStartPath,
} from './try-pages.tsx';

/** Where a try of a version starts (tryStartPath). */
const START_ROUTE = '/handlaggare/bygg/:eServiceId/versioner/:versionId/prova';
const stockholmToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** The staff session a test draft belongs to. */
function sessionHashOf(req: FastifyRequest): string {
  const s = req.session;
  if (s?.kind !== 'staff') throw new Error('requireStaff did not run');
  return s.idHash;
}

/** A try's pages: the session's own test draft, else a 404 (another developer's is not found). */
export function testFlow(services: Services): DraftFlow {
  return {
    route: TRY_ROUTE,
    async load(req): Promise<FlowDraft> {
      const staff = staffOf(req);
      const { draftId } = req.params as { draftId: string };
      const draft = await services.builderTryOut.get(staff.municipalityId, draftId, sessionHashOf(req));
      if (!draft) throw notFound();
      const eService = await services.eServices.byId(staff.municipalityId, draft.eServiceId);
      if (!eService) throw notFound();
      return {
        draft,
        eService,
        owner: { kind: 'anonymous', sessionHash: sessionHashOf(req) },
        path: tryPath(draft.id),
        startPath: tryStartPath(eService.id, draft.versionId),
        savedPath: undefined,
        banner: <TestModeBanner t={getTranslator(req.lang)} />,
      };
    },
  };
}

export function registerTryRoutes(app: FastifyInstance, { config, services }: OfficerDeps): void {
  const preHandler = requireStaff(services, 'developer');
  const flow = testFlow(services);

  async function versionOf(req: FastifyRequest) {
    const { versionId } = req.params as { versionId: string };
    const eService = await eServiceOf(services, req);
    const version = await services.builderVersions.getVersion(
      eService.municipalityId,
      eService.id,
      versionId,
    );
    if (!version || version.status === 'retired') throw notFound();
    return { eService, version };
  }

  app.get(START_ROUTE, { preHandler }, async (req, reply) => {
    const { eService, version } = await versionOf(req);
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(reply, 200, <TryStartPage ctx={ctx} eService={eService} version={version} />);
  });

  app.post(START_ROUTE, { preHandler }, async (req, reply) => {
    const { eService, version } = await versionOf(req);
    const staff = staffOf(req);
    const draftId = await services.builderTryOut.start(
      staff.municipalityId,
      eService.id,
      version.id,
      sessionHashOf(req),
    );
    if (!draftId) throw notFound();
    // The language to try in; ?lang= on a GET remembers it (web/plugins/language.ts).
    const lang = postedString((req.body ?? {}) as Record<string, string>, 'lang');
    const query = isUiLang(lang) && tryLanguages().includes(lang) ? `?lang=${lang}` : '';
    return reply.redirect(`${req.basePath}${tryPath(draftId)}${query}`, 303);
  });

  // The try's own pages, each behind the staff guard.
  app.register(async (scope) => {
    scope.addHook('preHandler', preHandler);

    // The try's address without a step: its first step.
    scope.get(TRY_ROUTE, async (req, reply) => {
      const { draft, path } = await flow.load(req);
      const first = evaluate(draft.definition, draft.answers).visibleStepIds[0];
      const to = first ? `steg/${encodeURIComponent(first)}` : 'kontrollera';
      return reply.redirect(`${req.basePath}${path}/${to}`, 303);
    });

    registerFlowStepRoutes(scope, { config, services }, flow);

    function renderCheck(
      req: FastifyRequest,
      reply: FastifyReply,
      loaded: FlowDraft,
      status: number,
      errors: readonly FieldError[],
      notice?: string,
    ) {
      const ctx = pageContext(req, reply, config, 'resident');
      return sendPage(
        reply,
        status,
        <CheckPage
          ctx={ctx}
          eService={loaded.eService}
          definition={loaded.draft.definition}
          answers={loaded.draft.answers}
          path={loaded.path}
          errors={errors}
          notice={notice}
          submitPath={`${loaded.path}/skicka`}
          banner={loaded.banner}
        >
          <EndTryForm ctx={ctx} draftId={loaded.draft.id} />
        </CheckPage>,
      );
    }

    scope.get(`${TRY_ROUTE}/kontrollera`, async (req, reply) => {
      const loaded = await flow.load(req);
      const v = validateSubmission(loaded.draft.definition, loaded.draft.answers, {
        today: stockholmToday(),
      });
      return renderCheck(req, reply, loaded, 200, (req.query as Record<string, unknown>).fel ? v.errors : []);
    });

    // "Skicka": validated as a real submit; nothing is sent, the try ends with a test receipt.
    scope.post(`${TRY_ROUTE}/skicka`, async (req, reply) => {
      const loaded = await flow.load(req);
      const staff = staffOf(req);
      const r = await services.builderTryOut.finish(
        staff.municipalityId,
        loaded.draft.id,
        sessionHashOf(req),
      );
      if (!r.ok && r.reason === 'notFound') throw notFound();
      if (!r.ok) {
        const t = pageContext(req, reply, config, 'resident').t;
        return renderCheck(
          req,
          reply,
          { ...loaded, draft: r.reason === 'invalid' ? r.draft : loaded.draft },
          422,
          r.reason === 'invalid' ? r.errors : [],
          t.t('runner.check.incomplete'),
        );
      }
      const ctx = pageContext(req, reply, config, 'resident');
      return sendPage(
        reply,
        200,
        <TryReceiptPage
          ctx={ctx}
          eService={loaded.eService}
          versionId={r.versionId}
          definition={r.definition}
          answers={r.answers}
        />,
      );
    });

    // End the try without sending: the test draft and its files are deleted.
    scope.post(`${TRY_ROUTE}/avsluta`, async (req, reply) => {
      const loaded = await flow.load(req);
      await services.builderTryOut.end(staffOf(req).municipalityId, loaded.draft.id, sessionHashOf(req));
      return reply.redirect(href({ basePath: req.basePath }, builderPath(loaded.eService.id)), 303);
    });
  });
}
