import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { textIn } from '../../../domain/forms/localize.ts';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { notFound } from '../../errors.tsx';
import { postedString, readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, ButtonGroup, type FieldError, Form, Radios } from '../../ui/components/index.ts';
import type { OfficerDeps } from '../index.ts';
import { requireStaff } from '../require-staff.ts';
import { changesSince } from './conflict.ts';
import { caseIdOf, caseRedirect, caseUrl, loadCasePage, officerActor } from './load.ts';
import { noticeQuery } from './notices.ts';
import { ToolPage } from './tool-page.tsx';
import { postedVersion, VersionFields } from './version-fields.tsx';

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
      <Form ctx={ctx} action={caseUrl(ctx, page.c.id, '/farg')}>
        <VersionFields page={page} />
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
        <ButtonGroup>
          <Button preventDoubleClick>{t.t('officerCase.colour.save')}</Button>
          <a class="govuk-link" href={caseUrl(ctx, page.c.id)}>
            {t.t('officerCase.cancel')}
          </a>
        </ButtonGroup>
      </Form>
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
    if (r.ok) return reply.redirect(caseRedirect(req, caseIdOf(req), '', noticeQuery('colour')), 303);
    if (r.reason === 'notFound') throw notFound();
    const { page } = await loadCasePage(req, services);
    if (r.reason === 'conflict') {
      const conflict = await changesSince(services, page, v.seenEvent);
      return renderColour(req, reply, deps, page, { status: 409, errors: [], chosen, conflict });
    }
    const t = pageContext(req, reply, deps.config, 'staff').t;
    const errors = [{ field: 'colour', message: t.t(`officerCase.colour.${r.code}`) }];
    return renderColour(req, reply, deps, page, { status: 422, errors });
  });
}
