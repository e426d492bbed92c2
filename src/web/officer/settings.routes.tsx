import type { FastifyInstance } from 'fastify';
import { parseStaffSettingsForm, readStaffSettings } from '../../services/officer/staff-settings.ts';
import { pageContext, sendPage } from '../render.ts';
import { href } from '../ui/page-context.ts';
import type { OfficerDeps } from './index.ts';
import { requireStaff } from './require-staff.ts';
import { SettingsPage } from './settings-page.tsx';

/** GET and POST /:kommun/handlaggare/installningar — the settings of the officer logged in. */
export function registerSettingsRoutes(app: FastifyInstance, { config, services }: OfficerDeps): void {
  const preHandler = requireStaff(services, 'officer');

  app.get('/handlaggare/installningar', { preHandler }, async (req, reply) => {
    const staff = req.staff;
    if (!staff) throw new Error('requireStaff did not run');
    const settings = await services.caseList.settings.load(staff.municipalityId, staff.id);
    const ctx = pageContext(req, reply, config, 'staff');
    const saved = (req.query as Record<string, unknown>).sparat === '1';
    return sendPage(reply, 200, <SettingsPage ctx={ctx} settings={settings} errors={[]} saved={saved} />);
  });

  app.post('/handlaggare/installningar', { preHandler }, async (req, reply) => {
    const staff = req.staff;
    if (!staff) throw new Error('requireStaff did not run');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const parsed = parseStaffSettingsForm(body);
    if (!parsed.ok) {
      const ctx = pageContext(req, reply, config, 'staff');
      const t = ctx.t;
      const errors = parsed.errors.map((field) => ({
        field,
        message: t.t(field === 'columns' ? 'caseList.settings.invalidColumns' : 'caseList.settings.invalid'),
      }));
      // What was posted, as far as it can be read, is shown again.
      const shown = readStaffSettings({
        caseListColumns: Array.isArray(body.columns) ? body.columns : [body.columns],
        openCasesInNewTab: body.openIn === 'new',
        officerLabel: body.officerLabel,
        lang: body.notificationLang,
      });
      return sendPage(reply, 422, <SettingsPage ctx={ctx} settings={shown} errors={errors} saved={false} />);
    }
    await services.caseList.settings.save(staff.municipalityId, staff.id, parsed.settings);
    return reply.redirect(`${href({ basePath: req.basePath }, '/handlaggare/installningar')}?sparat=1`, 303);
  });
}
