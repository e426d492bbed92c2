import type { Children, Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';

/** Something people must not miss ("Du kan inte ändra ansökan när den är skickad"). */
export function WarningText(props: { t: Translator; children: Children }): Html {
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">{props.t.t('components.warning')}</span> {props.children}
      </strong>
    </div>
  );
}
