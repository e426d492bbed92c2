import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OfficerCasePage } from '../../../services/officer/case-view.ts';
import { MESSAGE_MAX } from '../../../services/officer/messages.ts';
import { notFound } from '../../errors.tsx';
import { postedString, readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, type FieldError, Form, Textarea } from '../../ui/components/index.ts';
import type { OfficerDeps } from '../index.ts';
import { requireStaff } from '../require-staff.ts';
import { CaseLayout } from './case-layout.tsx';
import { caseIdOf, caseRedirect, caseUrl, loadCasePage, officerActor } from './load.ts';
import { noticeFor, noticeQuery } from './notices.ts';

async function renderMessages(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: OfficerDeps,
  page: OfficerCasePage,
  state: { status: number; errors: FieldError[]; body?: string },
) {
  const { services, config } = deps;
  // Opening the thread is reading it: the applicant's messages get their read receipt.
  await services.officerCase.messages.markApplicantMessagesRead(page.c);
  const messages = await services.officerCase.messages.list(page.c);
  const ctx = pageContext(req, reply, config, 'staff');
  const { t } = ctx;
  return sendPage(
    reply,
    state.status,
    <CaseLayout
      ctx={ctx}
      page={{ ...page, unreadMessages: 0 }}
      tab="messages"
      errors={state.errors}
      notice={noticeFor(req, t, page)}
    >
      <h2 class="govuk-heading-m">{t.t('officerCase.messages.heading')}</h2>
      {messages.length === 0 ? <p class="govuk-body">{t.t('officerCase.messages.none')}</p> : null}
      <ol class="ingang-thread">
        {messages.map((m) => (
          <li
            class={`ingang-thread__message ingang-thread__message--${m.direction === 'to_applicant' ? 'own' : 'other'}`}
          >
            <p class="govuk-body-s govuk-!-margin-bottom-1">
              <strong>
                {m.direction === 'from_applicant'
                  ? t.t('officerCase.messages.fromApplicant', { name: m.authorName })
                  : t.t('officerCase.messages.fromOfficer', { name: m.authorName })}
              </strong>{' '}
              <time datetime={m.createdAt.toISOString()}>{t.date(m.createdAt, true)}</time>
            </p>
            <p class="govuk-body ingang-preserve-lines">
              <bdi>{m.body}</bdi>
            </p>
            <p class="govuk-body-s govuk-!-margin-bottom-0">
              {m.readAt
                ? t.t('officerCase.messages.readAt', { time: t.date(m.readAt, true) })
                : t.t('officerCase.messages.notRead')}
            </p>
          </li>
        ))}
      </ol>
      <Form ctx={ctx} action={caseUrl(ctx, page.c.id, '/meddelanden')}>
        <Textarea
          t={t}
          name="body"
          label={t.t('officerCase.messages.new')}
          labelSize="s"
          hint={t.t('officerCase.messages.hint')}
          value={state.body ?? ''}
          maxLength={MESSAGE_MAX}
          error={state.errors.find((e) => e.field === 'body')?.message}
        />
        <Button preventDoubleClick>{t.t('officerCase.messages.send')}</Button>
      </Form>
    </CaseLayout>,
  );
}

/** Messages: the thread with the applicant, read receipts both ways, and a new message. */
export function registerCaseMessageRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const { services } = deps;
  const pre = { preHandler: requireStaff(services, 'officer') };

  app.get('/handlaggare/arenden/:caseId/meddelanden', pre, async (req, reply) => {
    const { page } = await loadCasePage(req, services);
    return renderMessages(req, reply, deps, page, { status: 200, errors: [] });
  });

  app.post('/handlaggare/arenden/:caseId/meddelanden', pre, async (req, reply) => {
    const actor = await officerActor(req, services);
    const form = await readPostedForm(req);
    const body = postedString(form.fields, 'body');
    const r = await services.officerCase.messages.send(actor, caseIdOf(req), body);
    if (r.ok)
      return reply.redirect(caseRedirect(req, caseIdOf(req), '/meddelanden', noticeQuery('message')), 303);
    if (r.reason !== 'invalid') throw notFound();
    const { page } = await loadCasePage(req, services);
    const t = pageContext(req, reply, deps.config, 'staff').t;
    const message = t.t(`officerCase.messages.${r.code}`, { max: MESSAGE_MAX });
    return renderMessages(req, reply, deps, page, {
      status: 422,
      errors: [{ field: 'body', message }],
      body,
    });
  });
}
