/** /installningar/sammanfattning and /installningar/export: which questions the case list and the Excel export show. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ExportRow } from '../../../domain/builder/settings/columns.ts';
import type { EServiceSettings } from '../../../services/builder/handling-settings.ts';
import type { FieldError } from '../../ui/components/index.ts';
import { ExportPage, SummaryPage } from './columns-pages.tsx';
import { type Body, edited, list, readListForm, readRows, str } from './list-form.ts';
import { problemErrors } from './settings-layout.tsx';
import { SETTINGS_BASE as BASE, type SettingsKit } from './settings-route-kit.ts';

/** Every question key, the chosen summary fields first. */
function summaryOrder(settings: EServiceSettings): string[] {
  const keys = settings.questions.map((q) => q.key);
  return [
    ...settings.summaryKeys.filter((k) => keys.includes(k)),
    ...keys.filter((k) => !settings.summaryKeys.includes(k)),
  ];
}

/** Every question as an export row, the chosen columns first with their titles. */
function exportRows(settings: EServiceSettings): ExportRow[] {
  const label = (key: string) => settings.questions.find((q) => q.key === key)?.label.sv ?? key;
  const chosen = settings.exportColumns ?? [];
  const keys = settings.questions.map((q) => q.key);
  return [
    ...chosen.filter((c) => keys.includes(c.key)).map((c) => ({ key: c.key, chosen: true, title: c.title })),
    ...keys
      .filter((k) => !chosen.some((c) => c.key === k))
      .map((k) => ({ key: k, chosen: false, title: label(k) })),
  ];
}

export function registerColumnRoutes(app: FastifyInstance, kit: SettingsKit): void {
  const { preHandler, load } = kit;

  const summary =
    (req: FastifyRequest, reply: FastifyReply, settings: EServiceSettings) =>
    (
      status: number,
      order: readonly string[],
      chosen: readonly string[],
      errors: FieldError[] = [],
      unsaved = false,
    ) =>
      kit.send(req, reply, status, (ctx) => (
        <SummaryPage
          ctx={ctx}
          settings={settings}
          order={order}
          chosen={chosen}
          errors={errors}
          unsaved={unsaved}
        />
      ));

  app.get(`${BASE}/sammanfattning`, { preHandler }, async (req, reply) => {
    const { settings } = await load(req);
    return summary(req, reply, settings)(200, summaryOrder(settings), settings.summaryKeys);
  });

  app.post(`${BASE}/sammanfattning`, { preHandler }, async (req, reply) => {
    const { m, actor, settings } = await load(req);
    const body = (req.body ?? {}) as Body;
    const t = kit.translator(req, reply);
    const show = summary(req, reply, settings);
    const form = readListForm(body);
    const known = settings.questions.map((q) => q.key);
    const rows = readRows(form?.n ?? 0, (i) => ({
      key: str(body, `q.${i}.key`),
      chosen: list(body, `q.${i}.chosen`).includes('yes'),
    }));
    // The page lists every question once; anything else was not made by it.
    const tampered = rows.some(
      (r, i) => !known.includes(r.key) || rows.findIndex((x) => x.key === r.key) !== i,
    );
    if (!form || tampered || form.action.kind === 'remove' || form.action.kind === 'add') {
      const bad = rows.find((r) => !known.includes(r.key))?.key;
      const errors = bad
        ? problemErrors(t, [{ field: 'summary', code: 'unknownQuestion', params: { key: bad.slice(0, 64) } }])
        : [{ field: 'summary', message: t.t('builderSettings.error.malformed'), href: '#summary' }];
      return show(422, summaryOrder(settings), settings.summaryKeys, errors);
    }
    const keysOf = (xs: readonly { key: string }[]) => xs.map((r) => r.key);
    const chosenOf = (xs: readonly { key: string; chosen: boolean }[]) => keysOf(xs.filter((r) => r.chosen));
    const next = edited(rows, form.action, () => ({ key: '', chosen: false }));
    if (next) return show(200, keysOf(next), chosenOf(next), [], true);
    const chosen = chosenOf(rows);
    const r = await kit.services.builderSettings.saveSummaryKeys(m, settings.eServiceId, chosen, actor);
    return kit.afterSave(req, reply, settings, r, (errors) => show(422, keysOf(rows), chosen, errors, true));
  });

  const exportPage =
    (req: FastifyRequest, reply: FastifyReply, settings: EServiceSettings) =>
    (status: number, mode: string, rows: readonly ExportRow[], errors: FieldError[] = [], unsaved = false) =>
      kit.send(req, reply, status, (ctx) => (
        <ExportPage ctx={ctx} settings={settings} mode={mode} rows={rows} errors={errors} unsaved={unsaved} />
      ));

  app.get(`${BASE}/export`, { preHandler }, async (req, reply) => {
    const { settings } = await load(req);
    const mode = settings.exportColumns ? 'chosen' : 'all';
    return exportPage(req, reply, settings)(200, mode, exportRows(settings));
  });

  app.post(`${BASE}/export`, { preHandler }, async (req, reply) => {
    const { m, actor, settings } = await load(req);
    const body = (req.body ?? {}) as Body;
    const t = kit.translator(req, reply);
    const show = exportPage(req, reply, settings);
    const form = readListForm(body);
    const mode = str(body, 'mode');
    if (!form || form.action.kind === 'remove' || form.action.kind === 'add') {
      return show(422, mode, exportRows(settings), [
        { field: 'mode', message: t.t('builderSettings.error.malformed') },
      ]);
    }
    const rows: ExportRow[] = readRows(form.n, (i) => ({
      key: str(body, `x.${i}.key`),
      chosen: list(body, `x.${i}.chosen`).includes('yes'),
      title: str(body, `x.${i}.title`),
    }));
    const next = edited(rows, form.action, () => ({ key: '', chosen: false, title: '' }));
    if (next) return show(200, mode, next, [], true);
    const r = await kit.services.builderSettings.saveExportColumns(m, settings.eServiceId, mode, rows, actor);
    return kit.afterSave(req, reply, settings, r, (errors) => show(422, mode, rows, errors, true));
  });
}
