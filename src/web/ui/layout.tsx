import { type Children, type Html, raw } from '#jsx/jsx-runtime';
import { BackLink } from './components/back-link.tsx';
import { ErrorSummary } from './components/error-summary.tsx';
import type { FieldError } from './components/field-error.ts';
import { type NavItem, ServiceNavigation } from './components/service-navigation.tsx';
import { SiteFooter } from './components/site-footer.tsx';
import { PLATFORM_NAME, SiteHeader } from './components/site-header.tsx';
import { href, type PageContext } from './page-context.ts';

/** Where the built assets are served (public/build/). */
export const ASSETS_PATH = '/assets';

export interface PageProps {
  ctx: PageContext;
  /** The page's own title, usually its <h1>; the municipality's name is added. */
  title: string;
  children?: Children;
  /** Validation problems: shown in the error summary and as "Fel: " in the title. */
  errors?: readonly FieldError[];
  /** A "Tillbaka" link above the content: a URL, or a URL and its own text. */
  backLink?: string | { href: string; text: string };
  /** Above the error summary, e.g. Breadcrumbs or a StepIndicator. */
  beforeContent?: Children;
  /**
   * Menu items after the resident ones (E-tjänster, Mina sidor), or the whole
   * menu on staff pages, which have no default items.
   */
  navItems?: readonly NavItem[];
  /**
   * Wider than GOV.UK's 960 px column on a wide screen (header and footer
   * too), for data-heavy staff pages such as the case list.
   */
  wide?: boolean;
}

function defaultNav(ctx: PageContext): NavItem[] {
  if (ctx.area === 'staff' || !ctx.municipality) return [];
  return [
    { text: ctx.t.t('layout.eServices'), href: href(ctx, '/') },
    { text: ctx.t.t('layout.myPages'), href: href(ctx, '/mina-sidor') },
  ];
}

/** "Fel: Kontaktuppgifter – Exempelkommun" */
export function documentTitle(ctx: PageContext, title: string, hasErrors: boolean): string {
  const prefix = hasErrors ? ctx.t.t('errors.pageTitlePrefix') : '';
  return `${prefix}${title} – ${ctx.municipality?.name ?? PLATFORM_NAME}`;
}

/**
 * The whole HTML document around a page's content. Everything the page needs
 * comes from ctx; nothing inline (the CSP allows no inline style or script):
 * the municipality's colours come from `${basePath}/theme.css` and the
 * enhancements from /assets/init.js.
 */
export function Page(props: PageProps): Html {
  const { ctx } = props;
  const errors = props.errors ?? [];
  const back =
    typeof props.backLink === 'string' ? { href: props.backLink, text: undefined } : props.backLink;
  const nav = [...defaultNav(ctx), ...(props.navItems ?? [])];
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={ctx.lang} dir={ctx.t.dir} class="govuk-template">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
          <title>{documentTitle(ctx, props.title, errors.length > 0)}</title>
          <link rel="stylesheet" href={`${ASSETS_PATH}/ingang.css`} />
          {ctx.municipality ? <link rel="stylesheet" href={href(ctx, '/theme.css')} /> : null}
          <script type="module" src={`${ASSETS_PATH}/init.js`} />
        </head>
        <body class={props.wide ? 'govuk-template__body ingang-template--wide' : 'govuk-template__body'}>
          <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">
            {ctx.t.t('layout.skipLink')}
          </a>
          <SiteHeader ctx={ctx} />
          <ServiceNavigation t={ctx.t} items={nav} currentUrl={ctx.currentUrl} />
          <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content">
              {back ? <BackLink t={ctx.t} href={back.href} text={back.text} /> : null}
              {props.beforeContent}
              <ErrorSummary t={ctx.t} errors={errors} />
              {props.children}
            </main>
          </div>
          <SiteFooter ctx={ctx} />
        </body>
      </html>
    </>
  );
}
