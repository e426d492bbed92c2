import type { Html } from '#jsx/jsx-runtime';
import { textDirection } from '../i18n/languages.ts';
import type { Translator } from '../i18n/translator.ts';

export interface Step {
  title: string;
  /** The title's language when it differs from the page's (an e-service's Somali step title). */
  lang?: string | undefined;
  /** Completed steps with a link can be revisited. */
  href?: string;
}

export interface StepIndicatorProps {
  t: Translator;
  steps: readonly Step[];
  /** The current step, counted from 1. */
  current: number;
}

function Title(props: { step: Step }): Html {
  const { lang, title } = props.step;
  return lang ? (
    <span lang={lang} dir={textDirection(lang)}>
      {title}
    </span>
  ) : (
    <>{title}</>
  );
}

/**
 * Where the applicant is in a multi-step e-service: "Steg 2 av 5" and the
 * ordered list of steps, the current one marked aria-current="step" and the
 * completed ones as links back.
 */
export function StepIndicator(props: StepIndicatorProps): Html {
  const { t, steps } = props;
  const current = Math.min(Math.max(props.current, 1), Math.max(steps.length, 1));
  return (
    <nav class="ingang-steps" aria-label={t.t('components.steps.label')}>
      <p class="ingang-steps__progress">
        {t.t('components.steps.progress', { current: t.number(current), total: t.number(steps.length) })}
      </p>
      <ol class="ingang-steps__list">
        {steps.map((step, i) => {
          const n = i + 1;
          if (n === current) {
            return (
              <li class="ingang-steps__item ingang-steps__item--current" aria-current="step">
                <span class="ingang-steps__number" aria-hidden="true">
                  {t.number(n)}
                </span>
                <span class="ingang-steps__title">
                  <Title step={step} />
                </span>
              </li>
            );
          }
          if (n < current) {
            const content = (
              <>
                <span class="ingang-steps__number" aria-hidden="true">
                  ✓
                </span>
                <span class="ingang-steps__title">
                  <Title step={step} />
                  <span class="govuk-visually-hidden"> {t.t('components.steps.completed')}</span>
                </span>
              </>
            );
            return (
              <li class="ingang-steps__item ingang-steps__item--done">
                {step.href ? (
                  <a class="ingang-steps__link" href={step.href}>
                    {content}
                  </a>
                ) : (
                  content
                )}
              </li>
            );
          }
          return (
            <li class="ingang-steps__item">
              <span class="ingang-steps__number" aria-hidden="true">
                {t.number(n)}
              </span>
              <span class="ingang-steps__title">
                <Title step={step} />
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
