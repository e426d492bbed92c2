/**
 * The e-service's handling settings (issue 7, item 5): status set, colour
 * labels, "handle within N days", manual cases, officers' answer edits,
 * automatic purge, summary fields and Excel export columns. The checks are
 * in domain/builder/settings; this reads and writes the e_service row and
 * audits each save as `eservice.settings.saved` with `{ change }`.
 */
import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { EServiceTable } from '../../db/schema.ts';
import { type ColourRow, checkColourLabels } from '../../domain/builder/settings/colours.ts';
import {
  answerableQuestions,
  checkExportColumns,
  checkSummaryKeys,
  type ExportColumnSetting,
  type ExportRow,
} from '../../domain/builder/settings/columns.ts';
import type { SettingProblem } from '../../domain/builder/settings/common.ts';
import {
  checkHandling,
  type HandlingForm,
  type HandlingSettings,
  type PurgeRule,
  parsePurgeRule,
} from '../../domain/builder/settings/handling.ts';
import { checkStatusSet, type StatusRow } from '../../domain/builder/settings/statuses.ts';
import { type CaseStatus, STANDARD_STATUSES } from '../../domain/cases/statuses.ts';
import type { ColourLabel } from '../../domain/cases/transitions.ts';
import type { LangText } from '../../domain/forms/definition.ts';
import { definitionOf } from '../eservices/definitions-cache.ts';
import { parseColourLabels, parseStatusSet } from '../officer/case-view-settings.ts';
import { configuredColumns } from '../officer/export-excel-sheet.ts';
import { auditBuilderChange, type BuilderActor } from './audit.ts';

export interface QuestionChoice {
  key: string;
  label: LangText;
  type: string;
}

export interface EServiceSettings {
  eServiceId: string;
  name: LangText;
  /** The e-service's own set or the standard set. */
  statusSet: readonly CaseStatus[];
  /** True when no set of its own is stored. */
  standardStatuses: boolean;
  /** Only the e-service's own labels; empty = the default palette. */
  colourLabels: readonly ColourLabel[];
  handling: HandlingSettings;
  summaryKeys: readonly string[];
  /** null = one column per question. */
  exportColumns: readonly ExportColumnSetting[] | null;
  /** The answerable questions of the published version, else the newest; with its number. */
  questions: readonly QuestionChoice[];
  questionsVersion: number | null;
  /** How many cases stand in each status now. */
  casesInStatus: ReadonlyMap<string, number>;
}

export type SaveResult =
  | { ok: true }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; problems: SettingProblem[] };

