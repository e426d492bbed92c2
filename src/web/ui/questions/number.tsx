import type { Html } from '#jsx/jsx-runtime';
import type { NumberQuestion } from '../../../domain/forms/definition.ts';
import { localize } from '../../../domain/forms/localize.ts';
import { TextInput } from '../components/text-input.tsx';
import { VisuallyHidden } from '../components/visually-hidden.tsx';
import { LocalText, langAttributes, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, rawValue, requirementOf } from './render-props.ts';

/**
 * A number in a text box (GOV.UK: type="number" rounds, scrolls and drops
 * what it cannot parse). The numeric keyboard only where it has every key the
 * answer needs: it lacks a minus sign, and the decimal one a thousands space.
 */
export function NumberField({
  ctx,
  question: q,
  name,
  errors,
  required,
  isPageHeading,
  labelSize,
}: RenderProps<NumberQuestion>): Html {
  const unit = q.unit ? localize(q.unit, ctx.lang).text : undefined;
  const unitLang = q.unit ? langAttributes(q.unit, ctx.lang, ctx.t.lang) : {};
  const nonNegative = q.min !== undefined && q.min >= 0;
  return (
    <TextInput
      t={ctx.t}
      name={name}
      label={
        <>
          <LocalText text={q.label} lang={ctx.lang} page={ctx.t.lang} />
          {/* The unit after the box is hidden from screen readers; say it with the label. */}
          {unit ? (
            <VisuallyHidden>
              {' ('}
              <span {...unitLang}>{unit}</span>)
            </VisuallyHidden>
          ) : null}
        </>
      }
      hint={localTextOrNull(q.hint, ctx.lang, ctx.t.lang)}
      value={rawValue(ctx.raw, name)}
      error={firstMessage(ctx, errors)}
      requirement={requirementOf(required)}
      isPageHeading={isPageHeading}
      labelSize={labelSize}
      inputmode={nonNegative ? (q.integer ? 'numeric' : 'decimal') : undefined}
      spellcheck={false}
      width={10}
      suffix={unit}
    />
  );
}
