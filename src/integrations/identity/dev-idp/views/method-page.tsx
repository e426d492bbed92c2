import type { Translator } from '../../../../web/ui/i18n/translator.ts';
import type { Html } from '../../../../web/ui/jsx/jsx-runtime.ts';
import { DEV_METHODS } from '../methods.ts';
import { CancelForm, DevIdpPage, ErrorMessage, ErrorSummary, type FieldError } from './page.tsx';

export interface MethodPageProps {
  t: Translator;
  stylesheetUrl: string;
  switchLanguageHref: string;
  /** Where the choice is sent (GET). */
  action: string;
  cancelAction: string;
  error?: string;
}

/** Step 1: BankID, BankID on another device, Freja eID+ or Svenska Pass. */
export function MethodPage(props: MethodPageProps): Html {
  const { t } = props;
  const errors: FieldError[] = props.error ? [{ field: 'method', message: props.error }] : [];
  const describedBy = ['method-hint', props.error ? 'method-error' : ''].filter(Boolean).join(' ');
  return (
    <DevIdpPage
      t={t}
      title={t.t('devIdp.method.title')}
      hasError={errors.length > 0}
      switchLanguageHref={props.switchLanguageHref}
      stylesheetUrl={props.stylesheetUrl}
    >
      <ErrorSummary t={t} errors={errors} />
      <form method="get" action={props.action} novalidate>
        <input type="hidden" name="lang" value={t.lang} />
        <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
          <fieldset class="govuk-fieldset" aria-describedby={describedBy}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
              <h1 class="govuk-fieldset__heading">{t.t('devIdp.method.title')}</h1>
            </legend>
            <div id="method-hint" class="govuk-hint">
              {t.t('devIdp.method.hint')}
            </div>
            <ErrorMessage t={t} id="method-error" message={props.error} />
            <div class="govuk-radios" data-module="govuk-radios">
              {DEV_METHODS.map((method, i) => {
                const id = i === 0 ? 'method' : `method-${i + 1}`;
                return (
                  <div class="govuk-radios__item">
                    <input
                      class="govuk-radios__input"
                      id={id}
                      name="method"
                      type="radio"
                      value={method}
                      aria-describedby={`${id}-item-hint`}
                    />
                    <label class="govuk-label govuk-radios__label" for={id}>
                      {t.t(`devIdp.method.${method}`)}
                    </label>
                    <div id={`${id}-item-hint`} class="govuk-hint govuk-radios__hint">
                      {t.t(`devIdp.method.${method}.hint`)}
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {t.t('devIdp.continue')}
        </button>
      </form>
      <CancelForm t={t} action={props.cancelAction} lang={t.lang} />
    </DevIdpPage>
  );
}
