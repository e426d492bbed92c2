import type { Html } from '#jsx/jsx-runtime';
import { ChoiceGroup } from './choice-group.tsx';
import type { ChoiceItem } from './choice-option.ts';
import type { GroupFieldProps } from './field-props.ts';

export interface CheckboxesProps extends GroupFieldProps {
  items: readonly ChoiceItem[];
  /** The ticked values, shown again after a failed submit. */
  values?: readonly string[];
  small?: boolean;
}

/**
 * Any number of answers. Mark a "none of these" option `exclusive` and put a
 * `{ divider: true }` ("eller") before it; govuk-frontend unticks the others.
 */
export function Checkboxes(props: CheckboxesProps): Html {
  const values = new Set(props.values ?? []);
  return <ChoiceGroup {...props} kind="checkboxes" isChecked={(v) => values.has(v)} />;
}
