import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { LangText } from '../../domain/forms/definition.ts';
import type { IsoDate } from '../../domain/identity-numbers/calendar.ts';
import { writeAudit } from '../audit.ts';
import { definitionOf } from '../eservices/definitions-cache.ts';
import type { OfficerActor } from './case-actions-core.ts';
import { type ExportCaseRow, exportColumns, sheetName } from './export-excel-sheet.ts';

/** What to export: an e-service's versions in a date range, or the cases checked in the list. */
export type ExportRequest =
  | {
      kind: 'eService';
      eServiceId: string;
      versionIds: readonly string[];
      from: IsoDate | null;
      to: IsoDate | null;
    }
  | { kind: 'cases'; caseIds: readonly string[] };

/** The most cases the list's "Exportera" may name; an e-service export has no limit. */
export const MAX_SELECTED_CASES = 2000;

export interface ExportSheetPlan {
  name: string;
  eServiceId: string;
  versionId: string;
  versionNumber: number;
  definition: ReturnType<typeof definitionOf>;
  statusSet: unknown;
  exportColumns: unknown;
  /** Only the cases assigned to the officer (a restricted assignment). */
  assignedOnly: boolean;
}

export interface ExportPlan {
  request: ExportRequest;
  sheets: ExportSheetPlan[];
  fileName: string;
  /** For the cases checked in the list: how many of them this officer may export. */
  caseCount?: number;
}

export type PlanProblem =
  /** The e-service is unknown, of another municipality or not handled by the officer (the page answers 404). */
  | 'notFound'
  /** A chosen version is not one of the e-service's. */
  | 'unknownVersion'
  /** None of the chosen cases may be exported by this officer. */
  | 'noCases'
  | 'tooManyCases';

