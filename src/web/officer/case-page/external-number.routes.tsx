import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EXTERNAL_CASE_NUMBER_MAX } from '../../../domain/cases/transitions.ts';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { postedString } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, type FieldError, Form, TextInput } from '../../ui/components/index.ts';
import type { OfficerDeps } from '../index.ts';
import { CaseLayout } from './case-layout.tsx';
import { caseUrl } from './load.ts';
import { noticeFor } from './notices.ts';
import { redirectToCase, showRefusal } from './tool-result.ts';
import { registerToolRoutes } from './tool-routes.ts';
import { VersionFields } from './version-fields.tsx';

function renderExternal(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: OfficerDeps,
  page: OfficerCasePage,
  state: { status: number; errors: FieldError[]; value?: string; conflict?: CaseHistoryEntry[] },
) {
  const ctx = pageContext(req, reply, deps.config, 'staff');
  const { t } = ctx;
  return sendPage(
    reply,
    state.status,
    <CaseLayout
      ctx={ctx}
      page={page}
      tab="external"
      errors={state.errors}
      notice={noticeFor(req, t, page)}
      conflict={state.conflict}
    >
      <h2 class="govuk-heading-m">{t.t('officerCase.external.heading')}</h2>
      <Form ctx={ctx} action={caseUrl(ctx, page.c.id, '/externt-arendenummer')}>
        <VersionFields page={page} />
        <TextInput
          t={t}
          name="externalCaseNumber"
          label={t.t('officerCase.external.label')}
          labelSize="s"
          hint={t.t('officerCase.external.hint')}
          value={state.value ?? page.c.external_case_number ?? ''}
          width={20}
          spellcheck={false}
          autocomplete="off"
          requirement="optional"
          error={state.errors.find((e) => e.field === 'externalCaseNumber')?.message}
        />
        <Button preventDoubleClick>{t.t('officerCase.external.save')}</Button>
      </Form>
    </CaseLayout>,
  );
}

/** The back-office system's case number: set or cleared here, shown to the applicant, searchable. */
export function registerExternalNumberRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const { services } = deps;
  registerToolRoutes(app, services, '/externt-arendenummer', {
    show: (req, reply, page) => renderExternal(req, reply, deps, page, { status: 200, errors: [] }),
    post: async (req, reply, { actor, caseId, fields, version: v }) => {
      const value = postedString(fields, 'externalCaseNumber');
      const r = await services.officerCase.setExternalCaseNumber(actor, caseId, {
        rowVersion: v.rowVersion,
        value,
      });
      if (r.ok) {
        const code = value.trim() ? 'external' : 'externalCleared';
        return redirectToCase(req, reply, code, '/externt-arendenummer');
      }
      const t = pageContext(req, reply, deps.config, 'staff').t;
      return showRefusal(
        req,
        services,
        r,
        v.seenEvent,
        (code) => [
          {
            field: 'externalCaseNumber',
            message: t.t(`officerCase.external.${code}`, { max: EXTERNAL_CASE_NUMBER_MAX }),
          },
        ],
        (page, view) => renderExternal(req, reply, deps, page, { ...view, value }),
      );
    },
  });
}
