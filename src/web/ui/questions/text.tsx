import type { Html } from '#jsx/jsx-runtime';
import type { TextQuestion } from '../../../domain/forms/definition.ts';
import { type InputWidth, TextInput } from '../components/text-input.tsx';
import { LocalText, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, rawValue, requirementOf } from './render-props.ts';

/** A box as wide as the answer can be (GOV.UK sizes fields to their content). */
function widthFor(maxLength: number | undefined): InputWidth | undefined {
  if (maxLength === undefined) return undefined;
  for (const w of [5, 10, 20, 30] as const) if (maxLength <= w) return w;
  return undefined;
}

/**
 * Short text. No maxlength or pattern attribute: the browser would cut pasted
 * text silently or show its own untranslated bubble; the engine checks both.
 */
export function TextField({
  ctx,
  question: q,
  name,
  errors,
  required,
  isPageHeading,
  labelSize,
}: RenderProps<TextQuestion>): Html {
  return (
    <TextInput
      t={ctx.t}
      name={name}
      label={<LocalText text={q.label} lang={ctx.lang} />}
      hint={localTextOrNull(q.hint, ctx.lang)}
      value={rawValue(ctx.raw, name)}
      error={firstMessage(ctx, errors)}
      requirement={requirementOf(required)}
      isPageHeading={isPageHeading}
      labelSize={labelSize}
      autocomplete={q.autocomplete}
      width={widthFor(q.maxLength)}
    />
  );
}
