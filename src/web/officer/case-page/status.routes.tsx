import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { textIn } from '../../../domain/forms/localize.ts';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { MESSAGE_MAX } from '../../../services/officer/messages.ts';
import { postedString } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, Checkboxes, type FieldError, Radios, Textarea } from '../../ui/components/index.ts';
import type { OfficerDeps } from '../index.ts';
import { loadCasePage } from './load.ts';
import { CaseStatusTag } from './tags.tsx';
import { ToolForm } from './tool-form.tsx';
import { ToolPage } from './tool-page.tsx';
import { redirectToCase, showRefusal } from './tool-result.ts';
import { registerToolRoutes } from './tool-routes.ts';

interface StatusFormState {
  status: number;
  errors: FieldError[];
  chosen?: string;
  message?: string;
  noNotify?: boolean;
  conflict?: CaseHistoryEntry[];
}

function renderStatus(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: OfficerDeps,
  page: OfficerCasePage,
  state: StatusFormState,
) {
  const ctx = pageContext(req, reply, deps.config, 'staff');
  const { t } = ctx;
  const err = (field: string) => state.errors.find((e) => e.field === field)?.message;
  return sendPage(
    reply,
    state.status,
    <ToolPage
      ctx={ctx}
      page={page}
      title={t.t('officerCase.status.title')}
      errors={state.errors}
      conflict={state.conflict}
    >
      <p class="govuk-body">
        {t.t('officerCase.status.current')}:{' '}
        <CaseStatusTag settings={page.settings} status={page.c.status} lang={ctx.lang} />
      </p>
      <ToolForm
        ctx={ctx}
        page={page}
        path="/status"
        submit={<Button preventDoubleClick>{t.t('officerCase.status.save')}</Button>}
      >
        <Radios
          t={t}
          name="status"
          legend={t.t('officerCase.status.legend')}
          legendSize="m"
          value={state.chosen ?? null}
          error={err('status')}
          items={page.settings.statusSet.map((s) => ({
            value: s.key,
            label: textIn(s.name, ctx.lang),
            hint:
              [
                s.key === page.c.status ? t.t('officerCase.status.current') : '',
                s.closed ? t.t('officerCase.status.closes') : '',
                s.applicantMayEdit ? t.t('officerCase.status.applicantMayEdit') : '',
              ]
                .filter(Boolean)
                .join('. ') || undefined,
          }))}
        />
        <Textarea
          t={t}
          name="message"
          label={t.t('officerCase.status.message')}
          labelSize="s"
          hint={t.t('officerCase.status.messageHint')}
          requirement="optional"
          value={state.message ?? ''}
          maxLength={MESSAGE_MAX}
          error={err('message')}
        />
        <Checkboxes
          t={t}
          name="noNotify"
          legend={t.t('officerCase.status.notify')}
          legendSize="s"
          small
          values={state.noNotify ? ['yes'] : []}
          items={[
            {
              value: 'yes',
              label: t.t('officerCase.status.noNotify'),
              hint: t.t('officerCase.status.noNotifyHint'),
            },
          ]}
        />
      </ToolForm>
    </ToolPage>,
  );
}

/** Change status: from the e-service's set, with an optional message and "do not notify". */
export function registerStatusRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const { services } = deps;
  registerToolRoutes(app, services, '/status', {
    show: (req, reply, page) => renderStatus(req, reply, deps, page, { status: 200, errors: [] }),
    post: async (req, reply, { actor, caseId, fields, version: v }) => {
      const chosen = postedString(fields, 'status');
      const message = postedString(fields, 'message');
      const noNotify = postedString(fields, 'noNotify') === 'yes';
      const kept = { chosen, message, noNotify };
      const t = pageContext(req, reply, deps.config, 'staff').t;
      if (!chosen) {
        const { page } = await loadCasePage(req, services);
        const errors = [{ field: 'status', message: t.t('officerCase.status.required') }];
        return renderStatus(req, reply, deps, page, { status: 422, errors, ...kept });
      }
      const r = await services.officerCase.changeStatus(actor, caseId, {
        rowVersion: v.rowVersion,
        status: chosen,
        message,
        notifyApplicant: !noNotify,
      });
      if (r.ok) return redirectToCase(req, reply, 'status');
      return showRefusal(
        req,
        services,
        r,
        v.seenEvent,
        (code) => [
          {
            field: code === 'messageTooLong' ? 'message' : 'status',
            message: t.t(`officerCase.status.${code}`, { max: MESSAGE_MAX }),
          },
        ],
        (page, view) => renderStatus(req, reply, deps, page, { ...view, ...kept }),
      );
    },
  });
}
