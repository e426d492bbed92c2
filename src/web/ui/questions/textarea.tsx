import type { Html } from '#jsx/jsx-runtime';
import type { TextareaQuestion } from '../../../domain/forms/definition.ts';
import { Textarea } from '../components/textarea.tsx';
import { LocalText, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, rawValue, requirementOf } from './render-props.ts';

/** Longer text; a limit set in the definition is shown with the kit's character count. */
export function TextareaField({
  ctx,
  question: q,
  name,
  errors,
  required,
  isPageHeading,
  labelSize,
}: RenderProps<TextareaQuestion>): Html {
  return (
    <Textarea
      t={ctx.t}
      name={name}
      label={<LocalText text={q.label} lang={ctx.lang} />}
      hint={localTextOrNull(q.hint, ctx.lang)}
      value={rawValue(ctx.raw, name)}
      error={firstMessage(ctx, errors)}
      requirement={requirementOf(required)}
      isPageHeading={isPageHeading}
      labelSize={labelSize}
      maxLength={q.maxLength}
    />
  );
}
