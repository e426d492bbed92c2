import type { Html } from '#jsx/jsx-runtime';
import { FieldFrame, fieldIds } from './field-frame.tsx';
import { describedBy } from './field-id.ts';
import type { FieldProps } from './field-props.ts';

/** Fixed widths in characters, or fluid widths as a share of the column. */
export type InputWidth =
  | 2
  | 3
  | 4
  | 5
  | 10
  | 20
  | 30
  | 'full'
  | 'three-quarters'
  | 'two-thirds'
  | 'one-half'
  | 'one-third'
  | 'one-quarter';

export interface TextInputProps extends FieldProps {
  type?: 'text' | 'email' | 'tel' | 'url' | 'number' | 'password' | 'search';
  /** What was typed, shown again after a failed submit so nothing is lost. */
  value?: string | number | null;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url' | 'search' | 'none';
  /** An HTML autocomplete token (given-name, email, postal-code …) — WCAG 1.3.5. */
  autocomplete?: string;
  spellcheck?: boolean;
  width?: InputWidth;
  /** Shown before/after the box (for example "kr", "m²"); hidden from screen readers, so say it in the label or hint too. */
  prefix?: string;
  suffix?: string;
  maxlength?: number;
  pattern?: string;
  readonly?: boolean;
  /** Extra classes on the <input>, such as govuk-input--extra-letter-spacing. */
  class?: string;
}

function widthClass(width: InputWidth | undefined): string | undefined {
  if (width === undefined) return undefined;
  return typeof width === 'number' ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
}

export function TextInput(props: TextInputProps): Html {
  const ids = fieldIds(props);
  const { id, hintId, errorId } = ids;
  const classes = ['govuk-input', widthClass(props.width), props.error && 'govuk-input--error', props.class]
    .filter(Boolean)
    .join(' ');
  const input = (
    <input
      class={classes}
      id={id}
      name={props.name}
      type={props.type ?? 'text'}
      value={props.value ?? undefined}
      // A Latin name on an Arabic page (or the reverse) keeps its own direction.
      dir="auto"
      inputmode={props.inputmode}
      autocomplete={props.autocomplete}
      spellcheck={props.spellcheck === undefined ? undefined : props.spellcheck ? 'true' : 'false'}
      maxlength={props.maxlength}
      pattern={props.pattern}
      readonly={props.readonly}
      disabled={props.disabled}
      aria-required={props.requirement === 'required' ? 'true' : undefined}
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={describedBy(hintId, errorId)}
    />
  );
  const affixed =
    props.prefix || props.suffix ? (
      <div class="govuk-input__wrapper">
        {props.prefix ? (
          <div class="govuk-input__prefix" aria-hidden="true">
            {props.prefix}
          </div>
        ) : null}
        {input}
        {props.suffix ? (
          <div class="govuk-input__suffix" aria-hidden="true">
            {props.suffix}
          </div>
        ) : null}
      </div>
    ) : (
      input
    );
  return (
    <FieldFrame {...props} ids={ids}>
      {affixed}
    </FieldFrame>
  );
}
