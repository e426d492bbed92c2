import type { Html } from '#jsx/jsx-runtime';
import type { Question } from '../../../domain/forms/definition.ts';
import { NotificationBanner } from '../components/notification-banner.tsx';
import type { Translator } from '../i18n/translator.ts';
import { LocalText } from './local-text.tsx';
import { questionAnchor } from './question-anchor.ts';

/**
 * After a post that made more questions show (the resident's step, the
 * officer's manual case): says so above the form and links to each new
 * question, so nobody misses them. Nothing when none appeared.
 */
export function RevealedBanner(props: {
  t: Translator;
  /** The e-service's texts' language; the page's is `t.lang`. */
  lang: string;
  heading: string;
  questions: readonly Question[];
}): Html | null {
  if (props.questions.length === 0) return null;
  return (
    <NotificationBanner t={props.t} id="revealed">
      <p class="govuk-notification-banner__heading">{props.heading}</p>
      <ul class="govuk-list">
        {props.questions.map((q) => (
          <li>
            <a class="govuk-notification-banner__link" href={`#${questionAnchor(q.key)}`}>
              <LocalText text={q.label} lang={props.lang} page={props.t.lang} />
            </a>
          </li>
        ))}
      </ul>
    </NotificationBanner>
  );
}
