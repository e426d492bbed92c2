import type { Translator } from '../../../../web/ui/i18n/translator.ts';
import { type Children, type Html, raw } from '../../../../web/ui/jsx/jsx-runtime.ts';

export interface DevIdpPageProps {
  t: Translator;
  /** The page's own title (the h1 text); the document title adds the service name. */
  title: string;
  hasError?: boolean;
  /** Same page in the other language. */
  switchLanguageHref: string;
  stylesheetUrl: string;
  children?: Children;
}

/**
 * The frame of every development identity provider page: govuk-frontend
 * markup and the platform's header classes from its stylesheet, under a
 * banner that says plainly that this is a test service. No scripts: every
 * step is a plain form.
 */
export function DevIdpPage(props: DevIdpPageProps): Html {
  const { t } = props;
  const otherLang = t.lang === 'sv' ? 'en' : 'sv';
  const title = `${props.hasError ? t.t('errors.pageTitlePrefix') : ''}${t.t('devIdp.pageTitle', { page: props.title })}`;
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={t.lang} dir={t.dir} class="govuk-template">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex, nofollow" />
          <title>{title}</title>
          <link rel="stylesheet" href={props.stylesheetUrl} />
        </head>
        <body class="govuk-template__body">
          <a href="#main-content" class="govuk-skip-link">
            {t.t('layout.skipLink')}
          </a>
          <header class="ingang-header">
            <div class="ingang-test-banner">
              <p class="govuk-width-container ingang-test-banner__text">
                {t.t('devIdp.banner.tag')}: {t.t('devIdp.banner.text')}
              </p>
            </div>
            <div class="govuk-width-container ingang-header__container">
              <span class="ingang-header__name">{t.t('devIdp.serviceName')}</span>
              <div class="ingang-header__tools">
                <a class="ingang-header__link" href={props.switchLanguageHref} lang={otherLang}>
                  {t.t('devIdp.switchLanguage')}
                </a>
              </div>
            </div>
          </header>
          <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content">
              <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">{props.children}</div>
              </div>
            </main>
          </div>
        </body>
      </html>
    </>
  );
}

export interface FieldError {
  /** Id of the field (or first radio) the summary links to. */
  field: string;
  message: string;
}

/** govuk error summary: first thing in main, links to each field in error. */
export function ErrorSummary(props: { t: Translator; errors: readonly FieldError[] }): Html | null {
  if (props.errors.length === 0) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{props.t.t('errors.summaryTitle')}</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {props.errors.map((e) => (
              <li>
                <a href={`#${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function ErrorMessage(props: { t: Translator; id: string; message: string | undefined }): Html | null {
  if (!props.message) return null;
  return (
    <p id={props.id} class="govuk-error-message">
      <span class="govuk-visually-hidden">{props.t.t('devIdp.errorPrefix')}</span> {props.message}
    </p>
  );
}

/** A secondary button that cancels the login; a form of its own so it works without JavaScript. */
export function CancelForm(props: { t: Translator; action: string; lang: string }): Html {
  return (
    <form method="post" action={props.action} novalidate>
      <input type="hidden" name="lang" value={props.lang} />
      <p class="govuk-body">{props.t.t('devIdp.cancelHint')}</p>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
        {props.t.t('devIdp.cancel')}
      </button>
    </form>
  );
}
