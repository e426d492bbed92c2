import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../domain/forms/errors.ts';
import { summarizeAnswers } from '../../../domain/forms/format.ts';
import { validateSubmission } from '../../../domain/forms/validate.ts';
import { notFound } from '../../errors.tsx';
import { pageContext, sendPage } from '../../render.ts';
import { fieldId } from '../../ui/components/field-id.ts';
import { Button, Form, SummaryList } from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import { href } from '../../ui/page-context.ts';
import { errorMessage } from '../../ui/questions/error-messages.ts';
import { questionAnchor } from '../../ui/questions/index.ts';
import type { CitizenDeps } from '../index.ts';
import { Localized, plainText } from '../localized.tsx';
import { ownerOf } from '../owner.ts';
import { answerTexts } from './answer-texts.ts';
import { type LoadedDraft, loadDraft } from './load-draft.ts';
import { stepUrl } from './step-page.tsx';

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
  const t = ctx.t;
  const steps = summarizeAnswers(draft.definition, draft.answers, { lang: ctx.lang, texts: answerTexts(t) });
  // Problems left on the check page belong to steps: link to the field there.
  const summaryErrors = errors.map((e) => {
    const q = draft.definition.steps.flatMap((s) => s.questions).find((x) => x.key === e.questionKey);
    return {
      field: e.field,
      message: q ? errorMessage(t, ctx.lang, q, e) : e.code,
      href: `${stepUrl(ctx, draft.id, e.stepId, true)}#${fieldId(e.field)}`,
    };
  });
  const title = t.t('runner.check.title');
  return sendPage(
    reply,
    status,
    <Page
      ctx={ctx}
      title={`${title} – ${plainText(eService.name, ctx.lang)}`}
      errors={summaryErrors}
      backLink={steps.length ? stepUrl(ctx, draft.id, steps[steps.length - 1]?.step.id ?? '') : undefined}
    >
      <span class="govuk-caption-l">
        <Localized text={eService.name} lang={ctx.lang} />
      </span>
      <h1 class="govuk-heading-l">{title}</h1>
      {notice ? <p class="govuk-inset-text">{notice}</p> : null}
      <p class="govuk-body">{t.t('runner.check.lead')}</p>
      {steps.map((s) => (
        <SummaryList
          t={t}
          title={s.title.text}
          titleLevel={2}
          rows={s.questions.map((q) => ({
            key: q.label.fellBack ? (
              <span lang="sv" dir="ltr">
                {q.label.text}
              </span>
            ) : (
              q.label.text
            ),
            changeContext: q.label.text,
            value: q.answered ? (
              Array.isArray(q.value) ? (
                <ul class="govuk-list">
                  {q.value.map((line) => (
                    <li>
                      <bdi>{line}</bdi>
                    </li>
                  ))}
                </ul>
              ) : (
                <bdi class="ingang-preserve-lines">{q.value}</bdi>
              )
            ) : (
              <span class="ingang-muted">{t.t('runner.check.notAnswered')}</span>
            ),
            // The question's wrapper, not its control: the label shows and Tab starts there.
            changeHref: `${stepUrl(ctx, draft.id, s.step.id, true)}#${questionAnchor(q.question.key)}`,
          }))}
        />
      ))}
      <h2 class="govuk-heading-m">{t.t('runner.check.declarationTitle')}</h2>
      <p class="govuk-body">{t.t('runner.check.declaration')}</p>
      <Form ctx={ctx} action={href(ctx, `/utkast/${draft.id}/skicka`)}>
        <Button preventDoubleClick>{t.t('runner.check.submit')}</Button>
      </Form>
    </Page>,
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
