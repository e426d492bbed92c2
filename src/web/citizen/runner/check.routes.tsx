import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../domain/forms/errors.ts';
import { validateSubmission } from '../../../domain/forms/validate.ts';
import { notFound } from '../../errors.tsx';
import { pageContext, sendPage } from '../../render.ts';
import { contentLanguage } from '../content-language.ts';
import type { CitizenDeps } from '../index.ts';
import { ownerOf } from '../owner.ts';
import { CheckPage } from './check-page.tsx';
import { type LoadedDraft, loadDraft } from './load-draft.ts';

const stockholmToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

function renderCheck(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: CitizenDeps,
  { draft, eService }: LoadedDraft,
  status: number,
  errors: readonly FieldError[],
  notice?: string,
) {
  const ctx = pageContext(req, reply, deps.config, 'resident');
  return sendPage(
    reply,
    status,
    <CheckPage
      ctx={ctx}
      contentLang={contentLanguage(req, reply, deps.config, eService.offeredLanguages, ctx.lang)}
      eService={eService}
      definition={draft.definition}
      answers={draft.answers}
      path={`/utkast/${draft.id}`}
      errors={errors}
      notice={notice}
      submitPath={`/utkast/${draft.id}/skicka`}
    />,
  );
}

/** "Kontrollera dina svar", and the explicit submit that makes the case. */
export function registerCheckRoutes(app: FastifyInstance, deps: CitizenDeps): void {
  const { services } = deps;

  app.get('/utkast/:draftId/kontrollera', async (req, reply) => {
    const loaded = await loadDraft(req, services);
    const v = validateSubmission(loaded.draft.definition, loaded.draft.answers, { today: stockholmToday() });
    // Unanswered required questions are listed only once the resident has
    // tried to submit; until then the page shows "Ej besvarad" in place.
    return renderCheck(
      req,
      reply,
      deps,
      loaded,
      200,
      (req.query as Record<string, unknown>).fel ? v.errors : [],
    );
  });

  app.post('/utkast/:draftId/skicka', async (req, reply) => {
    const m = req.municipality;
    const owner = ownerOf(req);
    const { draftId } = req.params as { draftId: string };
    if (!m || !owner) throw notFound();
    // A draft already made into a case (double click, a second tab) gives
    // back that case: the resident lands on the same receipt.
    const r = await services.submitCase(m.id, draftId, owner, req.lang);
    if (r.ok) return reply.redirect(`${req.basePath}/arenden/${r.caseId}/kvitto`, 303);
    if (r.reason === 'notFound') throw notFound();
    const loaded = await loadDraft(req, services);
    const t = pageContext(req, reply, deps.config, 'resident').t;
    if (r.reason === 'versionRetired') {
      return renderCheck(req, reply, deps, loaded, 409, [], t.t('runner.versionRetired'));
    }
    return renderCheck(req, reply, deps, loaded, 422, r.errors, t.t('runner.check.incomplete'));
  });
}
