import type { Html } from '#jsx/jsx-runtime';
import type { TextareaQuestion } from '../../../domain/forms/definition.ts';
import { Textarea } from '../components/textarea.tsx';
import { fieldBasics } from './field-basics.tsx';
import { type RenderProps, rawValue } from './render-props.ts';

/** Longer text; a limit set in the definition is shown with the kit's character count. */
export function TextareaField(props: RenderProps<TextareaQuestion>): Html {
  const { ctx, question: q, name } = props;
  return <Textarea {...fieldBasics(props)} value={rawValue(ctx.raw, name)} maxLength={q.maxLength} />;
}
