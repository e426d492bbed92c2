import type { Html } from '#jsx/jsx-runtime';
import type { CheckboxQuestion } from '../../../domain/forms/definition.ts';
import { Checkboxes } from '../components/checkboxes.tsx';
import { choiceItems } from './choice-items.tsx';
import { groupBasics } from './field-basics.tsx';
import { type RenderProps, rawValues } from './render-props.ts';

/** Any number of options; each posts `q.<key>` once (the engine reads the repeated name). */
export function CheckboxField(props: RenderProps<CheckboxQuestion>): Html {
  const { ctx, question: q, name } = props;
  return (
    <Checkboxes
      {...groupBasics(props)}
      items={choiceItems(q.options, ctx.lang, ctx.t.lang)}
      values={rawValues(ctx.raw, name)}
    />
  );
}
