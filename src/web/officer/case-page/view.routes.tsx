import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Answers } from '../../../domain/forms/answers.ts';
import { summarizeAnswers } from '../../../domain/forms/format.ts';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { answerTexts } from '../../citizen/runner/answer-texts.ts';
import { notFound } from '../../errors.tsx';
import { postedString, readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, SummaryList } from '../../ui/components/index.ts';
import type { OfficerDeps } from '../index.ts';
import { requireStaff } from '../require-staff.ts';
import { CaseLayout } from './case-layout.tsx';
import { changesSince } from './conflict.ts';
import { caseIdOf, caseRedirect, caseUrl, loadCasePage, officerActor } from './load.ts';
import { noticeFor, noticeQuery } from './notices.ts';
import { postedVersion } from './version-fields.tsx';

function renderView(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: OfficerDeps,
  page: OfficerCasePage,
  state: { status: number; conflict?: CaseHistoryEntry[]; problem?: string },
) {
  const ctx = pageContext(req, reply, deps.config, 'staff');
  const { t } = ctx;
  const steps = summarizeAnswers(page.version.definition, page.c.answers as Answers, {
    lang: ctx.lang,
    texts: answerTexts(t),
  });
  return sendPage(
    reply,
    state.status,
    <CaseLayout
      ctx={ctx}
      page={page}
      tab="view"
      notice={noticeFor(req, t, page)}
      conflict={state.conflict}
      problem={state.problem}
    >
      <h2 class="govuk-heading-m">{t.t('officerCase.view.heading')}</h2>
      {page.settings.answersEditable ? (
        <Button variant="secondary" href={caseUrl(ctx, page.c.id, '/svar')}>
          {t.t('officerCase.view.editAnswers')}
        </Button>
      ) : null}
      {steps.map((s) => (
        <SummaryList
          t={t}
          title={s.title.text}
          titleLevel={3}
          rows={s.questions.map((q) => ({
            key: q.label.text,
            value: q.answered
              ? Array.isArray(q.value)
                ? q.value.join('\n')
                : q.value
              : t.t('officerCase.view.notAnswered'),
          }))}
        />
      ))}
      <p class="govuk-body">
        <a class="govuk-link" href={caseUrl(ctx, page.c.id, '/ansokan.pdf')} download>
          {t.t('officerCase.view.pdf')}
        </a>
      </p>
    </CaseLayout>,
  );
}

/** The case's first tab (the answers), and the header's one-button actions: take the case, flag it. */
export function registerCaseViewRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const { services } = deps;
  const pre = { preHandler: requireStaff(services, 'officer') };

  app.get('/handlaggare/arenden/:caseId', pre, async (req, reply) => {
    const { page } = await loadCasePage(req, services);
    return renderView(req, reply, deps, page, { status: 200 });
  });

  app.post('/handlaggare/arenden/:caseId/ta', pre, async (req, reply) => {
    const actor = await officerActor(req, services);
    const form = await readPostedForm(req);
    const v = postedVersion(form.fields);
    const r = await services.officerCase.takeCase(actor, caseIdOf(req), v.rowVersion);
    if (r.ok) return reply.redirect(caseRedirect(req, caseIdOf(req), '', noticeQuery('taken')), 303);
    const { page } = await loadCasePage(req, services);
    const t = pageContext(req, reply, deps.config, 'staff').t;
    if (r.reason === 'conflict') {
      return renderView(req, reply, deps, page, {
        status: 409,
        conflict: await changesSince(services, page, v.seenEvent),
      });
    }
    const problem = r.reason === 'invalid' ? t.t(`officerCase.take.${r.code}`) : undefined;
    return renderView(req, reply, deps, page, { status: 422, problem });
  });

  app.post('/handlaggare/arenden/:caseId/flagga', pre, async (req, reply) => {
    const actor = await officerActor(req, services);
    const form = await readPostedForm(req);
    const flag = postedString(form.fields, 'flag');
    if (flag !== 'on' && flag !== 'off') {
      const { page } = await loadCasePage(req, services);
      return renderView(req, reply, deps, page, { status: 400 });
    }
    const r = await services.officerCase.setFlag(actor, caseIdOf(req), flag === 'on');
    if (!r.ok) throw notFound();
    return reply.redirect(
      caseRedirect(req, caseIdOf(req), '', noticeQuery(flag === 'on' ? 'flagged' : 'unflagged')),
      303,
    );
  });
}
