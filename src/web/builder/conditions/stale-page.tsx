import type { Html } from '#jsx/jsx-runtime';
import { staffNav } from '../../officer/staff-nav.ts';
import { Button } from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import type { PageContext } from '../../ui/page-context.ts';

/** Someone else saved the version after this page was opened: nothing was saved. */
export function StalePage(props: { ctx: PageContext; reloadHref: string }): Html {
  const t = props.ctx.t;
  return (
    <Page ctx={props.ctx} navItems={staffNav(props.ctx)} title={t.t('builderCond.stale.title')}>
      <h1 class="govuk-heading-l">{t.t('builderCond.stale.title')}</h1>
      <p class="govuk-body">{t.t('builderCond.stale.body')}</p>
      <Button href={props.reloadHref}>{t.t('builderCond.stale.reload')}</Button>
    </Page>
  );
}
