import type { Html } from '#jsx/jsx-runtime';
import type { InfoQuestion } from '../../../domain/forms/definition.ts';
import { localize } from '../../../domain/forms/localize.ts';
import { LocalText, langAttributes } from './local-text.tsx';
import type { RenderProps } from './render-props.ts';

/**
 * Information between questions: a heading (the label) and the text, one
 * paragraph per blank-line-separated block, single line breaks kept. The
 * heading is an <h2> under the step's <h1>, or the <h1> itself.
 */
export function InfoField({ ctx, question: q, isPageHeading }: RenderProps<InfoQuestion>): Html {
  const text = localize(q.text, ctx.lang).text;
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const heading = <LocalText text={q.label} lang={ctx.lang} page={ctx.t.lang} />;
  return (
    <div class="ingang-info">
      {isPageHeading ? (
        <h1 class="govuk-heading-l">{heading}</h1>
      ) : (
        <h2 class="govuk-heading-m">{heading}</h2>
      )}
      {paragraphs.map((p) => (
        <p class="govuk-body ingang-preserve-lines" {...langAttributes(q.text, ctx.lang, ctx.t.lang)}>
          {p}
        </p>
      ))}
    </div>
  );
}
