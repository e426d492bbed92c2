import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkDelete } from '../../../domain/cases/transitions.ts';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, NotificationBanner, WarningText } from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import { href } from '../../ui/page-context.ts';
import type { OfficerDeps } from '../index.ts';
import { staffNav } from '../staff-nav.ts';
import { statusName } from './event-text.ts';
import { caseUrl } from './load.ts';
import { ToolForm } from './tool-form.tsx';
import { ToolPage } from './tool-page.tsx';
import { showRefusal } from './tool-result.ts';
import { registerToolRoutes } from './tool-routes.ts';

function renderDelete(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: OfficerDeps,
  page: OfficerCasePage,
  state: { status: number; conflict?: CaseHistoryEntry[] },
) {
  const ctx = pageContext(req, reply, deps.config, 'staff');
  const { t } = ctx;
  const allowed = checkDelete(page.settings.statusSet, page.c.status).ok;
  return sendPage(
    reply,
    state.status,
    <ToolPage ctx={ctx} page={page} title={t.t('officerCase.delete.title')} conflict={state.conflict}>
      {allowed ? (
        <>
          <WarningText t={t}>{t.t('officerCase.delete.warning')}</WarningText>
          <ToolForm
            ctx={ctx}
            page={page}
            path="/radera"
            submit={
              <Button variant="warning" preventDoubleClick>
                {t.t('officerCase.delete.confirm')}
              </Button>
            }
          />
        </>
      ) : (
        <>
          <NotificationBanner t={t}>
            {t.t('officerCase.delete.statusForbids', { status: statusName(t, page.settings, page.c.status) })}
          </NotificationBanner>
          <p class="govuk-body">
            <a class="govuk-link" href={caseUrl(ctx, page.c.id)}>
              {t.t('officerCase.backToCase')}
            </a>
          </p>
        </>
      )}
    </ToolPage>,
  );
}

/** Delete: a confirmation page, only where the status allows it; an audit event remains. */
export function registerDeleteRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const { services, config } = deps;
  registerToolRoutes(app, services, '/radera', {
    show: (req, reply, page) => renderDelete(req, reply, deps, page, { status: 200 }),
    post: async (req, reply, { actor, caseId, version: v }) => {
      const r = await services.officerCase.deleteCase(actor, caseId, v.rowVersion);
      if (r.ok) {
        const ctx = pageContext(req, reply, config, 'staff');
        const { t } = ctx;
        const title = t.t('officerCase.delete.doneTitle');
        return sendPage(
          reply,
          200,
          <Page ctx={ctx} title={title} navItems={staffNav(ctx)}>
            <NotificationBanner t={t} type="success">
              {t.t('officerCase.delete.done', { number: r.caseNumber })}
            </NotificationBanner>
            <h1 class="govuk-heading-l">{title}</h1>
            <p class="govuk-body">
              <a class="govuk-link" href={href(ctx, '/handlaggare/arenden')}>
                {t.t('officerCase.toList')}
              </a>
            </p>
          </Page>,
        );
      }
      // The status forbids deleting: the page says so itself, no field is at fault.
      return showRefusal(
        req,
        services,
        r,
        v.seenEvent,
        () => [],
        (page, view) => renderDelete(req, reply, deps, page, view),
      );
    },
  });
}
