import type { Html } from '#jsx/jsx-runtime';
import { staffNav } from '../../officer/staff-nav.ts';
import { Page } from '../../ui/layout.tsx';
import { href, type PageContext } from '../../ui/page-context.ts';
import { builderPath } from '../paths.ts';
import { ASSIGNMENT_ACTIONS } from './assignment-page.tsx';

/** Someone else saved the rules after this page was opened: nothing was saved. */
export function AssignmentStalePage(props: { ctx: PageContext; eServiceId: string }): Html {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Page ctx={ctx} title={t.t('builderOff.stale.title')} navItems={staffNav(ctx)}>
      <h1 class="govuk-heading-l">{t.t('builderOff.stale.title')}</h1>
      <p class="govuk-body">{t.t('builderOff.stale.body')}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={href(ctx, builderPath(props.eServiceId, ASSIGNMENT_ACTIONS.page))}>
          {t.t('builderOff.stale.reload')}
        </a>
      </p>
    </Page>
  );
}
