import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { textIn } from '../../../domain/forms/localize.ts';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { postedString, readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, type FieldError, Radios } from '../../ui/components/index.ts';
import type { OfficerDeps } from '../index.ts';
import { requireStaff } from '../require-staff.ts';
import { caseIdOf, loadCasePage, officerActor } from './load.ts';
import { ToolForm } from './tool-form.tsx';
import { ToolPage } from './tool-page.tsx';
import { redirectToCase, showRefusal } from './tool-result.ts';
import { postedVersion } from './version-fields.tsx';

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
  const pre = { preHandler: requireStaff(services, 'officer') };
  const path = '/handlaggare/arenden/:caseId/farg';

  app.get(path, pre, async (req, reply) => {
    const { page } = await loadCasePage(req, services);
    return renderColour(req, reply, deps, page, { status: 200, errors: [] });
  });

  app.post(path, pre, async (req, reply) => {
    const actor = await officerActor(req, services);
    const form = await readPostedForm(req);
    const v = postedVersion(form.fields);
    const chosen = postedString(form.fields, 'colour');
    const r = await services.officerCase.setColour(actor, caseIdOf(req), {
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
      (page, view) => renderColour(req, reply, deps, page, view.status === 409 ? { ...view, chosen } : view),
    );
  });
}
