import type { Html } from '#jsx/jsx-runtime';
import type { RadioQuestion } from '../../../domain/forms/definition.ts';
import { Radios } from '../components/radios.tsx';
import { choiceItems } from './choice-items.tsx';
import { groupBasics } from './field-basics.tsx';
import { type RenderProps, rawValue } from './render-props.ts';

export function RadioField(props: RenderProps<RadioQuestion>): Html {
  const { ctx, question: q, name } = props;
  return (
    <Radios
      {...groupBasics(props)}
      items={choiceItems(q.options, ctx.lang, ctx.t.lang)}
      value={rawValue(ctx.raw, name)}
    />
  );
}
