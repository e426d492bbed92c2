import type { Html } from '#jsx/jsx-runtime';
import { FieldFrame, fieldIds } from './field-frame.tsx';
import { describedBy } from './field-id.ts';
import type { FieldProps } from './field-props.ts';

export interface SelectOption {
  value: string;
  text: string;
  disabled?: boolean;
  /** The text's language when it differs from the page's (a Swedish fallback). */
  lang?: string;
}

export interface SelectProps extends FieldProps {
  options: readonly SelectOption[];
  /** The chosen value, shown again after a failed submit. */
  value?: string | null;
  /** A first, empty option: `true` for "Välj", or your own text. */
  emptyOption?: boolean | string;
}

/** A drop-down list. Prefer Radios for fewer than about eight options. */
export function Select(props: SelectProps): Html {
  const { t } = props;
  const ids = fieldIds(props);
  const { id, hintId, errorId } = ids;
  const value = props.value ?? null;
  const emptyText =
    props.emptyOption === true ? t.t('components.select.choose') : props.emptyOption || undefined;
  return (
    <FieldFrame {...props} ids={ids}>
      <select
        class={props.error ? 'govuk-select govuk-select--error' : 'govuk-select'}
        id={id}
        name={props.name}
        disabled={props.disabled}
        aria-required={props.requirement === 'required' ? 'true' : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {emptyText !== undefined ? (
          <option value="" selected={value === null || value === ''}>
            {emptyText}
          </option>
        ) : null}
        {props.options.map((o) => (
          <option
            value={o.value}
            selected={value !== null && o.value === value}
            disabled={o.disabled}
            lang={o.lang}
          >
            {o.text}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
