import type { Html } from '#jsx/jsx-runtime';
import type { TextQuestion } from '../../../domain/forms/definition.ts';
import { type InputWidth, TextInput } from '../components/text-input.tsx';
import { fieldBasics } from './field-basics.tsx';
import { type RenderProps, rawValue } from './render-props.ts';

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
export function TextField(props: RenderProps<TextQuestion>): Html {
  const { ctx, question: q, name } = props;
  return (
    <TextInput
      {...fieldBasics(props)}
      value={rawValue(ctx.raw, name)}
      autocomplete={q.autocomplete}
      width={widthFor(q.maxLength)}
    />
  );
}
