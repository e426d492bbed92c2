import type { Children, Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';

/**
 * The inline error above a field. The "Fel:" prefix is read by screen readers
 * only, in the page's language, so the message is not mistaken for a hint.
 */
export function ErrorMessage(props: { t: Translator; id?: string; children: Children }): Html {
  return (
    <p id={props.id} class="govuk-error-message">
      <span class="govuk-visually-hidden">{props.t.t('components.errorPrefix')}</span> {props.children}
    </p>
  );
}
