import type { Html } from '#jsx/jsx-runtime';
import { ChoiceGroup } from './choice-group.tsx';
import type { ChoiceItem } from './choice-option.ts';
import type { GroupFieldProps } from './field-props.ts';

export interface RadiosProps extends GroupFieldProps {
  items: readonly ChoiceItem[];
  /** The chosen value, shown again after a failed submit. */
  value?: string | null;
  /** Side by side; only for two short options such as Ja/Nej. */
  inline?: boolean;
  small?: boolean;
}

/** One answer from a few options. The first option has the field's id. */
export function Radios(props: RadiosProps): Html {
  const value = props.value ?? null;
  return <ChoiceGroup {...props} kind="radios" isChecked={(v) => value !== null && v === value} />;
}
