import type { FastifyInstance } from 'fastify';
import { pageContext, sendPage } from '../render.ts';
import { SummaryList } from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import type { OfficerDeps } from './index.ts';
import { requireStaff } from './require-staff.ts';
import { staffNav } from './staff-nav.ts';

/** The staff start page: who you are, your roles and groups. */
export function registerStaffHomeRoutes(app: FastifyInstance, { config, services }: OfficerDeps): void {
  app.get('/handlaggare', { preHandler: requireStaff(services) }, async (req, reply) => {
    const staff = req.staff;
    if (!staff) throw new Error('requireStaff did not run');
    const ctx = pageContext(req, reply, config, 'staff');
    const t = ctx.t;
    const groups = await services.staffUsers.groupsOf(staff.municipalityId, staff.id);
    const title = t.t('staff.home.title');
    return sendPage(
      reply,
      200,
      <Page ctx={ctx} title={title} navItems={staffNav(ctx)}>
        <h1 class="govuk-heading-xl">{t.t('staff.home.welcome', { name: staff.name })}</h1>
        <SummaryList
          t={t}
          rows={[
            {
              key: t.t('staff.home.roles'),
              value: staff.roles.map((r) => t.t(`staff.role.${r}`)).join(', '),
            },
            {
              key: t.t('staff.home.groups'),
              value: groups.length ? groups.map((g) => g.name).join(', ') : t.t('staff.home.noGroups'),
            },
          ]}
        />
      </Page>,
    );
  });
}
