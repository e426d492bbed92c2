import type { Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';
import { errorHref, type FieldError } from './field-error.ts';

/**
 * The list of problems at the top of the page, each linking to its field.
 * govuk-frontend moves focus here on load, so screen readers hear it first.
 * Renders nothing when there are no errors. The Page layout renders it for
 * you when given `errors`.
 */
export function ErrorSummary(props: {
  t: Translator;
  errors: readonly FieldError[] | undefined;
}): Html | null {
  const errors = props.errors ?? [];
  if (errors.length === 0) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{props.t.t('errors.summaryTitle')}</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li>
                <a href={errorHref(e)}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
