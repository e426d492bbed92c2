import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formOfHandling, type HandlingForm } from '../../../domain/builder/settings/handling.ts';
import type { EServiceSettings } from '../../../services/builder/handling-settings.ts';
import type { FieldError } from '../../ui/components/index.ts';
import { registerColumnRoutes } from './columns.routes.tsx';
import { type Body, str } from './list-form.ts';
import { HandlingPage, SettingsHubPage } from './settings-pages.tsx';
import { SETTINGS_BASE as BASE, type SettingsRouteDeps, settingsKit } from './settings-route-kit.ts';
import { registerStatusColourRoutes } from './status-colour.routes.tsx';

export type { SettingsRouteDeps } from './settings-route-kit.ts';

/**
 * The e-service's handling settings (issue 7, item 5) under
 * /:kommun/handlaggare/bygg/:eServiceId/installningar: a hub and a page per
 * setting. List pages are one form: the buttons move, add and remove rows
 * on the page (nothing is lost, nothing saved) and "Spara" checks and saves.
 * Every save is audited (`eservice.settings.saved`, `{ change }`).
 * This module has the hub and the handling page; the list pages are in
 * status-colour.routes.tsx and columns.routes.tsx.
 */
export function registerSettingsRoutes(app: FastifyInstance, deps: SettingsRouteDeps): void {
  const kit = settingsKit(deps);
  const { preHandler, load } = kit;

  app.get(BASE, { preHandler }, async (req, reply) => {
    const { settings } = await load(req);
    const saved = (req.query as Record<string, unknown>).sparat === '1';
    return kit.send(req, reply, 200, (ctx) => (
      <SettingsHubPage ctx={ctx} settings={settings} saved={saved} />
    ));
  });

  registerStatusColourRoutes(app, kit);

  // --- Handling: time limit, manual cases, answer edits, purge ----------------------

  const handling = (
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    settings: EServiceSettings,
    values: HandlingForm,
    errors: FieldError[] = [],
  ) =>
    kit.send(req, reply, status, (ctx) => (
      <HandlingPage ctx={ctx} settings={settings} values={values} errors={errors} />
    ));

  app.get(`${BASE}/handlaggning`, { preHandler }, async (req, reply) => {
    const { settings } = await load(req);
    return handling(req, reply, 200, settings, formOfHandling(settings.handling));
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
    const r = await kit.services.builderSettings.saveHandling(m, settings.eServiceId, values, actor);
    return kit.afterSave(req, reply, settings, r, (errors) =>
      handling(req, reply, 422, settings, values, errors),
    );
  });

  registerColumnRoutes(app, kit);
}
