import type { Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';

export interface Breadcrumb {
  text: string;
  /** Leave out for the current page, the last item. */
  href?: string;
}

/** Where the page sits ("Startsida › E-tjänster › Skolskjuts"). */
export function Breadcrumbs(props: { t: Translator; items: readonly Breadcrumb[] }): Html {
  return (
    <nav class="govuk-breadcrumbs" aria-label={props.t.t('layout.breadcrumbs')}>
      <ol class="govuk-breadcrumbs__list">
        {props.items.map((item) =>
          item.href ? (
            <li class="govuk-breadcrumbs__list-item">
              <a class="govuk-breadcrumbs__link" href={item.href}>
                {item.text}
              </a>
            </li>
          ) : (
            <li class="govuk-breadcrumbs__list-item" aria-current="page">
              {item.text}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
