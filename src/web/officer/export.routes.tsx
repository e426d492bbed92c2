import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OfficerActor } from '../../services/officer/case-actions-core.ts';
import {
  type ExportableEService,
  type ExportPlan,
  MAX_SELECTED_CASES,
  XLSX_MIME,
} from '../../services/officer/export-excel.ts';
import {
  type ExportFormError,
  type ExportFormValues,
  exportFormValues,
  type Query,
  readExportRequest,
  selectedCaseIds,
} from '../../services/officer/export-excel-request.ts';
import { loadOfficerScope } from '../../services/officer/scope.ts';
import { pageContext, sendPage } from '../render.ts';
import type { FieldError } from '../ui/components/index.ts';
import type { Translator } from '../ui/i18n/translator.ts';
import { ExportPage, ExportSelectedPage } from './export-page.tsx';
import type { OfficerDeps } from './index.ts';
import { requireStaff } from './require-staff.ts';

function formErrorMessage(t: Translator, e: ExportFormError): FieldError {
  switch (e.code) {
    case 'required':
      return { field: 'eService', message: t.t('export.eService.required') };
    case 'invalidDate':
      return { field: `${e.field}.day`, message: t.t('export.date.invalid') };
    case 'dateOrder':
      return { field: 'to.day', message: t.t('export.date.order') };
  }
}

/**
 * The Excel export: /handlaggare/export (the form, or `?cases=id,id` from the
 * case list) and /handlaggare/export/fil (the file, streamed as it is written).
 */
export function registerExportRoutes(app: FastifyInstance, { config, services }: OfficerDeps): void {
  const preHandler = requireStaff(services, 'officer');
  const actorOf = async (req: FastifyRequest): Promise<OfficerActor> => {
    if (!req.staff) throw new Error('requireStaff did not run');
    return { principal: req.staff, scope: await loadOfficerScope(services.db, req.staff) };
  };

  async function showForm(
    req: FastifyRequest,
    reply: FastifyReply,
    actor: OfficerActor,
    values: ExportFormValues,
    errors: readonly FieldError[],
  ) {
    const eServices = await services.excelExport.exportableEServices(actor);
    const ctx = pageContext(req, reply, config, 'staff');
    let chosen: ExportableEService | undefined;
    let all = [...errors];
    if (values.eServiceId) {
      chosen = eServices.find((e) => e.id === values.eServiceId);
      if (!chosen && !all.some((e) => e.field === 'eService'))
        all = [{ field: 'eService', message: ctx.t.t('export.eService.required') }, ...all];
    }
    const status = all.length > 0 ? 422 : 200;
    const shown = chosen ? all : all.filter((e) => e.field === 'eService');
    return sendPage(
      reply,
      status,
      <ExportPage ctx={ctx} eServices={eServices} chosen={chosen} values={values} errors={shown} />,
    );
  }

  async function showSelected(
    req: FastifyRequest,
    reply: FastifyReply,
    actor: OfficerActor,
    caseIds: string[],
  ) {
    const planned = await services.excelExport.plan(actor, { kind: 'cases', caseIds });
    const ctx = pageContext(req, reply, config, 'staff');
    if (!planned.ok) {
      const problem = planned.problem === 'tooManyCases' ? 'tooManyCases' : 'noCases';
      return sendPage(
        reply,
        422,
        <ExportSelectedPage ctx={ctx} caseIds={[]} problem={problem} max={MAX_SELECTED_CASES} />,
      );
    }
    const ids = planned.value.request.kind === 'cases' ? planned.value.request.caseIds : [];
    return sendPage(
      reply,
      200,
      <ExportSelectedPage
        ctx={ctx}
        caseIds={ids}
        count={planned.value.caseCount ?? ids.length}
        max={MAX_SELECTED_CASES}
      />,
    );
  }

  app.get('/handlaggare/export', { preHandler }, async (req, reply) => {
    const actor = await actorOf(req);
    const query = req.query as Query;
    const caseIds = selectedCaseIds(query);
    if (caseIds) return showSelected(req, reply, actor, caseIds);
    return showForm(req, reply, actor, exportFormValues(query), []);
  });

  // The case list's bulk action "Exportera" posts the checked cases here.
  app.post('/handlaggare/export', { preHandler }, async (req, reply) => {
    const actor = await actorOf(req);
    return showSelected(req, reply, actor, selectedCaseIds((req.body ?? {}) as Query) ?? []);
  });

  async function sendFile(req: FastifyRequest, reply: FastifyReply, query: Query) {
    const actor = await actorOf(req);
    const caseIds = selectedCaseIds(query);
    let plan: ExportPlan;
    if (caseIds) {
      const planned = await services.excelExport.plan(actor, { kind: 'cases', caseIds });
      if (!planned.ok) return showSelected(req, reply, actor, caseIds);
      plan = planned.value;
    } else {
      const values = exportFormValues(query);
      const request = readExportRequest(values);
      const t = pageContext(req, reply, config, 'staff').t;
      if (!request.ok)
        return showForm(
          req,
          reply,
          actor,
          values,
          request.errors.map((e) => formErrorMessage(t, e)),
        );
      const planned = await services.excelExport.plan(actor, request.value);
      if (!planned.ok) {
        const error =
          planned.problem === 'unknownVersion'
            ? { field: 'version', message: t.t('export.version.unknown') }
            : { field: 'eService', message: t.t('export.eService.required') };
        return showForm(req, reply, actor, values, [error]);
      }
      plan = planned.value;
    }
    // The file is written while it is sent: headers first, then rows as they are read.
    const out = new PassThrough();
    services.excelExport.write(actor, plan, out).catch((err: unknown) => {
      req.log.error({ err }, 'Excel export failed');
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    });
    return reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', `attachment; filename="${plan.fileName}"`)
      .header('cache-control', 'no-store')
      .send(out);
  }

  app.get('/handlaggare/export/fil', { preHandler }, (req, reply) =>
    sendFile(req, reply, req.query as Query),
  );
  // The case list's bulk action posts the checked ids: a long selection does not fit in an address.
  app.post('/handlaggare/export/fil', { preHandler }, (req, reply) =>
    sendFile(req, reply, (req.body ?? {}) as Query),
  );
}
