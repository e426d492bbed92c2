import type { Children, Html } from '#jsx/jsx-runtime';
import { staffNav } from '../../officer/staff-nav.ts';
import { type FieldError, NotificationBanner } from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import { href, type PageContext } from '../../ui/page-context.ts';
import { builderPath } from '../paths.ts';

/**
 * The frame of the e-service's officer pages (/behorighet, /tilldelning):
 * staff navigation, back to the e-service, the "done" notice and the heading.
 */
export function OfficersFrame(props: {
  ctx: PageContext;
  eServiceId: string;
  title: string;
  errors: readonly FieldError[];
  notice?: string | undefined;
  /** Leave the focus to the error summary when there is one. */
  noticeYieldsToErrors?: boolean;
  children: Children;
}): Html {
  const { ctx, errors } = props;
  const t = ctx.t;
  return (
    <Page
      ctx={ctx}
      title={props.title}
      navItems={staffNav(ctx)}
      errors={errors}
      backLink={{ href: href(ctx, builderPath(props.eServiceId, '')), text: t.t('builderOff.back') }}
    >
      {props.notice ? (
        <NotificationBanner
          t={t}
          type="success"
          {...(props.noticeYieldsToErrors ? { disableAutoFocus: errors.length > 0 } : {})}
        >
          <p class="govuk-notification-banner__heading">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-l">{props.title}</h1>
      {props.children}
    </Page>
  );
}
