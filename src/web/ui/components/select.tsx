import type { Html } from '#jsx/jsx-runtime';
import { ErrorMessage } from './error-message.tsx';
import { describedBy, fieldId } from './field-id.ts';
import type { FieldProps } from './field-props.ts';
import { FormGroup } from './form-group.tsx';
import { Hint } from './hint.tsx';
import { Label } from './label.tsx';

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
  const id = props.id ?? fieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const value = props.value ?? null;
  const emptyText =
    props.emptyOption === true ? t.t('components.select.choose') : props.emptyOption || undefined;
  return (
    <FormGroup error={Boolean(props.error)}>
      <Label
        t={t}
        for={id}
        size={props.labelSize}
        isPageHeading={props.isPageHeading}
        requirement={props.requirement}
      >
        {props.label}
      </Label>
      {props.hint ? <Hint id={hintId}>{props.hint}</Hint> : null}
      {props.error ? (
        <ErrorMessage t={t} id={errorId}>
          {props.error}
        </ErrorMessage>
      ) : null}
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
    </FormGroup>
  );
}
