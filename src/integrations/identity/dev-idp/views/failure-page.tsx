import type { Translator } from '../../../../web/ui/i18n/translator.ts';
import type { Html } from '../../../../web/ui/jsx/jsx-runtime.ts';
import { DevIdpPage } from './page.tsx';

export interface FailurePageProps {
  t: Translator;
  stylesheetUrl: string;
  switchLanguageHref: string;
  /** The interaction is gone (expired, finished, or another browser). */
  expired: boolean;
  /** OAuth error code and description, shown because this is a tool for testers. */
  details?: string;
}

/** Shown when the login cannot go on and there is no client to send the error back to. */
export function FailurePage(props: FailurePageProps): Html {
  const { t } = props;
  return (
    <DevIdpPage
      t={t}
      title={t.t('devIdp.failure.title')}
      switchLanguageHref={props.switchLanguageHref}
      stylesheetUrl={props.stylesheetUrl}
    >
      <h1 class="govuk-heading-l">{t.t('devIdp.failure.title')}</h1>
      <p class="govuk-body">{t.t(props.expired ? 'devIdp.failure.expired' : 'devIdp.failure.generic')}</p>
      {props.details ? (
        <p class="govuk-body-s">{t.t('devIdp.failure.details', { details: props.details })}</p>
      ) : null}
    </DevIdpPage>
  );
}
