import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../config.ts';
import type { ColourRow } from '../../../domain/builder/settings/colours.ts';
import { rowsOfColourLabels } from '../../../domain/builder/settings/colours.ts';
import type { ExportRow } from '../../../domain/builder/settings/columns.ts';
import { moved, type SettingProblem, TAG_COLOURS } from '../../../domain/builder/settings/common.ts';
import { formOfHandling, type HandlingForm } from '../../../domain/builder/settings/handling.ts';
import {
  rowsOfStatusSet,
  STATUS_SET_MAX,
  type StatusRow,
} from '../../../domain/builder/settings/statuses.ts';
import { INITIAL_STATUS } from '../../../domain/cases/statuses.ts';
import type { EServiceSettings, SaveResult } from '../../../services/builder/handling-settings.ts';
import type { Services } from '../../../services/index.ts';
import { notFound } from '../../errors.tsx';
import { requireStaff } from '../../officer/require-staff.ts';
import { pageContext, sendPage } from '../../render.ts';
import type { FieldError } from '../../ui/components/index.ts';
import { href } from '../../ui/page-context.ts';
import { builderPath } from '../paths.ts';
import { problemErrors, SETTINGS_PATH } from './settings-layout.tsx';
import { ExportPage, HandlingPage, SettingsHubPage, SummaryPage } from './settings-pages.tsx';
import { ColoursPage, StatusesPage } from './status-colour-pages.tsx';

export interface SettingsRouteDeps {
  config: Config;
  services: Services;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE = `/handlaggare/bygg/:eServiceId${SETTINGS_PATH}`;
/** More rows than any list may have: a post claiming more was not made by the page. */
const ROWS_MAX = 200;
/** Longer than any text a field allows; a longer post is cut here and refused by the checks. */
const TEXT_MAX = 1000;

type Body = Record<string, unknown>;

const str = (body: Body, name: string): string => {
  const v = body[name];
  const s = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
  return s.slice(0, TEXT_MAX);
};
const list = (body: Body, name: string): string[] => {
  const v = body[name];
  return typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.filter((x): x is string => typeof x === 'string')
      : [];
};

/** What a list form asks for: save, add a row, or move/remove row i. */
type ListAction = { kind: 'save' | 'add' } | { kind: 'up' | 'down' | 'remove'; index: number };

function listAction(body: Body, rows: number): ListAction | undefined {
  const a = str(body, 'action') || 'save';
  if (a === 'save' || a === 'add') return { kind: a };
  const m = /^(up|down|remove)\.([0-9]{1,3})$/.exec(a);
  if (!m) return undefined;
  const index = Number(m[2]);
  return index < rows ? { kind: m[1] as 'up' | 'down' | 'remove', index } : undefined;
}

function rowCount(body: Body): number | undefined {
  const n = str(body, 'rows');
  return /^[0-9]{1,3}$/.test(n) && Number(n) <= ROWS_MAX ? Number(n) : undefined;
}

/** Applies up/down/remove/add to a list; undefined for save. */
function edited<T>(rows: readonly T[], a: ListAction, blank: () => T): T[] | undefined {
  if (a.kind === 'up') return moved(rows, a.index, -1);
  if (a.kind === 'down') return moved(rows, a.index, 1);
  if (a.kind === 'remove') return rows.filter((_, i) => i !== a.index);
  if (a.kind === 'add') return [...rows, blank()];
  return undefined;
}

/**
 * The e-service's handling settings (issue 7, item 5) under
 * /:kommun/handlaggare/bygg/:eServiceId/installningar: a hub and a page per
 * setting. List pages are one form: the buttons move, add and remove rows
 * on the page (nothing is lost, nothing saved) and "Spara" checks and saves.
 * Every save is audited (`eservice.settings.saved`, `{ change }`).
 */
export function registerSettingsRoutes(app: FastifyInstance, { config, services }: SettingsRouteDeps): void {
  const preHandler = requireStaff(services, 'developer');

  async function load(req: FastifyRequest) {
    const staff = req.staff;
    if (!staff) throw new Error('requireStaff did not run');
    const { eServiceId } = req.params as { eServiceId: string };
    if (!UUID.test(eServiceId)) throw notFound();
    const settings = await services.builderSettings.read(staff.municipalityId, eServiceId);
    if (!settings) throw notFound();
    return { m: staff.municipalityId, actor: { id: staff.id, name: staff.name }, settings };
  }

  const hubUrl = (req: FastifyRequest, s: EServiceSettings) =>
    `${href({ basePath: req.basePath }, builderPath(s.eServiceId, SETTINGS_PATH))}?sparat=1`;

  /** After a save: back to the hub, or the page again with its problems. */
  function afterSave(
    req: FastifyRequest,
    reply: FastifyReply,
    s: EServiceSettings,
    r: SaveResult,
    again: (errors: FieldError[]) => unknown,
  ) {
    if (r.ok) return reply.redirect(hubUrl(req, s), 303);
    if (r.reason === 'notFound') throw notFound();
    const t = pageContext(req, reply, config, 'staff').t;
    return again(problemErrors(t, r.problems));
  }

  app.get(BASE, { preHandler }, async (req, reply) => {
    const { settings } = await load(req);
    const ctx = pageContext(req, reply, config, 'staff');
    const saved = (req.query as Record<string, unknown>).sparat === '1';
    return sendPage(reply, 200, <SettingsHubPage ctx={ctx} settings={settings} saved={saved} />);
  });

  // --- Statuses ---------------------------------------------------------------

  function readStatusRows(body: Body, n: number): StatusRow[] {
    return Array.from({ length: n }, (_, i) => {
      const flags = list(body, `s.${i}.flags`);
      return {
        key: str(body, `s.${i}.key`),
        sv: str(body, `s.${i}.sv`),
        en: str(body, `s.${i}.en`),
        colour: str(body, `s.${i}.colour`),
        applicantMayEdit: flags.includes('applicantMayEdit'),
        mayDelete: flags.includes('mayDelete'),
        closed: flags.includes('closed'),
      };
    });
  }

  function showStatuses(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    settings: EServiceSettings,
    rows: readonly StatusRow[],
    errors: FieldError[] = [],
    unsaved = false,
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      status,
      <StatusesPage ctx={ctx} settings={settings} rows={rows} errors={errors} unsaved={unsaved} />,
    );
  }

