import type { Html } from '#jsx/jsx-runtime';
import {
  type CaseListQuery,
  type CaseListTab,
  caseListSearch,
  MAX_PAGE,
  PAGE_SIZE,
} from '../../domain/cases/case-list-query.ts';
import type { Counted } from '../../services/officer/case-list.ts';
import type { CaseListDbRow } from '../../services/officer/case-list-sql.ts';
import {
  Button,
  ButtonGroup,
  type FieldError,
  Fieldset,
  Form,
  NotificationBanner,
  Pagination,
} from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href } from '../ui/page-context.ts';
import type { CellContext } from './case-list-cells.tsx';
import { CaseListFilters, CaseListTabs } from './case-list-filters.tsx';
import { CaseListTable, caseListPath } from './case-list-table.tsx';
import { staffNav } from './staff-nav.ts';

export const BULK_ACTIONS = ['take', 'officers', 'colour', 'status', 'broadcast', 'export'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** What a bulk change did, shown once after it (from the redirect's query). */
export interface BulkDoneNotice {
  action: Exclude<BulkAction, 'export' | 'broadcast'>;
  changed: number;
  unchanged: number;
}

export interface CaseListPageProps {
  cc: CellContext;
  query: CaseListQuery;
  rows: CaseListDbRow[];
  counts: Record<CaseListTab, Counted>;
  errors: readonly FieldError[];
  /** What was typed in the date fields, shown again when it was not a date. */
  typed: { from: string; to: string };
  done: BulkDoneNotice | null;
}

function pageCount(c: Counted, query: CaseListQuery, rows: number): number {
  if (c.capped) return MAX_PAGE;
  const known = c.count !== null ? Math.ceil(c.count / PAGE_SIZE) : query.page + (rows === PAGE_SIZE ? 1 : 0);
  return Math.max(1, Math.min(known, MAX_PAGE));
}

function Showing(props: {
  cc: CellContext;
  query: CaseListQuery;
  rows: number;
  count: Counted;
}): Html | null {
  const { cc, query, rows, count } = props;
  if (rows === 0 || count.count === null) return null;
  const t = cc.ctx.t;
  const from = (query.page - 1) * PAGE_SIZE + 1;
  const vars = { from: t.number(from), to: t.number(from + rows - 1), total: t.number(count.count) };
  return (
    <p class="govuk-body">
      {count.capped ? t.t('caseList.showingCapped', vars) : t.t('caseList.showing', vars)}
      {count.capped ? ` ${t.t('caseList.pagesCapped', { max: t.number(MAX_PAGE * PAGE_SIZE) })}` : ''}
    </p>
  );
}

/** /:kommun/handlaggare/arenden: search, filters, tabs, the list and the bulk actions on checked cases. */
export function CaseListPage(props: CaseListPageProps): Html {
  const { cc, query, rows, counts, errors, done } = props;
  const { ctx } = cc;
  const t = ctx.t;
  const count = counts[query.tab];
  return (
    <Page ctx={ctx} title={t.t('caseList.title')} navItems={staffNav(ctx)} errors={errors} wide>
      {done ? (
        <NotificationBanner
          t={t}
          type="success"
          title={t.t('caseList.bulk.doneTitle')}
          disableAutoFocus={errors.length > 0}
        >
          <p class="govuk-notification-banner__heading">
            {t.t(`caseList.bulk.done.${done.action}`, { count: t.number(done.changed) })}
          </p>
          {done.unchanged > 0 ? (
            <p class="govuk-body">{t.t('caseList.bulk.unchanged', { count: t.number(done.unchanged) })}</p>
          ) : null}
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-xl">{t.t('caseList.title')}</h1>
      <p class="govuk-body">
        <a class="govuk-link" href={href(ctx, '/handlaggare/installningar')}>
          {t.t('caseList.settingsLink')}
        </a>
      </p>
      <CaseListFilters cc={cc} query={query} errors={errors} typed={props.typed} />
      <CaseListTabs cc={cc} query={query} counts={counts} />
      <Form ctx={ctx} action={href(ctx, '/handlaggare/arenden')} id="bulk-form">
        <input type="hidden" name="return" value={caseListSearch(query)} />
        <CaseListTable cc={cc} query={query} rows={rows} />
        <Showing cc={cc} query={query} rows={rows.length} count={count} />
        <Pagination
          t={t}
          current={query.page}
          total={pageCount(count, query, rows.length)}
          url={caseListPath(cc, query)}
        />
        {rows.length > 0 ? (
          <Fieldset legend={t.t('caseList.bulk.legend')} legendSize="m">
            <ButtonGroup>
              {BULK_ACTIONS.map((action) => (
                <Button variant="secondary" name="action" value={action}>
                  {t.t(`caseList.bulk.${action}`)}
                </Button>
              ))}
            </ButtonGroup>
          </Fieldset>
        ) : null}
      </Form>
    </Page>
  );
}
