import type { Html } from '#jsx/jsx-runtime';
import type { PersonnummerQuestion } from '../../../domain/forms/definition.ts';
import { IdentityNumberInput } from './identity-number.tsx';
import type { RenderProps } from './render-props.ts';

export function PersonnummerField(props: RenderProps<PersonnummerQuestion>): Html {
  return <IdentityNumberInput {...props} formatHint="questions.personnummer.hint" />;
}
