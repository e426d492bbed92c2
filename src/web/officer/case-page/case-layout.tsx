import type { Children, Html } from '#jsx/jsx-runtime';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { plainText } from '../../citizen/localized.tsx';
import { type FieldError, NotificationBanner } from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import { href, type PageContext } from '../../ui/page-context.ts';
import { staffNav } from '../staff-nav.ts';
import { CaseHeader, CaseTools } from './case-header.tsx';
import { type CaseTab, CaseTabs } from './case-tabs.tsx';
import { ConflictBanner } from './conflict-banner.tsx';

export interface CaseLayoutProps {
  ctx: PageContext;
  page: OfficerCasePage;
  tab: CaseTab;
  errors?: readonly FieldError[];
  /** A success message after a change (post-redirect-get). */
  notice?: string;
  /** A refusal that belongs to no field (Ta ärendet when someone else already did). */
  problem?: string;
  /** Set when a change was refused because the case had moved on: the changes since. */
  conflict?: readonly CaseHistoryEntry[];
  children: Children;
}

/** Every tab of the case: header, tools, tabs, then the tab's own content under an <h2>. */
export function CaseLayout(props: CaseLayoutProps): Html {
  const { ctx, page } = props;
  const { t } = ctx;
  const title = t.t('officerCase.title', { number: page.c.case_number });
  return (
    <Page
      ctx={ctx}
      title={`${t.t(`officerCase.tabs.${props.tab}`)} – ${title}`}
      errors={props.errors}
      navItems={staffNav(ctx)}
      backLink={{ href: href(ctx, '/handlaggare/arenden'), text: t.t('officerCase.allCases') }}
    >
      {props.notice ? (
        <NotificationBanner t={t} type="success" disableAutoFocus={(props.errors?.length ?? 0) > 0}>
          {props.notice}
        </NotificationBanner>
      ) : null}
      {props.problem ? <NotificationBanner t={t}>{props.problem}</NotificationBanner> : null}
      {props.conflict ? (
        <ConflictBanner
          t={t}
          facts={{ definition: page.version.definition, settings: page.settings }}
          changes={props.conflict}
        />
      ) : null}
      <span class="govuk-caption-l">
        {t.t('officerCase.caption', {
          eService: plainText(page.eService.name, ctx.lang),
          version: page.version.number,
        })}
      </span>
      <h1 class="govuk-heading-l">{title}</h1>
      <div class="govuk-grid-row">
        <section class="govuk-grid-column-two-thirds" aria-label={t.t('officerCase.header.label')}>
          <CaseHeader ctx={ctx} page={page} now={new Date()} />
        </section>
        <div class="govuk-grid-column-one-third">
          <CaseTools ctx={ctx} page={page} />
        </div>
      </div>
      <CaseTabs ctx={ctx} caseId={page.c.id} current={props.tab} unreadMessages={page.unreadMessages} />
      <div class="govuk-tabs__panel">{props.children}</div>
    </Page>
  );
}
