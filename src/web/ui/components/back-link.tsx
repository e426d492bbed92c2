import type { Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';

/** "Tillbaka" to the previous step; a real link, so it works without JavaScript. */
export function BackLink(props: { t: Translator; href: string; text?: string }): Html {
  return (
    <a href={props.href} class="govuk-back-link">
      {props.text ?? props.t.t('components.back')}
    </a>
  );
}
