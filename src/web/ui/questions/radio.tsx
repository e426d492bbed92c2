import type { Html } from '#jsx/jsx-runtime';
import type { RadioQuestion } from '../../../domain/forms/definition.ts';
import { Radios } from '../components/radios.tsx';
import { choiceItems } from './choice-items.tsx';
import { LocalText, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, rawValue, requirementOf } from './render-props.ts';

export function RadioField({
  ctx,
  question: q,
  name,
  errors,
  required,
  isPageHeading,
  labelSize,
}: RenderProps<RadioQuestion>): Html {
  return (
    <Radios
      t={ctx.t}
      name={name}
      legend={<LocalText text={q.label} lang={ctx.lang} />}
      hint={localTextOrNull(q.hint, ctx.lang)}
      items={choiceItems(q.options, ctx.lang)}
      value={rawValue(ctx.raw, name)}
      error={firstMessage(ctx, errors)}
      requirement={requirementOf(required)}
      isPageHeading={isPageHeading}
      legendSize={labelSize}
    />
  );
}
