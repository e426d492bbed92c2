import type { Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';

export interface NavItem {
  text: string;
  href: string;
  /**
   * 'page' when this is the current page, true when the current page is inside
   * this section. Left out, it is worked out from the current URL.
   */
  current?: 'page' | true | false;
}

/**
 * Which item is current: 'page' for the exact page; true for a page inside the
 * item's section. An href that ends in "/" (a start page such as "/demo/") is
 * nobody's section, or it would be current everywhere.
 */
export function currentOf(item: NavItem, currentPath: string): 'page' | true | false {
  if (item.current !== undefined) return item.current;
  const href = item.href.replace(/\/+$/, '');
  const path = currentPath.replace(/\/+$/, '');
  if (path === href) return 'page';
  return !item.href.endsWith('/') && path.startsWith(`${href}/`);
}

/**
 * The service's main menu under the header (govuk-frontend's service
 * navigation: on small screens it collapses behind a "Meny" button).
 */
export function ServiceNavigation(props: {
  t: Translator;
  items: readonly NavItem[];
  currentUrl: string;
}): Html | null {
  const { t, items } = props;
  if (items.length === 0) return null;
  const path = new URL(props.currentUrl, 'http://localhost').pathname;
  return (
    <div class="govuk-service-navigation ingang-service-navigation" data-module="govuk-service-navigation">
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <nav aria-label={t.t('layout.mainNav')} class="govuk-service-navigation__wrapper">
            {items.length > 1 ? (
              <button
                type="button"
                class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls="navigation"
                hidden
              >
                {t.t('components.menu')}
              </button>
            ) : null}
            <ul class="govuk-service-navigation__list" id="navigation">
              {items.map((item) => {
                const current = currentOf(item, path);
                return (
                  <li
                    class={
                      current
                        ? 'govuk-service-navigation__item govuk-service-navigation__item--active'
                        : 'govuk-service-navigation__item'
                    }
                  >
                    <a
                      class="govuk-service-navigation__link"
                      href={item.href}
                      aria-current={current === 'page' ? 'page' : current ? 'true' : undefined}
                    >
                      {current ? (
                        <strong class="govuk-service-navigation__active-fallback">{item.text}</strong>
                      ) : (
                        item.text
                      )}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
