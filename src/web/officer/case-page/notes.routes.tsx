import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OfficerCasePage } from '../../../services/officer/case-view.ts';
import { NOTE_MAX } from '../../../services/officer/notes.ts';
import { notFound } from '../../errors.tsx';
import { postedString, readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, type FieldError, Form, Textarea } from '../../ui/components/index.ts';
import type { OfficerDeps } from '../index.ts';
import { requireStaff } from '../require-staff.ts';
import { CaseLayout } from './case-layout.tsx';
import { caseIdOf, caseRedirect, caseUrl, loadCasePage, officerActor } from './load.ts';
import { noticeFor, noticeQuery } from './notices.ts';

async function renderNotes(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: OfficerDeps,
  page: OfficerCasePage,
  state: { status: number; errors: FieldError[]; body?: string },
) {
  const notes = await deps.services.officerCase.notes.list(page.c);
  const ctx = pageContext(req, reply, deps.config, 'staff');
  const { t } = ctx;
  return sendPage(
    reply,
    state.status,
    <CaseLayout ctx={ctx} page={page} tab="notes" errors={state.errors} notice={noticeFor(req, t, page)}>
      <h2 class="govuk-heading-m">{t.t('officerCase.notes.heading')}</h2>
      <p class="govuk-inset-text">{t.t('officerCase.notes.lead')}</p>
      {notes.length === 0 ? <p class="govuk-body">{t.t('officerCase.notes.none')}</p> : null}
      <ol class="govuk-list">
        {notes.map((n) => (
          <li class="govuk-!-margin-bottom-4">
            <p class="govuk-body-s govuk-!-margin-bottom-1">
              <strong>{n.authorName}</strong>{' '}
              <time datetime={n.createdAt.toISOString()}>{t.date(n.createdAt, true)}</time>
            </p>
            <p class="govuk-body ingang-preserve-lines">
              <bdi>{n.body}</bdi>
            </p>
          </li>
        ))}
      </ol>
      <Form ctx={ctx} action={caseUrl(ctx, page.c.id, '/anteckningar')}>
        <Textarea
          t={t}
          name="body"
          label={t.t('officerCase.notes.new')}
          labelSize="s"
          value={state.body ?? ''}
          maxLength={NOTE_MAX}
          error={state.errors.find((e) => e.field === 'body')?.message}
        />
        <Button preventDoubleClick>{t.t('officerCase.notes.add')}</Button>
      </Form>
    </CaseLayout>,
  );
}

/** Internal notes: officers only; the resident's page never lists them or their events. */
export function registerCaseNoteRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const { services } = deps;
  const pre = { preHandler: requireStaff(services, 'officer') };

  app.get('/handlaggare/arenden/:caseId/anteckningar', pre, async (req, reply) => {
    const { page } = await loadCasePage(req, services);
    return renderNotes(req, reply, deps, page, { status: 200, errors: [] });
  });

  app.post('/handlaggare/arenden/:caseId/anteckningar', pre, async (req, reply) => {
    const actor = await officerActor(req, services);
    const form = await readPostedForm(req);
    const body = postedString(form.fields, 'body');
    const r = await services.officerCase.notes.add(actor, caseIdOf(req), body);
    if (r.ok)
      return reply.redirect(caseRedirect(req, caseIdOf(req), '/anteckningar', noticeQuery('note')), 303);
    if (r.reason !== 'invalid') throw notFound();
    const { page } = await loadCasePage(req, services);
    const t = pageContext(req, reply, deps.config, 'staff').t;
    const message = t.t(`officerCase.notes.${r.code}`, { max: NOTE_MAX });
    return renderNotes(req, reply, deps, page, { status: 422, errors: [{ field: 'body', message }], body });
  });
}
