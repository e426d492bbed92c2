import type { FastifyInstance } from 'fastify';
import { caseListSearch } from '../../domain/cases/case-list-query.ts';
import type { BulkRefused, BulkResult } from '../../services/officer/bulk-actions.ts';
import { parseSelection } from '../../services/officer/bulk-selection.ts';
import { pageContext, sendPage } from '../render.ts';
import type { FieldError } from '../ui/components/index.ts';
import type { Translator } from '../ui/i18n/translator.ts';
import { href } from '../ui/page-context.ts';
import { BulkPage, type BulkStep, MixedVersionsPage } from './bulk-pages.tsx';
import { officerActor, renderCaseList, returnedQuery } from './case-list-render.tsx';
import type { OfficerDeps } from './index.ts';
import { requireStaff } from './require-staff.ts';

type Body = Record<string, unknown>;

const list = (v: unknown): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');

/** The error shown on the list when a selection is refused as a whole. */
function selectionError(t: Translator, r: BulkRefused, body: Body): FieldError {
  const field = { field: 'cases', href: '#case-table' };
  switch (r.reason) {
    case 'invalidSelection':
      return {
        ...field,
        message: t.t(
          body.cases === undefined ? 'caseList.bulk.noneSelected' : 'caseList.bulk.invalidSelection',
        ),
      };
    case 'notVisible':
      return { ...field, message: t.t('caseList.bulk.notVisible') };
    case 'conflict':
      return { ...field, message: t.t('caseList.bulk.conflict', { caseNumbers: r.caseNumbers.join(', ') }) };
    default:
      return { ...field, message: t.t('caseList.bulk.invalidSelection') };
  }
}

/**
 * POST /:kommun/handlaggare/arenden — the bulk actions of the case list.
 * "Ta ärendena" is done at once; "Exportera" goes on to the export with the
 * checked ids; the others first show a page to choose officers, colour or
 * status (`step=apply` then makes the change). A refused selection (none
 * checked, tampered, not visible, changed meanwhile) shows the list again
 * with the reason, and nothing is changed.
 */
export function registerBulkRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const { services, config } = deps;

  app.post('/handlaggare/arenden', { preHandler: requireStaff(services, 'officer') }, async (req, reply) => {
    const body = (req.body ?? {}) as Body;
    const actor = await officerActor(deps, req);
    const t = pageContext(req, reply, config, 'staff').t;
    const back = returnedQuery(body);
    const selected = parseSelection(body.cases);
    const action = body.action;
    const refuse = (r: BulkRefused, status = r.reason === 'conflict' ? 409 : 422) =>
      renderCaseList(deps, req, reply, back.raw, { status, errors: [selectionError(t, r, body)] });
    const finish = (r: BulkResult, step: 'take' | BulkStep) => {
      if (!r.ok) return r.reason === 'invalid' || r.reason === 'mixedVersions' ? null : refuse(r);
      const done = new URLSearchParams({
        done: step,
        changed: String(r.changed.length),
        unchanged: String(r.unchanged.length),
      });
      const search = caseListSearch(back.query);
      return reply.redirect(
        `${href({ basePath: req.basePath }, '/handlaggare/arenden')}${search ? `${search}&` : '?'}${done}`,
        303,
      );
    };

    if (action === 'take') {
      const r = await services.caseList.bulk.take(actor, selected);
      return finish(r, 'take') ?? refuse({ ok: false, reason: 'notVisible' });
    }
    // Issue 6: "Skapa utskick" goes on to the broadcast page with the checked cases.
    if (action === 'broadcast') {
      const options = await services.caseList.bulkOptions(actor, selected);
      if (!options.ok) return refuse(options);
      const ids = options.value.cases.map((c) => c.id).join(',');
      return reply.redirect(`${href({ basePath: req.basePath }, '/handlaggare/utskick')}?cases=${ids}`, 303);
    }
    if (action === 'export') {
      const options = await services.caseList.bulkOptions(actor, selected);
      if (!options.ok) return refuse(options);
      const ids = options.value.cases.map((c) => c.id).join(',');
      return reply.redirect(`${href({ basePath: req.basePath }, '/handlaggare/export')}?cases=${ids}`, 303);
    }
    if (action !== 'officers' && action !== 'colour' && action !== 'status') {
      return refuse({ ok: false, reason: 'invalidSelection' }, 400);
    }

    const options = await services.caseList.bulkOptions(actor, selected);
    if (!options.ok) return refuse(options);
    const ctx = pageContext(req, reply, config, 'staff');
    const [facets, settings] = await Promise.all([
      services.caseList.facets(actor.scope),
      services.caseList.settings.load(actor.scope.municipalityId, actor.principal.id),
    ]);
    if (action === 'status' && options.value.versions.length !== 1) {
      return sendPage(
        reply,
        422,
        <MixedVersionsPage ctx={ctx} options={options.value} facets={facets} returnQuery={back.query} />,
      );
    }
    const chosen = {
      officers: list(body.officers),
      colour: typeof body.colour === 'string' ? body.colour : undefined,
      status: typeof body.status === 'string' ? body.status : undefined,
      noNotify: body.noNotify === 'yes',
    };
    const page = (status: number, errors: FieldError[], keep: boolean) =>
      sendPage(
        reply,
        status,
        <BulkPage
          ctx={ctx}
          step={action}
          options={options.value}
          facets={facets}
          settings={settings}
          returnQuery={back.query}
          errors={errors}
          chosen={keep ? chosen : {}}
        />,
      );
    if (body.step !== 'apply') return page(200, [], false);

    let result: BulkResult;
    if (action === 'officers') {
      result = await services.caseList.bulk.setOfficers(
        actor,
        selected,
        chosen.officers,
        body.confirmSelf === 'yes',
      );
    } else if (action === 'colour') {
      if (!chosen.colour)
        return page(422, [{ field: 'colour', message: t.t('caseList.bulk.colour.required') }], true);
      result = await services.caseList.bulk.setColour(
        actor,
        selected,
        chosen.colour === 'none' ? null : chosen.colour,
      );
    } else {
      if (!chosen.status)
        return page(422, [{ field: 'status', message: t.t('caseList.bulk.status.required') }], true);
      result = await services.caseList.bulk.changeStatus(actor, selected, chosen.status, !chosen.noNotify);
    }
    const next = finish(result, action);
    if (next) return next;
    if (!result.ok && result.reason === 'mixedVersions') {
      return sendPage(
        reply,
        422,
        <MixedVersionsPage ctx={ctx} options={result} facets={facets} returnQuery={back.query} />,
      );
    }
    const code = !result.ok && result.reason === 'invalid' ? result.code : 'unknownStatus';
    const error: FieldError =
      code === 'confirmSelfRemoval'
        ? { field: 'confirmSelf', message: t.t('caseList.bulk.officers.confirmSelfRequired') }
        : code === 'notHandler'
          ? { field: 'officers', message: t.t('caseList.bulk.officers.notHandler') }
          : code === 'unknownColour'
            ? { field: 'colour', message: t.t('caseList.bulk.colour.required') }
            : { field: 'status', message: t.t('caseList.bulk.status.required') };
    return page(422, [error], true);
  });
}
