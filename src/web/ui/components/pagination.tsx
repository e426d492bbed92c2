import type { Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';
import { withQuery } from './with-query.ts';

export interface PaginationProps {
  t: Translator;
  /** The current page, counted from 1. */
  current: number;
  /** The number of pages. Nothing is rendered for one page or fewer. */
  total: number;
  /** The current page's path and query (ctx.currentUrl); the links keep its other parameters. */
  url: string;
  /** The query parameter that holds the page number. */
  param?: string;
}

/**
 * The page numbers to show: the first, the last, the current and its
 * neighbours, with null for each gap ("…").
 */
export function pageItems(current: number, total: number): (number | null)[] {
  const shown = new Set([1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const prev = out.at(-1);
    // A gap of one page shows that page instead of an ellipsis.
    if (typeof prev === 'number' && n - prev === 2) out.push(prev + 1);
    else if (typeof prev === 'number' && n - prev > 2) out.push(null);
    out.push(n);
  }
  return out;
}

const ARROW_PREV =
  'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z';
const ARROW_NEXT =
  'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z';

function Arrow(props: { dir: 'prev' | 'next' }): Html {
  return (
    <svg
      class={`govuk-pagination__icon govuk-pagination__icon--${props.dir}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={props.dir === 'prev' ? ARROW_PREV : ARROW_NEXT} />
    </svg>
  );
}

/** Previous / numbered / next links for long lists (case lists, search results). */
export function Pagination(props: PaginationProps): Html | null {
  const { t, total } = props;
  if (total <= 1) return null;
  const current = Math.min(Math.max(props.current, 1), total);
  const param = props.param ?? 'page';
  const hrefFor = (n: number) => withQuery(props.url, { [param]: n === 1 ? null : n });
  return (
    <nav class="govuk-pagination" aria-label={t.t('components.pagination.label')}>
      {current > 1 ? (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={hrefFor(current - 1)} rel="prev">
            <Arrow dir="prev" />
            <span class="govuk-pagination__link-title">{t.t('components.pagination.previous')}</span>
          </a>
        </div>
      ) : null}
      <ul class="govuk-pagination__list">
        {pageItems(current, total).map((n) =>
          n === null ? (
            <li class="govuk-pagination__item govuk-pagination__item--ellipsis">⋯</li>
          ) : (
            <li
              class={
                n === current
                  ? 'govuk-pagination__item govuk-pagination__item--current'
                  : 'govuk-pagination__item'
              }
            >
              <a
                class="govuk-link govuk-pagination__link"
                href={hrefFor(n)}
                aria-label={t.t('components.pagination.page', { page: t.number(n) })}
                aria-current={n === current ? 'page' : undefined}
              >
                {t.number(n)}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < total ? (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={hrefFor(current + 1)} rel="next">
            <span class="govuk-pagination__link-title">{t.t('components.pagination.next')}</span>
            <Arrow dir="next" />
          </a>
        </div>
      ) : null}
    </nav>
  );
}
