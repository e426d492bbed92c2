import type { Html } from '#jsx/jsx-runtime';
import type { OrgnrQuestion } from '../../../domain/forms/definition.ts';
import { IdentityNumberInput } from './identity-number.tsx';
import type { RenderProps } from './render-props.ts';

/** A sole trader may give the owner's personnummer unless the definition says no (default yes). */
export function OrgnrField(props: RenderProps<OrgnrQuestion>): Html {
  const soleTrader = props.question.allowSoleTrader ?? true;
  return (
    <IdentityNumberInput
      {...props}
      formatHint={soleTrader ? 'questions.orgnr.hintSoleTrader' : 'questions.orgnr.hint'}
    />
  );
}
