/** What every settings route shares: the guard, loading the e-service's settings, sending a page, the after-save step. */

import type { FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { Html } from '#jsx/jsx-runtime';
import type { Config } from '../../../config.ts';
import type { EServiceSettings, SaveResult } from '../../../services/builder/handling-settings.ts';
import { isUuid } from '../../../services/drafts/drafts.ts';
import type { Services } from '../../../services/index.ts';
import { notFound } from '../../errors.tsx';
import { requireStaff } from '../../officer/require-staff.ts';
import { pageContext, sendPage } from '../../render.ts';
import type { FieldError } from '../../ui/components/index.ts';
import type { Translator } from '../../ui/i18n/translator.ts';
import { href, type PageContext } from '../../ui/page-context.ts';
import { builderPath } from '../paths.ts';
import { problemErrors, SETTINGS_PATH } from './settings-layout.tsx';

export interface SettingsRouteDeps {
  config: Config;
  services: Services;
}

/** The settings routes' address pattern (below /:kommun). */
export const SETTINGS_BASE = `/handlaggare/bygg/:eServiceId${SETTINGS_PATH}`;

export interface SettingsKit {
  services: Services;
  preHandler: preHandlerHookHandler;
  /** The e-service's settings within the staff member's municipality; 404 otherwise. */
  load(
    req: FastifyRequest,
  ): Promise<{ m: string; actor: { id: string; name: string }; settings: EServiceSettings }>;
  translator(req: FastifyRequest, reply: FastifyReply): Translator;
  send(req: FastifyRequest, reply: FastifyReply, status: number, page: (ctx: PageContext) => Html): unknown;
  /** After a save: back to the hub, or the page again with its problems. */
  afterSave(
    req: FastifyRequest,
    reply: FastifyReply,
    s: EServiceSettings,
    r: SaveResult,
    again: (errors: FieldError[]) => unknown,
  ): unknown;
}

export function settingsKit({ config, services }: SettingsRouteDeps): SettingsKit {
  const translator = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, config, 'staff').t;
  return {
    services,
    preHandler: requireStaff(services, 'developer'),
    async load(req) {
      const staff = req.staff;
      if (!staff) throw new Error('requireStaff did not run');
      const { eServiceId } = req.params as { eServiceId: string };
      if (!isUuid(eServiceId)) throw notFound();
      const settings = await services.builderSettings.read(staff.municipalityId, eServiceId);
      if (!settings) throw notFound();
      return { m: staff.municipalityId, actor: { id: staff.id, name: staff.name }, settings };
    },
    translator,
    send(req, reply, status, page) {
      return sendPage(reply, status, page(pageContext(req, reply, config, 'staff')));
    },
    afterSave(req, reply, s, r, again) {
      if (r.ok) {
        const hub = href({ basePath: req.basePath }, builderPath(s.eServiceId, SETTINGS_PATH));
        return reply.redirect(`${hub}?sparat=1`, 303);
      }
      if (r.reason === 'notFound') throw notFound();
      return again(problemErrors(translator(req, reply), r.problems));
    },
  };
}