  app.get(`${BASE}/statusar`, { preHandler }, async (req, reply) => {
    const { settings } = await load(req);
    return showStatuses(req, reply, 200, settings, rowsOfStatusSet(settings.statusSet));
  });

  app.post(`${BASE}/statusar`, { preHandler }, async (req, reply) => {
    const { m, actor, settings } = await load(req);
    const body = (req.body ?? {}) as Body;
    const t = pageContext(req, reply, config, 'staff').t;
    const n = rowCount(body);
    const action = n === undefined ? undefined : listAction(body, n);
    if (n === undefined || !action) {
      return showStatuses(req, reply, 422, settings, rowsOfStatusSet(settings.statusSet), [
        { field: 'statuses', message: t.t('builderSettings.error.malformed'), href: '#statuses' },
      ]);
    }
    const rows = readStatusRows(body, n);
    if (action.kind === 'remove') {
      const r = rows[action.index];
      const count = r?.key ? (settings.casesInStatus.get(r.key) ?? 0) : 0;
      const problem: SettingProblem | undefined =
        r?.key === INITIAL_STATUS
          ? { field: 'statuses', code: 'missingInitial' }
          : count > 0
            ? { field: 'statuses', code: 'inUse', params: { name: r?.sv || r?.key || '', count } }
            : undefined;
      if (problem) return showStatuses(req, reply, 422, settings, rows, problemErrors(t, [problem]), true);
    }
    if (action.kind === 'add' && rows.length >= STATUS_SET_MAX) {
      const errors = problemErrors(t, [
        { field: 'statuses', code: 'tooMany', params: { max: STATUS_SET_MAX } },
      ]);
      return showStatuses(req, reply, 422, settings, rows, errors, true);
    }
    const next = edited(rows, action, () => ({
      key: '',
      sv: '',
      en: '',
      colour: 'grey',
      applicantMayEdit: false,
      mayDelete: false,
      closed: false,
    }));
    if (next) return showStatuses(req, reply, 200, settings, next, [], true);
    const r = await services.builderSettings.saveStatusSet(m, settings.eServiceId, rows, actor);
    return afterSave(req, reply, settings, r, (errors) =>
      showStatuses(req, reply, 422, settings, rows, errors, true),
    );
  });

  app.post(`${BASE}/statusar/standard`, { preHandler }, async (req, reply) => {
    const { m, actor, settings } = await load(req);
    const r = await services.builderSettings.saveStatusSet(m, settings.eServiceId, 'standard', actor);
    return afterSave(req, reply, settings, r, (errors) =>
      showStatuses(req, reply, 422, settings, rowsOfStatusSet(settings.statusSet), errors),
    );
  });

