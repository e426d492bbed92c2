import type { Html } from '#jsx/jsx-runtime';
import type { CheckboxQuestion } from '../../../domain/forms/definition.ts';
import { Checkboxes } from '../components/checkboxes.tsx';
import { choiceItems } from './choice-items.tsx';
import { LocalText, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, rawValues, requirementOf } from './render-props.ts';

/** Any number of options; each posts `q.<key>` once (the engine reads the repeated name). */
export function CheckboxField({
  ctx,
  question: q,
  name,
  errors,
  required,
  isPageHeading,
  labelSize,
}: RenderProps<CheckboxQuestion>): Html {
  return (
    <Checkboxes
      t={ctx.t}
      name={name}
      legend={<LocalText text={q.label} lang={ctx.lang} />}
      hint={localTextOrNull(q.hint, ctx.lang)}
      items={choiceItems(q.options, ctx.lang)}
      values={rawValues(ctx.raw, name)}
      error={firstMessage(ctx, errors)}
      requirement={requirementOf(required)}
      isPageHeading={isPageHeading}
      legendSize={labelSize}
    />
  );
}
