import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PostedFields } from '../../../domain/forms/answers.ts';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { postedString } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, Checkboxes, type FieldError, WarningText } from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import { href } from '../../ui/page-context.ts';
import type { OfficerDeps } from '../index.ts';
import { staffNav } from '../staff-nav.ts';
import { caseUrl } from './load.ts';
import { ToolForm } from './tool-form.tsx';
import { ToolPage } from './tool-page.tsx';
import { redirectToCase, showRefusal } from './tool-result.ts';
import { registerToolRoutes } from './tool-routes.ts';

/** The tool's path below the case. */
const PATH = '/handlaggare';

function postedList(fields: PostedFields, name: string): string[] {
  const v = fields[name];
  return typeof v === 'string' ? [v] : Array.isArray(v) ? [...v] : [];
}

interface OfficersState {
  status: number;
  errors: FieldError[];
  selected?: readonly string[];
  conflict?: CaseHistoryEntry[];
  /** A restricted officer is removing themselves: ask before doing it. */
  confirm?: boolean;
}

function renderOfficers(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: OfficerDeps,
  page: OfficerCasePage,
  state: OfficersState,
) {
  const ctx = pageContext(req, reply, deps.config, 'staff');
  const { t } = ctx;
  const selected = state.selected ?? page.c.officerIds;
  if (state.confirm) {
    return sendPage(
      reply,
      state.status,
      <ToolPage ctx={ctx} page={page} title={t.t('officerCase.officers.confirmTitle')}>
        <WarningText t={t}>{t.t('officerCase.officers.confirmWarning')}</WarningText>
        <ToolForm
          ctx={ctx}
          page={page}
          path={PATH}
          submit={<Button variant="warning">{t.t('officerCase.officers.confirm')}</Button>}
          cancelHref={caseUrl(ctx, page.c.id, PATH)}
        >
          {selected.map((id) => (
            <input type="hidden" name="officers" value={id} />
          ))}
          <input type="hidden" name="confirmSelfRemoval" value="yes" />
        </ToolForm>
      </ToolPage>,
    );
  }
  const handlerIds = new Set(page.handlers.map((h) => h.id));
  // Officers on the case who no longer handle the e-service stay listed, so they can be taken off.
  const people = [
    ...page.handlers.map((h) => ({
      id: h.id,
      name: h.name,
      hint: h.restricted ? t.t('officerCase.officers.restricted') : undefined,
    })),
    ...page.officers
      .filter((o) => !handlerIds.has(o.id))
      .map((o) => ({ id: o.id, name: o.name, hint: t.t('officerCase.officers.notHandlerAnyMore') })),
  ];
  return sendPage(
    reply,
    state.status,
    <ToolPage
      ctx={ctx}
      page={page}
      title={t.t('officerCase.officers.title')}
      errors={state.errors}
      conflict={state.conflict}
    >
      {people.length === 0 ? <p class="govuk-body">{t.t('officerCase.officers.noHandlers')}</p> : null}
      <ToolForm
        ctx={ctx}
        page={page}
        path={PATH}
        submit={<Button preventDoubleClick>{t.t('officerCase.officers.save')}</Button>}
      >
        {people.length > 0 ? (
          <Checkboxes
            t={t}
            name="officers"
            legend={t.t('officerCase.officers.legend')}
            legendSize="m"
            hint={t.t('officerCase.officers.hint')}
            requirement="optional"
            values={selected}
            error={state.errors.find((e) => e.field === 'officers')?.message}
            items={people.map((p) => ({ value: p.id, label: p.name, hint: p.hint }))}
          />
        ) : null}
      </ToolForm>
    </ToolPage>,
  );
}

/** Change officers: the e-service's handlers as checkboxes; a restricted officer confirms leaving. */
export function registerCaseOfficerRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const { services, config } = deps;
  registerToolRoutes(app, services, PATH, {
    show: (req, reply, page) => renderOfficers(req, reply, deps, page, { status: 200, errors: [] }),
    post: async (req, reply, { actor, caseId, fields, version: v }) => {
      const selected = postedList(fields, 'officers');
      const r = await services.officerCase.setOfficers(actor, caseId, {
        rowVersion: v.rowVersion,
        officerIds: selected,
        confirmSelfRemoval: postedString(fields, 'confirmSelfRemoval') === 'yes',
      });
      if (r.ok && r.stillVisible) return redirectToCase(req, reply, 'officers');
      if (r.ok) {
        // The restricted officer took themselves off: the case is out of their sight now.
        const ctx = pageContext(req, reply, config, 'staff');
        const { t } = ctx;
        const title = t.t('officerCase.officers.removedSelfTitle');
        return sendPage(
          reply,
          200,
          <Page ctx={ctx} title={title} navItems={staffNav(ctx)}>
            <h1 class="govuk-heading-l">{title}</h1>
            <p class="govuk-body">{t.t('officerCase.officers.removedSelf', { number: r.caseNumber })}</p>
            <p class="govuk-body">
              <a class="govuk-link" href={href(ctx, '/handlaggare/arenden')}>
                {t.t('officerCase.toList')}
              </a>
            </p>
          </Page>,
        );
      }
      const t = pageContext(req, reply, config, 'staff').t;
      return showRefusal(
        req,
        services,
        r,
        v.seenEvent,
        () => [{ field: 'officers', message: t.t('officerCase.officers.notHandler') }],
        (page, view) =>
          // Not an error: a restricted officer taking themselves off is asked first.
          'code' in view && view.code === 'confirmSelfRemoval'
            ? renderOfficers(req, reply, deps, page, { status: 200, errors: [], selected, confirm: true })
            : renderOfficers(req, reply, deps, page, { ...view, selected }),
      );
    },
  });
}
