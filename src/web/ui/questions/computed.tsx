import type { Html } from '#jsx/jsx-runtime';
import type { ComputedQuestion } from '../../../domain/forms/definition.ts';
import { formatAnswer } from '../../../domain/forms/format.ts';
import { LocalText, localTextOrNull } from './local-text.tsx';
import type { RenderProps } from './render-props.ts';

/**
 * A calculated value (holiday pay, a total) shown as a read-only line, never
 * as an input: it is not posted, and a field one cannot change confuses. It
 * is as of the answers saved so far; the engine recalculates it on every post.
 */
export function ComputedField({ ctx, question: q, computedValue }: RenderProps<ComputedQuestion>): Html {
  const texts = {
    yes: ctx.t.t('answer.yes'),
    no: ctx.t.t('answer.no'),
    consented: ctx.t.t('answer.consented'),
  };
  const formatted =
    typeof computedValue === 'number' ? formatAnswer(q, computedValue, { lang: ctx.lang, texts }) : '';
  const value = Array.isArray(formatted) ? formatted.join(', ') : formatted;
  const hint = localTextOrNull(q.hint, ctx.lang, ctx.t.lang);
  return (
    <dl class="govuk-summary-list govuk-summary-list--no-border ingang-computed">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">
          <LocalText text={q.label} lang={ctx.lang} page={ctx.t.lang} />
        </dt>
        <dd class="govuk-summary-list__value">
          {value === '' ? (
            <span class="govuk-hint govuk-!-margin-bottom-0">{ctx.t.t('questions.computed.pending')}</span>
          ) : (
            <bdi>{value}</bdi>
          )}
          {hint ? <span class="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">{hint}</span> : null}
        </dd>
      </div>
    </dl>
  );
}
