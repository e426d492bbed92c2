import type { Children, Html } from '#jsx/jsx-runtime';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { plainText } from '../../citizen/localized.tsx';
import type { FieldError } from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import type { PageContext } from '../../ui/page-context.ts';
import { staffNav } from '../staff-nav.ts';
import { ConflictBanner } from './conflict-banner.tsx';
import { caseUrl } from './load.ts';

/** A tool of the case (change status, officers, colour, delete): one form on its own page. */
export function ToolPage(props: {
  ctx: PageContext;
  page: OfficerCasePage;
  title: string;
  errors?: readonly FieldError[];
  conflict?: readonly CaseHistoryEntry[];
  children: Children;
}): Html {
  const { ctx, page } = props;
  const { t } = ctx;
  return (
    <Page
      ctx={ctx}
      title={`${props.title} – ${t.t('officerCase.title', { number: page.c.case_number })}`}
      errors={props.errors}
      navItems={staffNav(ctx)}
      backLink={{ href: caseUrl(ctx, page.c.id), text: t.t('officerCase.backToCase') }}
    >
      {props.conflict ? (
        <ConflictBanner
          t={t}
          facts={{ definition: page.version.definition, settings: page.settings }}
          changes={props.conflict}
        />
      ) : null}
      <span class="govuk-caption-l">
        {t.t('officerCase.title', { number: page.c.case_number })} – {plainText(page.eService.name, ctx.lang)}
      </span>
      <h1 class="govuk-heading-l">{props.title}</h1>
      {props.children}
    </Page>
  );
}