  // --- Colour labels ----------------------------------------------------------

  function showColours(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    settings: EServiceSettings,
    rows: readonly ColourRow[],
    errors: FieldError[] = [],
    unsaved = false,
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      status,
      <ColoursPage ctx={ctx} settings={settings} rows={rows} errors={errors} unsaved={unsaved} />,
    );
  }

  app.get(`${BASE}/farger`, { preHandler }, async (req, reply) => {
    const { settings } = await load(req);
    return showColours(req, reply, 200, settings, rowsOfColourLabels(settings.colourLabels));
  });

  app.post(`${BASE}/farger`, { preHandler }, async (req, reply) => {
    const { m, actor, settings } = await load(req);
    const body = (req.body ?? {}) as Body;
    const t = pageContext(req, reply, config, 'staff').t;
    const n = rowCount(body);
    const action = n === undefined ? undefined : listAction(body, n);
    if (n === undefined || !action) {
      return showColours(req, reply, 422, settings, rowsOfColourLabels(settings.colourLabels), [
        { field: 'colours', message: t.t('builderSettings.error.malformed'), href: '#colours' },
      ]);
    }
    const rows: ColourRow[] = Array.from({ length: n }, (_, i) => ({
      colour: str(body, `c.${i}.colour`),
      sv: str(body, `c.${i}.sv`),
      en: str(body, `c.${i}.en`),
    }));
    const unused = () => TAG_COLOURS.find((c) => !rows.some((r) => r.colour === c)) ?? 'grey';
    if (action.kind === 'add' && rows.length >= TAG_COLOURS.length) {
      const errors = problemErrors(t, [
        { field: 'colours', code: 'tooMany', params: { max: TAG_COLOURS.length } },
      ]);
      return showColours(req, reply, 422, settings, rows, errors, true);
    }
    const next = edited(rows, action, () => ({ colour: unused(), sv: '', en: '' }));
    if (next) return showColours(req, reply, 200, settings, next, [], true);
    const r = await services.builderSettings.saveColourLabels(m, settings.eServiceId, rows, actor);
    return afterSave(req, reply, settings, r, (errors) =>
      showColours(req, reply, 422, settings, rows, errors, true),
    );
  });

  // --- Handling: time limit, manual cases, answer edits, purge ----------------------

  function showHandling(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    settings: EServiceSettings,
    values: HandlingForm,
    errors: FieldError[] = [],
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      status,
      <HandlingPage ctx={ctx} settings={settings} values={values} errors={errors} />,
    );
  }

  app.get(`${BASE}/handlaggning`, { preHandler }, async (req, reply) => {
    const { settings } = await load(req);
    return showHandling(req, reply, 200, settings, formOfHandling(settings.handling));
  });

  app.post(`${BASE}/handlaggning`, { preHandler }, async (req, reply) => {
    const { m, actor, settings } = await load(req);
    const body = (req.body ?? {}) as Body;
    const values: HandlingForm = {
      handleWithinDays: str(body, 'handleWithinDays'),
      manualCasesAllowed: str(body, 'manualCasesAllowed'),
      answersEditable: str(body, 'answersEditable'),
      purgeStatus: str(body, 'purgeStatus'),
      purgeDays: str(body, 'purgeDays'),
    };
    const r = await services.builderSettings.saveHandling(m, settings.eServiceId, values, actor);
    return afterSave(req, reply, settings, r, (errors) =>
      showHandling(req, reply, 422, settings, values, errors),
    );
  });

  // --- Summary fields -----------------------------------------------------------------

  function summaryOrder(settings: EServiceSettings): string[] {
    const keys = settings.questions.map((q) => q.key);
    return [
      ...settings.summaryKeys.filter((k) => keys.includes(k)),
      ...keys.filter((k) => !settings.summaryKeys.includes(k)),
    ];
  }

  function showSummary(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    settings: EServiceSettings,
    order: readonly string[],
    chosen: readonly string[],
    errors: FieldError[] = [],
    unsaved = false,
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      status,
      <SummaryPage
        ctx={ctx}
        settings={settings}
        order={order}
        chosen={chosen}
        errors={errors}
        unsaved={unsaved}
      />,
    );
  }

  app.get(`${BASE}/sammanfattning`, { preHandler }, async (req, reply) => {
    const { settings } = await load(req);
    return showSummary(req, reply, 200, settings, summaryOrder(settings), settings.summaryKeys);
  });

  app.post(`${BASE}/sammanfattning`, { preHandler }, async (req, reply) => {
    const { m, actor, settings } = await load(req);
    const body = (req.body ?? {}) as Body;
    const t = pageContext(req, reply, config, 'staff').t;
    const n = rowCount(body);
    const action = n === undefined ? undefined : listAction(body, n);
    const known = settings.questions.map((q) => q.key);
    const rows =
      n === undefined
        ? []
        : Array.from({ length: n }, (_, i) => ({
            key: str(body, `q.${i}.key`),
            chosen: list(body, `q.${i}.chosen`).includes('yes'),
          }));
    // The page lists every question once; anything else was not made by it.
    const tampered = rows.some(
      (r, i) => !known.includes(r.key) || rows.findIndex((x) => x.key === r.key) !== i,
    );
    if (n === undefined || !action || tampered || action.kind === 'remove' || action.kind === 'add') {
      const bad = rows.find((r) => !known.includes(r.key))?.key;
      const errors = bad
        ? problemErrors(t, [{ field: 'summary', code: 'unknownQuestion', params: { key: bad.slice(0, 64) } }])
        : [{ field: 'summary', message: t.t('builderSettings.error.malformed'), href: '#summary' }];
      return showSummary(req, reply, 422, settings, summaryOrder(settings), settings.summaryKeys, errors);
    }
    const next = edited(rows, action, () => ({ key: '', chosen: false }));
    if (next) {
      return showSummary(
        req,
        reply,
        200,
        settings,
        next.map((r) => r.key),
        next.filter((r) => r.chosen).map((r) => r.key),
        [],
        true,
      );
    }
    const chosen = rows.filter((r) => r.chosen).map((r) => r.key);
    const r = await services.builderSettings.saveSummaryKeys(m, settings.eServiceId, chosen, actor);
    return afterSave(req, reply, settings, r, (errors) =>
      showSummary(
        req,
        reply,
        422,
        settings,
        rows.map((x) => x.key),
        chosen,
        errors,
        true,
      ),
    );
  });

  // --- Export columns -------------------------------------------------------------------

  function exportRows(settings: EServiceSettings): ExportRow[] {
    const label = (key: string) => settings.questions.find((q) => q.key === key)?.label.sv ?? key;
    const chosen = settings.exportColumns ?? [];
    const keys = settings.questions.map((q) => q.key);
    return [
      ...chosen
        .filter((c) => keys.includes(c.key))
        .map((c) => ({ key: c.key, chosen: true, title: c.title })),
      ...keys
        .filter((k) => !chosen.some((c) => c.key === k))
        .map((k) => ({ key: k, chosen: false, title: label(k) })),
    ];
  }

  function showExport(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    settings: EServiceSettings,
    mode: string,
    rows: readonly ExportRow[],
    errors: FieldError[] = [],
    unsaved = false,
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      status,
      <ExportPage ctx={ctx} settings={settings} mode={mode} rows={rows} errors={errors} unsaved={unsaved} />,
    );
  }

  app.get(`${BASE}/export`, { preHandler }, async (req, reply) => {
    const { settings } = await load(req);
    return showExport(
      req,
      reply,
      200,
      settings,
      settings.exportColumns ? 'chosen' : 'all',
      exportRows(settings),
    );
  });

  app.post(`${BASE}/export`, { preHandler }, async (req, reply) => {
    const { m, actor, settings } = await load(req);
    const body = (req.body ?? {}) as Body;
    const t = pageContext(req, reply, config, 'staff').t;
    const n = rowCount(body);
    const action = n === undefined ? undefined : listAction(body, n);
    const mode = str(body, 'mode');
    if (n === undefined || !action || action.kind === 'remove' || action.kind === 'add') {
      return showExport(req, reply, 422, settings, mode, exportRows(settings), [
        { field: 'mode', message: t.t('builderSettings.error.malformed') },
      ]);
    }
    const rows: ExportRow[] = Array.from({ length: n }, (_, i) => ({
      key: str(body, `x.${i}.key`),
      chosen: list(body, `x.${i}.chosen`).includes('yes'),
      title: str(body, `x.${i}.title`),
    }));
    const next = edited(rows, action, () => ({ key: '', chosen: false, title: '' }));
    if (next) return showExport(req, reply, 200, settings, mode, next, [], true);
    const r = await services.builderSettings.saveExportColumns(m, settings.eServiceId, mode, rows, actor);
    return afterSave(req, reply, settings, r, (errors) =>
      showExport(req, reply, 422, settings, mode, rows, errors, true),
    );
  });
}
