/** /installningar/statusar and /installningar/farger: the status set and the colour labels, as list forms. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ColourRow, rowsOfColourLabels } from '../../../domain/builder/settings/colours.ts';
import { type SettingProblem, TAG_COLOURS } from '../../../domain/builder/settings/common.ts';
import {
  rowsOfStatusSet,
  STATUS_SET_MAX,
  type StatusRow,
} from '../../../domain/builder/settings/statuses.ts';
import { INITIAL_STATUS } from '../../../domain/cases/statuses.ts';
import type { EServiceSettings } from '../../../services/builder/handling-settings.ts';
import type { FieldError } from '../../ui/components/index.ts';
import { type Body, edited, list, readListForm, readRows, str } from './list-form.ts';
import { problemErrors } from './settings-layout.tsx';
import { SETTINGS_BASE as BASE, type SettingsKit } from './settings-route-kit.ts';
import { ColoursPage, StatusesPage } from './status-colour-pages.tsx';

const readStatusRow = (body: Body, i: number): StatusRow => {
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
};

const blankStatus = (): StatusRow => ({
  key: '',
  sv: '',
  en: '',
  colour: 'grey',
  applicantMayEdit: false,
  mayDelete: false,
  closed: false,
});

/** Why row `r` may not be removed: the initial status, or cases are in it. */
function removeProblem(settings: EServiceSettings, r: StatusRow | undefined): SettingProblem | undefined {
  const count = r?.key ? (settings.casesInStatus.get(r.key) ?? 0) : 0;
  if (r?.key === INITIAL_STATUS) return { field: 'statuses', code: 'missingInitial' };
  if (count > 0) return { field: 'statuses', code: 'inUse', params: { name: r?.sv || r?.key || '', count } };
  return undefined;
}

export function registerStatusColourRoutes(app: FastifyInstance, kit: SettingsKit): void {
  const { preHandler, load } = kit;

  const statuses =
    (req: FastifyRequest, reply: FastifyReply, settings: EServiceSettings) =>
    (status: number, rows: readonly StatusRow[], errors: FieldError[] = [], unsaved = false) =>
      kit.send(req, reply, status, (ctx) => (
        <StatusesPage ctx={ctx} settings={settings} rows={rows} errors={errors} unsaved={unsaved} />
      ));

  app.get(`${BASE}/statusar`, { preHandler }, async (req, reply) => {
    const { settings } = await load(req);
    return statuses(req, reply, settings)(200, rowsOfStatusSet(settings.statusSet));
  });

  app.post(`${BASE}/statusar`, { preHandler }, async (req, reply) => {
    const { m, actor, settings } = await load(req);
    const body = (req.body ?? {}) as Body;
    const t = kit.translator(req, reply);
    const show = statuses(req, reply, settings);
    const form = readListForm(body);
    if (!form) {
      return show(422, rowsOfStatusSet(settings.statusSet), [
        { field: 'statuses', message: t.t('builderSettings.error.malformed'), href: '#statuses' },
      ]);
    }
    const { n, action } = form;
    const rows = readRows(n, (i) => readStatusRow(body, i));
    const problem = action.kind === 'remove' ? removeProblem(settings, rows[action.index]) : undefined;
    if (problem) return show(422, rows, problemErrors(t, [problem]), true);
    if (action.kind === 'add' && rows.length >= STATUS_SET_MAX) {
      const errors = problemErrors(t, [
        { field: 'statuses', code: 'tooMany', params: { max: STATUS_SET_MAX } },
      ]);
      return show(422, rows, errors, true);
    }
    const next = edited(rows, action, blankStatus);
    if (next) return show(200, next, [], true);
    const r = await kit.services.builderSettings.saveStatusSet(m, settings.eServiceId, rows, actor);
    return kit.afterSave(req, reply, settings, r, (errors) => show(422, rows, errors, true));
  });

  app.post(`${BASE}/statusar/standard`, { preHandler }, async (req, reply) => {
    const { m, actor, settings } = await load(req);
    const r = await kit.services.builderSettings.saveStatusSet(m, settings.eServiceId, 'standard', actor);
    return kit.afterSave(req, reply, settings, r, (errors) =>
      statuses(req, reply, settings)(422, rowsOfStatusSet(settings.statusSet), errors),
    );
  });

  const colours =
    (req: FastifyRequest, reply: FastifyReply, settings: EServiceSettings) =>
    (status: number, rows: readonly ColourRow[], errors: FieldError[] = [], unsaved = false) =>
      kit.send(req, reply, status, (ctx) => (
        <ColoursPage ctx={ctx} settings={settings} rows={rows} errors={errors} unsaved={unsaved} />
      ));

  app.get(`${BASE}/farger`, { preHandler }, async (req, reply) => {
    const { settings } = await load(req);
    return colours(req, reply, settings)(200, rowsOfColourLabels(settings.colourLabels));
  });

  app.post(`${BASE}/farger`, { preHandler }, async (req, reply) => {
    const { m, actor, settings } = await load(req);
    const body = (req.body ?? {}) as Body;
    const t = kit.translator(req, reply);
    const show = colours(req, reply, settings);
    const form = readListForm(body);
    if (!form) {
      return show(422, rowsOfColourLabels(settings.colourLabels), [
        { field: 'colours', message: t.t('builderSettings.error.malformed'), href: '#colours' },
      ]);
    }
    const rows: ColourRow[] = readRows(form.n, (i) => ({
      colour: str(body, `c.${i}.colour`),
      sv: str(body, `c.${i}.sv`),
      en: str(body, `c.${i}.en`),
    }));
    const unused = () => TAG_COLOURS.find((c) => !rows.some((r) => r.colour === c)) ?? 'grey';
    if (form.action.kind === 'add' && rows.length >= TAG_COLOURS.length) {
      const errors = problemErrors(t, [
        { field: 'colours', code: 'tooMany', params: { max: TAG_COLOURS.length } },
      ]);
      return show(422, rows, errors, true);
    }
    const next = edited(rows, form.action, () => ({ colour: unused(), sv: '', en: '' }));
    if (next) return show(200, next, [], true);
    const r = await kit.services.builderSettings.saveColourLabels(m, settings.eServiceId, rows, actor);
    return kit.afterSave(req, reply, settings, r, (errors) => show(422, rows, errors, true));
  });
}
