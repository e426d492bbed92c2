import type { Child, Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';
import { fieldId } from './field-id.ts';
import type { TextSize } from './types.ts';
import { withQuery } from './with-query.ts';

export type SortDirection = 'asc' | 'desc';

export interface TableColumn<R> {
  /** The value of ?sort= for this column. */
  key: string;
  header: string;
  cell: (row: R) => Child;
  sortable?: boolean;
  /** Right-aligned (left in right-to-left) with tabular figures. */
  numeric?: boolean;
  /** The cells of this column are row headers (<th scope="row">), e.g. the case number. */
  rowHeader?: boolean;
}

export interface TableProps<R> {
  t: Translator;
  /** Every table has a caption: it names the table for screen readers. */
  caption: string;
  captionSize?: TextSize | 'hidden';
  columns: readonly TableColumn<R>[];
  rows: readonly R[];
  /** The current order, from the query string. */
  sort?: { key: string; dir: SortDirection } | null;
  /** The current page's path and query (ctx.currentUrl); sort links keep its other parameters. */
  url?: string;
  /** Shown in one cell when there are no rows. */
  empty?: Child;
  /** Unique on the page; defaults to one made from the caption. */
  id?: string;
}

function Arrow(props: { dir: SortDirection | null }): Html {
  // Up/down arrows for a sorted column, both for a sortable one.
  const path =
    props.dir === 'asc'
      ? 'M6 1 11 8H1z'
      : props.dir === 'desc'
        ? 'M6 15 1 8h10z'
        : 'M6 0 10.5 6h-9zM6 16 1.5 10h9z';
  return (
    <svg
      class="ingang-sort__icon"
      xmlns="http://www.w3.org/2000/svg"
      width="12"
      height="16"
      viewBox="0 0 12 16"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d={path} />
    </svg>
  );
}

/**
 * An id made from the caption: readable for Latin script ("table-Arenden").
 * Letters an id cannot keep (Arabic) would all reduce to the same id, so
 * then a short hash of the caption keeps each table's id, and the label of
 * its scroll region, its own.
 */
function tableId(caption: string): string {
  const slug = fieldId(caption);
  if (!/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(caption)) return `table-${slug}`;
  let hash = 0x811c9dc5;
  for (const ch of caption) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return slug === 'field' ? `table-${hash.toString(36)}` : `table-${slug}-${hash.toString(36)}`;
}

/**
 * A data table. Sortable columns have links in their headers that set
 * ?sort=<key>&dir=asc|desc (and go back to page 1), so sorting is done by the
 * server and works without JavaScript; the sorted column has aria-sort.
 */
export function Table<R>(props: TableProps<R>): Html {
  const { t } = props;
  const url = props.url ?? '/';
  const captionClass =
    props.captionSize === 'hidden'
      ? 'govuk-table__caption govuk-visually-hidden'
      : `govuk-table__caption govuk-table__caption--${props.captionSize ?? 'm'}`;
  const header = (col: TableColumn<R>): Html => {
    const classes = ['govuk-table__header', col.numeric && 'govuk-table__header--numeric']
      .filter(Boolean)
      .join(' ');
    if (!col.sortable) {
      return (
        <th scope="col" class={classes}>
          {col.header}
        </th>
      );
    }
    const dir = props.sort?.key === col.key ? props.sort.dir : null;
    const next: SortDirection = dir === 'asc' ? 'desc' : 'asc';
    return (
      <th
        scope="col"
        class={classes}
        aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
      >
        <a class="govuk-link ingang-sort" href={withQuery(url, { sort: col.key, dir: next, page: null })}>
          {col.header}
          <span class="govuk-visually-hidden">
            {' '}
            {t.t(next === 'asc' ? 'components.table.sortAscending' : 'components.table.sortDescending')}
          </span>
          <Arrow dir={dir} />
        </a>
      </th>
    );
  };
  const cell = (col: TableColumn<R>, row: R): Html => {
    if (col.rowHeader) {
      return (
        <th scope="row" class="govuk-table__header">
          {col.cell(row)}
        </th>
      );
    }
    return (
      <td class={col.numeric ? 'govuk-table__cell govuk-table__cell--numeric' : 'govuk-table__cell'}>
        {col.cell(row)}
      </td>
    );
  };
  const id = props.id ?? tableId(props.caption);
  // A wide table scrolls inside its own box instead of widening the page
  // (WCAG 1.4.10); the box is focusable so keyboard users can scroll it.
  return (
    <section class="ingang-table-scroll" aria-labelledby={`${id}-caption`} tabindex="0">
      <table class="govuk-table" id={id}>
        <caption class={captionClass} id={`${id}-caption`}>
          {props.caption}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">{props.columns.map(header)}</tr>
        </thead>
        <tbody class="govuk-table__body">
          {props.rows.length === 0 && props.empty !== undefined ? (
            <tr class="govuk-table__row">
              <td class="govuk-table__cell" colspan={props.columns.length}>
                {props.empty}
              </td>
            </tr>
          ) : (
            props.rows.map((row) => (
              <tr class="govuk-table__row">{props.columns.map((col) => cell(col, row))}</tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
