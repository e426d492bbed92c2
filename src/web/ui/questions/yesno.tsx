import type { Html } from '#jsx/jsx-runtime';
import type { YesNoQuestion } from '../../../domain/forms/definition.ts';
import { NO, YES } from '../../../domain/forms/questions/yesno.ts';
import { Radios } from '../components/radios.tsx';
import { LocalText, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, rawValue, requirementOf } from './render-props.ts';

/** Ja and Nej side by side, posting the values the engine reads (`yes`, `no`). */
export function YesNoField({
  ctx,
  question: q,
  name,
  errors,
  required,
  isPageHeading,
  labelSize,
}: RenderProps<YesNoQuestion>): Html {
  return (
    <Radios
      t={ctx.t}
      name={name}
      legend={<LocalText text={q.label} lang={ctx.lang} page={ctx.t.lang} />}
      hint={localTextOrNull(q.hint, ctx.lang, ctx.t.lang)}
      items={[
        { value: YES, label: ctx.t.t('answer.yes') },
        { value: NO, label: ctx.t.t('answer.no') },
      ]}
      inline
      value={rawValue(ctx.raw, name)}
      error={firstMessage(ctx, errors)}
      requirement={requirementOf(required)}
      isPageHeading={isPageHeading}
      legendSize={labelSize}
    />
  );
}
