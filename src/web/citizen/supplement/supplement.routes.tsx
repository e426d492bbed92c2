import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../domain/forms/errors.ts';
import type { DraftOwner } from '../../../services/drafts/draft-owner.ts';
import { notFound } from '../../errors.tsx';
import { postedString, readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, Form } from '../../ui/components/index.ts';
import { href } from '../../ui/page-context.ts';
import { contentLanguage } from '../content-language.ts';
import type { CitizenDeps } from '../index.ts';
import { loadResidentCase } from '../load-case.ts';
import { ownerOf } from '../owner.ts';
import { CheckPage } from '../runner/check-page.tsx';
import { registerFlowStepRoutes } from '../runner/step.routes.tsx';
import {
  casePagePath,
  type LoadedSupplementPage,
  loadSupplement,
  supplementFlow,
  supplementPath,
} from './load-supplement.ts';
import { SupplementSentPage, SupplementStoppedPage } from './supplement-pages.tsx';

function requester(req: FastifyRequest): { municipalityId: string; owner: DraftOwner; caseId: string } {
  const m = req.municipality;
  const owner = ownerOf(req);
  if (!m || !owner) throw notFound();
  return { municipalityId: m.id, owner, caseId: (req.params as { caseId: string }).caseId };
}

function renderCheck(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: CitizenDeps,
  s: LoadedSupplementPage,
  status: number,
  errors: readonly FieldError[] = [],
  notice?: string,
) {
  const ctx = pageContext(req, reply, deps.config, 'resident');
  const t = ctx.t;
  return sendPage(
    reply,
    status,
    <CheckPage
      ctx={ctx}
      contentLang={contentLanguage(req, reply, deps.config, s.eService.offeredLanguages, ctx.lang)}
      eService={s.eService}
      definition={s.draft.definition}
      answers={s.draft.answers}
      path={s.path}
      errors={errors}
      notice={notice}
      texts={{
        title: t.t('supplement.check.title'),
        lead: t.t('supplement.check.lead'),
        declarationTitle: t.t('supplement.check.declarationTitle'),
        declaration: t.t('supplement.check.declaration'),
        submit: t.t('supplement.check.submit'),
      }}
      submitPath={`${s.path}/skicka`}
      // The draft sent: a second post of the same one (double click) is recognised.
      submitFields={<input type="hidden" name="utkast" value={s.draft.id} />}
    >
      <h2 class="govuk-heading-m">{t.t('supplement.cancelTitle')}</h2>
      <Form ctx={ctx} action={href(ctx, `${s.path}/avbryt`)}>
        <Button variant="secondary">{t.t('supplement.cancel')}</Button>
      </Form>
    </CheckPage>,
  );
}

function renderStopped(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: CitizenDeps,
  s: Pick<LoadedSupplementPage, 'eService' | 'owner'> & { caseId: string },
  reason: 'notEditable' | 'answersChanged',
) {
  return sendPage(
    reply,
    409,
    <SupplementStoppedPage
      ctx={pageContext(req, reply, deps.config, 'resident')}
      eService={s.eService}
      caseId={s.caseId}
      casePagePath={casePagePath(s.owner, s.caseId)}
      reason={reason}
    />,
  );
}

/**
 * The applicant's supplement (komplettering), while the case's status lets
 * them edit: start from the case page, change answers on the runner's step
 * pages, check and send, or cancel. Every route is the case owner's only.
 */
export function registerSupplementRoutes(app: FastifyInstance, deps: CitizenDeps): void {
  const { services } = deps;

  // Start, or resume; `omstart` throws earlier editing away first.
  app.post('/mina-sidor/arenden/:caseId/komplettera', async (req, reply) => {
    const { municipalityId, owner, caseId } = requester(req);
    const form = await readPostedForm(req);
    const restart = postedString(form.fields, 'omstart') === '1';
    const r = await services.supplements.start(municipalityId, caseId, owner, { restart });
    if (r.ok) return reply.redirect(`${req.basePath}${supplementPath(caseId)}/kontrollera`, 303);
    if (r.reason === 'notFound') throw notFound();
    const { theCase, eService } = await loadResidentCase(req, services);
    return renderStopped(req, reply, deps, { eService, owner, caseId: theCase.id }, 'notEditable');
  });

  app.get('/mina-sidor/arenden/:caseId/komplettering', async (req, reply) => {
    const s = await loadSupplement(req, services);
    return reply.redirect(`${req.basePath}${s.path}/kontrollera`, 303);
  });

  registerFlowStepRoutes(app, deps, supplementFlow(services));

  app.get('/mina-sidor/arenden/:caseId/komplettering/kontrollera', async (req, reply) => {
    const s = await loadSupplement(req, services);
    if (!s.editable) return renderStopped(req, reply, deps, { ...s, caseId: s.theCase.id }, 'notEditable');
    return renderCheck(req, reply, deps, s, 200);
  });

  app.post('/mina-sidor/arenden/:caseId/komplettering/skicka', async (req, reply) => {
    const { municipalityId, owner, caseId } = requester(req);
    const form = await readPostedForm(req);
    const draftId = postedString(form.fields, 'utkast');
    const r = await services.supplements.submit(municipalityId, caseId, draftId, owner);
    if (r.ok) return reply.redirect(`${req.basePath}${supplementPath(caseId)}/skickad`, 303);
    if (r.reason === 'notFound') throw notFound();
    const s = await loadSupplement(req, services);
    if (r.reason === 'invalid') {
      const t = pageContext(req, reply, deps.config, 'resident').t;
      return renderCheck(req, reply, deps, s, 422, r.errors, t.t('supplement.check.incomplete'));
    }
    return renderStopped(req, reply, deps, { ...s, caseId: s.theCase.id }, r.reason);
  });

  app.post('/mina-sidor/arenden/:caseId/komplettering/avbryt', async (req, reply) => {
    const { municipalityId, owner, caseId } = requester(req);
    if (!(await services.supplements.cancel(municipalityId, caseId, owner))) throw notFound();
    return reply.redirect(`${req.basePath}${casePagePath(owner, caseId)}`, 303);
  });

  app.get('/mina-sidor/arenden/:caseId/komplettering/skickad', async (req, reply) => {
    const { theCase, eService } = await loadResidentCase(req, services);
    const owner = requester(req).owner;
    return sendPage(
      reply,
      200,
      <SupplementSentPage
        ctx={pageContext(req, reply, deps.config, 'resident')}
        eService={eService}
        caseId={theCase.id}
        caseNumber={theCase.caseNumber}
        casePagePath={casePagePath(owner, theCase.id)}
      />,
    );
  });
}
