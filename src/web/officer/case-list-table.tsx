import type { Html } from '#jsx/jsx-runtime';
import { type CaseListQuery, caseListSearch } from '../../domain/cases/case-list-query.ts';
import { textIn } from '../../domain/forms/localize.ts';
import { selectionValue } from '../../services/officer/bulk-selection.ts';
import type { CaseListDbRow } from '../../services/officer/case-list-sql.ts';
import type { CaseListColumn } from '../../services/officer/staff-settings.ts';
import { Table, type TableColumn } from '../ui/components/index.ts';
import { href } from '../ui/page-context.ts';
import {
  applicantOf,
  type CellContext,
  ColourCell,
  eServiceOf,
  officerNames,
  personalNumberOf,
  StatusCell,
  SummaryCell,
  shortDate,
} from './case-list-cells.tsx';

/** The columns that sort, and the ?sort= each sets. */
const SORT_KEY: Partial<Record<CaseListColumn, CaseListQuery['sort']>> = {
  e_service: 'e_service',
  status: 'status',
  submitted: 'submitted',
  updated: 'updated',
  officers: 'officers',
};

export const caseListPath = (cc: CellContext, q: CaseListQuery) =>
  `${href(cc.ctx, '/handlaggare/arenden')}${caseListSearch(q)}`;

function SelectBox(props: { cc: CellContext; row: CaseListDbRow }): Html {
  const id = `case-${props.row.id}`;
  return (
    <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
      <div class="govuk-checkboxes__item">
        <input
          class="govuk-checkboxes__input"
          id={id}
          name="cases"
          type="checkbox"
          value={selectionValue(props.row)}
        />
        <label class="govuk-label govuk-checkboxes__label" for={id}>
          <span class="govuk-visually-hidden">
            {props.cc.ctx.t.t('caseList.selectCase', { caseNumber: props.row.case_number })}
          </span>
        </label>
      </div>
    </div>
  );
}

function CaseLink(props: { cc: CellContext; row: CaseListDbRow }): Html {
  const { cc, row } = props;
  const url = href(cc.ctx, `/handlaggare/arenden/${row.id}`);
  if (!cc.settings.openCasesInNewTab) {
    return (
      <a class="govuk-link" href={url}>
        {row.case_number}
      </a>
    );
  }
  return (
    <a class="govuk-link" href={url} target="_blank" rel="noopener">
      {row.case_number}
      <span class="govuk-visually-hidden"> {cc.ctx.t.t('caseList.newTab')}</span>
    </a>
  );
}

function dataColumns(cc: CellContext, q: CaseListQuery): TableColumn<CaseListDbRow>[] {
  const t = cc.ctx.t;
  const out: TableColumn<CaseListDbRow>[] = [];
  const one = eServiceOf(cc, q.eServiceId ?? '');
  for (const col of cc.settings.columns) {
    const base = { key: SORT_KEY[col] ?? col, header: t.t(`caseList.col.${col}`), sortable: col in SORT_KEY };
    switch (col) {
      case 'e_service':
        out.push({
          ...base,
          cell: (r) => {
            const e = eServiceOf(cc, r.e_service_id);
            return e ? textIn(e.name, cc.ctx.lang) : '';
          },
        });
        break;
      case 'status':
        out.push({ ...base, cell: (r) => <StatusCell cc={cc} row={r} /> });
        break;
      case 'applicant':
        out.push({ ...base, cell: applicantOf });
        break;
      case 'personal_number':
        out.push({ ...base, cell: personalNumberOf });
        break;
      case 'summary':
        if (one && one.summaryKeys.length > 0) {
          // One e-service: a column per summary field, headed by its question.
          for (const key of one.summaryKeys) {
            const label = [...cc.summaryLabels.values()].map((m) => m.get(key)).find(Boolean) ?? key;
            out.push({ key: `summary-${key}`, header: label, cell: (r) => r.summary[key] ?? '' });
          }
        } else {
          out.push({ ...base, cell: (r) => <SummaryCell cc={cc} row={r} /> });
        }
        break;
      case 'submitted':
        out.push({ ...base, cell: (r) => shortDate(cc, r.submitted_at) });
        break;
      case 'updated':
        out.push({ ...base, cell: (r) => shortDate(cc, r.updated_at) });
        break;
      case 'due':
        out.push({ ...base, cell: (r) => shortDate(cc, r.due_at) });
        break;
      case 'officers':
        out.push({ ...base, cell: (r) => officerNames(cc, r.officer_ids) });
        break;
      case 'colour':
        out.push({ ...base, cell: (r) => <ColourCell cc={cc} row={r} /> });
        break;
      case 'external_case_number':
        out.push({ ...base, cell: (r) => r.external_case_number ?? '' });
        break;
    }
  }
  return out;
}

/** The list's table: a checkbox per row for the bulk actions, the case number linking to the case. */
export function CaseListTable(props: { cc: CellContext; query: CaseListQuery; rows: CaseListDbRow[] }): Html {
  const { cc, query } = props;
  const t = cc.ctx.t;
  const columns: TableColumn<CaseListDbRow>[] = [
    { key: 'select', header: t.t('caseList.col.select'), cell: (r) => <SelectBox cc={cc} row={r} /> },
    {
      key: 'case_number',
      header: t.t('caseList.col.caseNumber'),
      sortable: true,
      rowHeader: true,
      cell: (r) => <CaseLink cc={cc} row={r} />,
    },
    ...dataColumns(cc, query),
  ];
  return (
    <Table
      t={t}
      id="case-table"
      caption={t.t('caseList.table.caption', { tab: t.t(`caseList.tab.${query.tab}`) })}
      captionSize="hidden"
      columns={columns}
      rows={props.rows}
      sort={{ key: query.sort, dir: query.dir }}
      url={caseListPath(cc, { ...query, page: 1 })}
      empty={t.t('caseList.empty')}
    />
  );
}
