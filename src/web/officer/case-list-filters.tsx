import type { Html } from '#jsx/jsx-runtime';
import {
  CASE_LIST_TABS,
  type CaseListQuery,
  type CaseListTab,
  caseListSearch,
} from '../../domain/cases/case-list-query.ts';
import { textIn } from '../../domain/forms/localize.ts';
import type { Counted } from '../../services/officer/case-list.ts';
import {
  Button,
  ButtonGroup,
  errorFor,
  type FieldError,
  Form,
  Select,
  TextInput,
} from '../ui/components/index.ts';
import { href } from '../ui/page-context.ts';
import type { CellContext } from './case-list-cells.tsx';

function countText(cc: CellContext, c: Counted): string | null {
  if (c.count === null) return null;
  const n = cc.ctx.t.number(c.count);
  return c.capped ? cc.ctx.t.t('caseList.count.capped', { count: n }) : n;
}

/** The tabs as links: each keeps the search and filters and starts at page 1. */
export function CaseListTabs(props: {
  cc: CellContext;
  query: CaseListQuery;
  counts: Record<CaseListTab, Counted>;
}): Html {
  const { cc, query } = props;
  const t = cc.ctx.t;
  return (
    <nav class="govuk-tabs" aria-label={t.t('caseList.tabs.label')}>
      <ul class="govuk-tabs__list">
        {CASE_LIST_TABS.map((tab) => {
          const name = t.t(`caseList.tab.${tab}`);
          const count = countText(cc, props.counts[tab]);
          const current = tab === query.tab;
          return (
            <li
              class={
                current ? 'govuk-tabs__list-item govuk-tabs__list-item--selected' : 'govuk-tabs__list-item'
              }
            >
              <a
                class="govuk-tabs__tab"
                href={`${href(cc.ctx, '/handlaggare/arenden')}${caseListSearch(query, { tab, page: 1 })}`}
                aria-current={current ? 'page' : undefined}
              >
                {count === null ? name : t.t('caseList.tab.count', { tab: name, count })}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Search and filters: a GET form, so a filtered list is a link to share or bookmark. */
export function CaseListFilters(props: {
  cc: CellContext;
  query: CaseListQuery;
  errors: readonly FieldError[];
  typed: { from: string; to: string };
}): Html {
  const { cc, query, errors, typed } = props;
  const { ctx, facets } = cc;
  const t = ctx.t;
  const any = t.t('caseList.filters.any');
  const name = (n: Parameters<typeof textIn>[0]) => textIn(n, ctx.lang);
  const eServices = [...facets.eServices].sort((a, b) => name(a.name).localeCompare(name(b.name), ctx.lang));
  const statuses = new Map<string, string>();
  for (const e of eServices)
    for (const s of e.statusSet) if (!statuses.has(s.key)) statuses.set(s.key, name(s.name));
  const colours = new Map<string, string>();
  for (const e of eServices)
    for (const l of e.colourLabels) if (!colours.has(l.key)) colours.set(l.key, name(l.meaning));
  return (
    <search>
      <h2 class="govuk-heading-m">{t.t('caseList.search.heading')}</h2>
      <Form ctx={ctx} method="get" action={href(ctx, '/handlaggare/arenden')} id="case-filters">
        {query.tab !== 'all' ? <input type="hidden" name="tab" value={query.tab} /> : null}
        {query.sort !== 'submitted' ? <input type="hidden" name="sort" value={query.sort} /> : null}
        <input type="hidden" name="dir" value={query.dir} />
        <TextInput
          t={t}
          name="q"
          type="search"
          label={t.t('caseList.search.label')}
          hint={t.t('caseList.search.hint')}
          value={query.search}
          spellcheck={false}
          error={errorFor(errors, 'q')}
          width="two-thirds"
        />
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-half">
            <Select
              t={t}
              name="eservice"
              label={t.t('caseList.filters.eService')}
              emptyOption={any}
              value={query.eServiceId}
              options={eServices.map((e) => ({ value: e.id, text: name(e.name) }))}
            />
            <Select
              t={t}
              name="version"
              label={t.t('caseList.filters.version')}
              emptyOption={any}
              value={query.versionId}
              options={eServices.flatMap((e) =>
                e.versions.map((v) => ({
                  value: v.id,
                  text: t.t('caseList.filters.versionOption', { eService: name(e.name), number: v.number }),
                })),
              )}
            />
            <Select
              t={t}
              name="status"
              label={t.t('caseList.filters.status')}
              emptyOption={any}
              value={query.status}
              options={[...statuses].map(([value, text]) => ({ value, text }))}
            />
            <Select
              t={t}
              name="colour"
              label={t.t('caseList.filters.colour')}
              emptyOption={any}
              value={query.colour}
              options={[...colours].map(([value, text]) => ({ value, text }))}
            />
          </div>
          <div class="govuk-grid-column-one-half">
            <TextInput
              t={t}
              name="from"
              label={t.t('caseList.filters.from')}
              hint={t.t('caseList.filters.dateHint')}
              value={errorFor(errors, 'from') ? typed.from : query.submittedFrom}
              error={errorFor(errors, 'from')}
              width={10}
            />
            <TextInput
              t={t}
              name="to"
              label={t.t('caseList.filters.to')}
              hint={t.t('caseList.filters.dateHint')}
              value={errorFor(errors, 'to') ? typed.to : query.submittedTo}
              error={errorFor(errors, 'to')}
              width={10}
            />
          </div>
        </div>
        <ButtonGroup>
          <Button variant="secondary">{t.t('caseList.filters.submit')}</Button>
          <a
            class="govuk-link"
            href={`${href(ctx, '/handlaggare/arenden')}${caseListSearch({ ...query, search: '', terms: [], eServiceId: null, versionId: null, status: null, colour: null, submittedFrom: null, submittedTo: null, page: 1 })}`}
          >
            {t.t('caseList.filters.clear')}
          </a>
        </ButtonGroup>
      </Form>
    </search>
  );
}