export function createHandlingSettingsService(db: Db) {
  async function read(m: string, eServiceId: string): Promise<EServiceSettings | undefined> {
    const e = await db
      .selectFrom('e_service')
      .select([
        'id',
        'name',
        'status_set',
        'colour_labels',
        'handle_within_days',
        'manual_cases_allowed',
        'answers_editable',
        'purge_rule',
        'summary_keys',
        'export_columns',
      ])
      .where('municipality_id', '=', m)
      .where('id', '=', eServiceId)
      .executeTakeFirst();
    if (!e) return undefined;
    const [versions, counts] = await Promise.all([
      db
        .selectFrom('e_service_version')
        .select(['id', 'number', 'status', 'definition'])
        .where('municipality_id', '=', m)
        .where('e_service_id', '=', eServiceId)
        .orderBy('number', 'desc')
        .execute(),
      db
        .selectFrom('case')
        .select(['status', db.fn.countAll<string>().as('n')])
        .where('municipality_id', '=', m)
        .where('e_service_id', '=', eServiceId)
        .groupBy('status')
        .execute(),
    ]);
    const v = versions.find((x) => x.status === 'published') ?? versions[0];
    const own = parseColourLabels(e.colour_labels);
    const ownLabels = Array.isArray(e.colour_labels) && e.colour_labels.length > 0 ? own : [];
    const columns = configuredColumns(e.export_columns);
    return {
      eServiceId: e.id,
      name: e.name,
      statusSet: parseStatusSet(e.status_set),
      standardStatuses: !Array.isArray(e.status_set) || e.status_set.length === 0,
      colourLabels: ownLabels,
      handling: {
        handleWithinDays: e.handle_within_days,
        manualCasesAllowed: e.manual_cases_allowed,
        answersEditable: e.answers_editable,
        purgeRule: parsePurgeRule(e.purge_rule),
      },
      summaryKeys: e.summary_keys,
      exportColumns: columns,
      questions: v ? answerableQuestions(definitionOf(v.id, v.status, v.definition)) : [],
      questionsVersion: v?.number ?? null,
      casesInStatus: new Map(counts.map((c) => [c.status, Number(c.n)])),
    };
  }

  async function save(
    m: string,
    eServiceId: string,
    actor: BuilderActor,
    change: string,
    values: Updateable<EServiceTable>,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('e_service')
        .set({ ...values, updated_at: new Date() })
        .where('municipality_id', '=', m)
        .where('id', '=', eServiceId)
        .execute();
      await auditBuilderChange(trx, m, eServiceId, actor, 'eservice.settings.saved', { change, ...details });
    });
  }

  /** Problems with a posted status set, or the set as it would be saved (new keys made). */
  function checkStatuses(s: EServiceSettings, rows: readonly StatusRow[]) {
    const known = new Map<string, CaseStatus>();
    for (const x of [...STANDARD_STATUSES, ...s.statusSet]) known.set(x.key, x);
    return checkStatusSet(rows, { known, casesInStatus: s.casesInStatus, current: s.statusSet });
  }

  async function saveStatusSet(
    m: string,
    eServiceId: string,
    rows: readonly StatusRow[] | 'standard',
    actor: BuilderActor,
  ): Promise<SaveResult> {
    const s = await read(m, eServiceId);
    if (!s) return { ok: false, reason: 'notFound' };
    const checked = checkStatuses(s, rows === 'standard' ? standardRows() : rows);
    if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.problems };
    // The purge rule must keep naming a status of the set.
    const rule = s.handling.purgeRule;
    const keepsRule = !rule || checked.value.some((x) => x.key === rule.status);
    await save(
      m,
      eServiceId,
      actor,
      rows === 'standard' ? 'statusSetStandard' : 'statusSet',
      {
        status_set: JSON.stringify(rows === 'standard' ? [] : checked.value),
        ...(keepsRule ? {} : { purge_rule: null }),
      },
      { count: checked.value.length },
    );
    return { ok: true };
  }

  async function saveColourLabels(
    m: string,
    eServiceId: string,
    rows: readonly ColourRow[],
    actor: BuilderActor,
  ): Promise<SaveResult> {
    const s = await read(m, eServiceId);
    if (!s) return { ok: false, reason: 'notFound' };
    const checked = checkColourLabels(rows, s.colourLabels);
    if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.problems };
    await save(
      m,
      eServiceId,
      actor,
      'colourLabels',
      { colour_labels: JSON.stringify(checked.value) },
      { count: checked.value.length },
    );
    return { ok: true };
  }

  async function saveHandling(
    m: string,
    eServiceId: string,
    form: HandlingForm,
    actor: BuilderActor,
  ): Promise<SaveResult> {
    const s = await read(m, eServiceId);
    if (!s) return { ok: false, reason: 'notFound' };
    const checked = checkHandling(form, s.statusSet);
    if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.problems };
    const v = checked.value;
    await save(m, eServiceId, actor, 'handling', {
      handle_within_days: v.handleWithinDays,
      manual_cases_allowed: v.manualCasesAllowed,
      answers_editable: v.answersEditable,
      purge_rule: v.purgeRule ? JSON.stringify(v.purgeRule satisfies PurgeRule) : null,
    });
    return { ok: true };
  }

  async function saveSummaryKeys(
    m: string,
    eServiceId: string,
    keys: readonly string[],
    actor: BuilderActor,
  ): Promise<SaveResult> {
    const s = await read(m, eServiceId);
    if (!s) return { ok: false, reason: 'notFound' };
    const checked = checkSummaryKeys(
      keys,
      s.questions.map((q) => q.key),
    );
    if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.problems };
    await save(m, eServiceId, actor, 'summaryKeys', { summary_keys: checked.value }, { count: keys.length });
    return { ok: true };
  }

  async function saveExportColumns(
    m: string,
    eServiceId: string,
    mode: string,
    rows: readonly ExportRow[],
    actor: BuilderActor,
  ): Promise<SaveResult> {
    const s = await read(m, eServiceId);
    if (!s) return { ok: false, reason: 'notFound' };
    const checked = checkExportColumns(
      mode,
      rows,
      s.questions.map((q) => q.key),
    );
    if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.problems };
    const value = checked.value;
    await save(
      m,
      eServiceId,
      actor,
      value === null ? 'exportColumnsAll' : 'exportColumns',
      { export_columns: value === null ? null : JSON.stringify(value) },
      { count: value?.length ?? 0 },
    );
    return { ok: true };
  }

  return {
    read,
    checkStatuses,
    saveStatusSet,
    saveColourLabels,
    saveHandling,
    saveSummaryKeys,
    saveExportColumns,
  };
}

function standardRows(): StatusRow[] {
  return STANDARD_STATUSES.map((s) => ({
    key: s.key,
    sv: s.name.sv,
    en: s.name.en ?? '',
    colour: s.colour,
    applicantMayEdit: s.applicantMayEdit,
    mayDelete: s.mayDelete,
    closed: s.closed,
  }));
}

export type HandlingSettingsService = ReturnType<typeof createHandlingSettingsService>;