export interface ExportableEService {
  id: string;
  slug: string;
  name: LangText;
  versions: { id: string; number: number; status: 'draft' | 'published' | 'retired' }[];
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const stockholmDate = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * The Excel export: one sheet per version, one row per case, streamed. Rows
 * are read in batches with a keyset cursor and each is written out and
 * forgotten before the next batch is read; the writer waits while the
 * receiver is slow, so memory stays flat for any number of cases.
 */
export function createExcelExportService(db: Db) {
  const handles = (actor: OfficerActor, eServiceId: string) =>
    actor.scope.isAdmin || actor.scope.eServices.has(eServiceId);
  const assignedOnly = (actor: OfficerActor, eServiceId: string) =>
    !actor.scope.isAdmin && actor.scope.eServices.get(eServiceId)?.restricted === true;

  /** The e-services the officer handles, with their versions (newest first), by Swedish name. */
  async function exportableEServices(actor: OfficerActor): Promise<ExportableEService[]> {
    const rows = await db
      .selectFrom('e_service as e')
      .innerJoin('e_service_version as v', 'v.e_service_id', 'e.id')
      .select(['e.id', 'e.slug', 'e.name', 'v.id as version_id', 'v.number', 'v.status'])
      .where('e.municipality_id', '=', actor.scope.municipalityId)
      .where('v.status', '!=', 'draft')
      .orderBy(sql`e.name->>'sv'`)
      .orderBy('v.number', 'desc')
      .execute();
    const out = new Map<string, ExportableEService>();
    for (const r of rows) {
      if (!handles(actor, r.id)) continue;
      let e = out.get(r.id);
      if (!e) {
        e = { id: r.id, slug: r.slug, name: r.name, versions: [] };
        out.set(r.id, e);
      }
      e.versions.push({ id: r.version_id, number: r.number, status: r.status });
    }
    return [...out.values()];
  }

  /** The cases of the request that this officer may see, as conditions on `c` (case). */
  function visibleCases(
    actor: OfficerActor,
    sheet: { versionId: string; assignedOnly: boolean },
    request: ExportRequest,
  ) {
    return (eb: ExpressionBuilder<DB & { c: DB['case'] }, 'c'>) => {
      const conds: Expression<SqlBool>[] = [
        eb('c.municipality_id', '=', actor.scope.municipalityId),
        eb('c.version_id', '=', sheet.versionId),
      ];
      if (request.kind === 'cases') conds.push(eb('c.id', 'in', [...request.caseIds]));
      else {
        // Whole days in Swedish time, the "to" day included.
        if (request.from)
          conds.push(
            eb(
              'c.submitted_at',
              '>=',
              sql<Date>`(${request.from}::date)::timestamp AT TIME ZONE 'Europe/Stockholm'`,
            ),
          );
        if (request.to)
          conds.push(
            eb(
              'c.submitted_at',
              '<',
              sql<Date>`(${request.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm'`,
            ),
          );
      }
      if (sheet.assignedOnly) {
        conds.push(
          eb.exists(
            eb
              .selectFrom('case_officer as co')
              .select('co.case_id')
              .whereRef('co.case_id', '=', 'c.id')
              .where('co.user_id', '=', actor.principal.id),
          ),
        );
      }
      return eb.and(conds);
    };
  }

  async function plan(
    actor: OfficerActor,
    request: ExportRequest,
  ): Promise<{ ok: true; value: ExportPlan } | { ok: false; problem: PlanProblem }> {
    const m = actor.scope.municipalityId;
    let versions: { id: string; number: number; status: string; definition: object; e_service_id: string }[];
    if (request.kind === 'eService') {
      if (!handles(actor, request.eServiceId) || !/^[0-9a-f-]{36}$/i.test(request.eServiceId))
        return { ok: false, problem: 'notFound' };
      versions = await db
        .selectFrom('e_service_version')
        .select(['id', 'number', 'status', 'definition', 'e_service_id'])
        .where('municipality_id', '=', m)
        .where('e_service_id', '=', request.eServiceId)
        .where('status', '!=', 'draft')
        .orderBy('number')
        .execute();
      if (versions.length === 0) return { ok: false, problem: 'notFound' };
      if (request.versionIds.length > 0) {
        const chosen = new Set(request.versionIds);
        if ([...chosen].some((id) => !versions.some((v) => v.id === id)))
          return { ok: false, problem: 'unknownVersion' };
        versions = versions.filter((v) => chosen.has(v.id));
      }
    } else {
      if (request.caseIds.length > MAX_SELECTED_CASES) return { ok: false, problem: 'tooManyCases' };
      const ids = request.caseIds.filter((id) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
      );
      if (ids.length === 0) return { ok: false, problem: 'noCases' };
      request = { kind: 'cases', caseIds: ids };
      versions = await db
        .selectFrom('e_service_version as v')
        .select(['v.id', 'v.number', 'v.status', 'v.definition', 'v.e_service_id'])
        .where('v.municipality_id', '=', m)
        .where('v.id', 'in', (eb) =>
          eb
            .selectFrom('case')
            .select('version_id')
            .distinct()
            .where('municipality_id', '=', m)
            .where('id', 'in', ids),
        )
        .execute();
      versions = versions.filter((v) => handles(actor, v.e_service_id));
    }
    const eServiceIds = [...new Set(versions.map((v) => v.e_service_id))];
    const eServices = eServiceIds.length
      ? await db
          .selectFrom('e_service')
          .select(['id', 'slug', 'name', 'status_set', 'export_columns'])
          .where('municipality_id', '=', m)
          .where('id', 'in', eServiceIds)
          .orderBy(sql`name->>'sv'`)
          .execute()
      : [];
    const taken = new Set<string>();
    const sheets: ExportSheetPlan[] = [];
    for (const e of eServices) {
      for (const v of versions.filter((x) => x.e_service_id === e.id).sort((a, b) => a.number - b.number)) {
        const wanted = request.kind === 'eService' ? `Version ${v.number}` : shortened(e.name.sv, v.number);
        const name = sheetName(wanted, taken);
        sheets.push({
          name,
          eServiceId: e.id,
          versionId: v.id,
          versionNumber: v.number,
          definition: definitionOf(v.id, v.status, v.definition),
          statusSet: e.status_set,
          exportColumns: e.export_columns,
          assignedOnly: assignedOnly(actor, e.id),
        });
      }
    }
    let caseCount: number | undefined;
    if (request.kind === 'cases') {
      caseCount = await countVisible(actor, sheets, request);
      if (caseCount === 0) return { ok: false, problem: 'noCases' };
    }
    const today = stockholmDate(new Date());
    const slug = request.kind === 'eService' ? (eServices[0]?.slug ?? 'arenden') : 'valda-arenden';
    const fileName = `${slug}-${today}.xlsx`;
    return {
      ok: true,
      value: { request, sheets, fileName, ...(caseCount === undefined ? {} : { caseCount }) },
    };
  }

  async function countVisible(
    actor: OfficerActor,
    sheets: readonly ExportSheetPlan[],
    request: ExportRequest,
  ) {
    let n = 0;
    for (const s of sheets) {
      const r = await db
        .selectFrom('case as c')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(visibleCases(actor, s, request))
        .executeTakeFirstOrThrow();
      n += Number(r.n);
    }
    return n;
  }

  /**
   * Writes the workbook to `out` (an HTTP response, a file) and records who
   * exported what. Resolves when the last byte is handed over.
   */
  async function write(
    actor: OfficerActor,
    p: ExportPlan,
    out: Writable,
    opts: { batchSize?: number } = {},
  ): Promise<{ rows: number; batches: number }> {
    const batchSize = opts.batchSize ?? 500;
    const r = p.request;
    await writeAudit(db, {
      municipalityId: actor.scope.municipalityId,
      actor: `staff:${actor.principal.id}`,
      action: 'cases.exported',
      subject: r.kind === 'eService' ? r.eServiceId : null,
      details: {
        username: actor.principal.username,
        ...(r.kind === 'eService'
          ? { eServiceId: r.eServiceId, versionIds: p.sheets.map((s) => s.versionId), from: r.from, to: r.to }
          : { caseIds: r.caseIds }),
        assignedOnly: p.sheets.some((s) => s.assignedOnly),
      },
    });
    // Shared strings would keep every distinct text in memory until the end.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    workbook.creator = 'Ingång';
    let rows = 0;
    let batches = 0;
    for (const sheet of p.sheets) {
      const columns = exportColumns(sheet.definition, sheet);
      const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = columns.map((c) => ({ width: c.width }));
      const header = ws.addRow(columns.map((c) => c.header));
      header.font = { bold: true };
      header.commit();
      let cursor: { at: string; id: string } | null = null;
      for (;;) {
        if (out.destroyed) throw new Error('The export was cancelled: the receiver went away');
        let q = db
          .selectFrom('case as c')
          .select([
            'c.id',
            'c.case_number',
            'c.status',
            'c.submitted_at',
            'c.channel',
            'c.submitter_name',
            'c.concerns_name',
            'c.submitter_personal_number',
            'c.concerns_personal_number',
            'c.answers',
          ])
          // The cursor as the database writes it: a JavaScript Date would drop the microseconds.
          .select(sql<string>`c.submitted_at::text`.as('cursor_at'))
          .where(visibleCases(actor, sheet, r));
        if (cursor) {
          const { at, id } = cursor;
          q = q.where(sql<SqlBool>`(c.submitted_at, c.id) > (${at}::timestamptz, ${id}::uuid)`);
        }
        const batch = await q.orderBy('c.submitted_at').orderBy('c.id').limit(batchSize).execute();
        batches++;
        for (const c of batch) {
          const row = ws.addRow(columns.map((col) => col.cell(c as ExportCaseRow)));
          columns.forEach((col, i) => {
            if (col.numFmt) row.getCell(i + 1).numFmt = col.numFmt;
          });
          row.commit();
        }
        rows += batch.length;
        const last = batch.at(-1);
        if (!last || batch.length < batchSize) break;
        cursor = { at: last.cursor_at, id: last.id };
        // Let a slow receiver catch up before reading more.
        if (out.writableNeedDrain) await once(out, 'drain');
      }
      ws.commit();
    }
    await workbook.commit();
    return { rows, batches };
  }

  return { exportableEServices, plan, write };
}

function shortened(name: string, version: number): string {
  const suffix = ` v${version}`;
  return name.length + suffix.length <= 31
    ? `${name}${suffix}`
    : `${name.slice(0, 30 - suffix.length)}…${suffix}`;
}

export type ExcelExportService = ReturnType<typeof createExcelExportService>;
