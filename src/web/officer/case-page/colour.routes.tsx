import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { textIn } from '../../../domain/forms/localize.ts';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { postedString } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, type FieldError, Radios } from '../../ui/components/index.ts';
import type { OfficerDeps } from '../index.ts';
import { ToolForm } from './tool-form.tsx';
import { ToolPage } from './tool-page.tsx';
import { redirectToCase, showRefusal } from './tool-result.ts';
import { registerToolRoutes } from './tool-routes.ts';

/** The radio value for "no colour label". */
const NONE = 'none';

function renderColour(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: OfficerDeps,
  page: OfficerCasePage,
  state: { status: number; errors: FieldError[]; chosen?: string; conflict?: CaseHistoryEntry[] },
) {
  const ctx = pageContext(req, reply, deps.config, 'staff');
  const { t } = ctx;
  return sendPage(
    reply,
    state.status,
    <ToolPage
      ctx={ctx}
      page={page}
      title={t.t('officerCase.colour.title')}
      errors={state.errors}
      conflict={state.conflict}
    >
      <ToolForm
        ctx={ctx}
        page={page}
        path="/farg"
        submit={<Button preventDoubleClick>{t.t('officerCase.colour.save')}</Button>}
      >
        <Radios
          t={t}
          name="colour"
          legend={t.t('officerCase.colour.legend')}
          legendSize="m"
          value={state.chosen ?? page.c.colour ?? NONE}
          error={state.errors.find((e) => e.field === 'colour')?.message}
          items={[
            ...page.settings.colourLabels.map((l) => ({ value: l.key, label: textIn(l.meaning, ctx.lang) })),
            { divider: true as const },
            { value: NONE, label: t.t('officerCase.colour.none') },
          ]}
        />
      </ToolForm>
    </ToolPage>,
  );
}

/** Colour label: from the e-service's labels or the default palette, or none. */
export function registerColourRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const { services } = deps;
  registerToolRoutes(app, services, '/farg', {
    show: (req, reply, page) => renderColour(req, reply, deps, page, { status: 200, errors: [] }),
    post: async (req, reply, { actor, caseId, fields, version: v }) => {
      const chosen = postedString(fields, 'colour');
      const r = await services.officerCase.setColour(actor, caseId, {
        rowVersion: v.rowVersion,
        colour: chosen === NONE ? null : chosen,
      });
      if (r.ok) return redirectToCase(req, reply, 'colour');
      const t = pageContext(req, reply, deps.config, 'staff').t;
      return showRefusal(
        req,
        services,
        r,
        v.seenEvent,
        (code) => [{ field: 'colour', message: t.t(`officerCase.colour.${code}`) }],
        // An unknown colour is not kept: the radios show the case's colour again.
        (page, view) =>
          renderColour(req, reply, deps, page, view.status === 409 ? { ...view, chosen } : view),
      );
    },
  });
}
