import type { Children, Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';
import { ErrorMessage } from './error-message.tsx';
import { fieldId } from './field-id.ts';
import type { FieldProps } from './field-props.ts';
import { FormGroup } from './form-group.tsx';
import { Hint } from './hint.tsx';
import { Label } from './label.tsx';

/** The ids a field's parts share: the control's, its hint's and its error's (each only when shown). */
export interface FieldIds {
  id: string;
  hintId: string | undefined;
  errorId: string | undefined;
}

export function fieldIds(props: { id?: string; name: string; hint?: unknown; error?: unknown }): FieldIds {
  const id = props.id ?? fieldId(props.name);
  return {
    id,
    hintId: props.hint ? `${id}-hint` : undefined,
    errorId: props.error ? `${id}-error` : undefined,
  };
}

/** The hint, then the error message, under a label or legend; the control names both in aria-describedby. */
export function HintAndError(props: {
  t: Translator;
  ids: FieldIds;
  hint?: FieldProps['hint'];
  error?: FieldProps['error'];
}): Html {
  return (
    <>
      {props.hint ? <Hint id={props.ids.hintId}>{props.hint}</Hint> : null}
      {props.error ? (
        <ErrorMessage t={props.t} id={props.ids.errorId}>
          {props.error}
        </ErrorMessage>
      ) : null}
    </>
  );
}

/** A single control's label, hint and error message (govuk-frontend's order). */
export function FieldHead(props: FieldProps & { ids: FieldIds }): Html {
  return (
    <>
      <Label
        t={props.t}
        for={props.ids.id}
        size={props.labelSize}
        isPageHeading={props.isPageHeading}
        requirement={props.requirement}
      >
        {props.label}
      </Label>
      <HintAndError t={props.t} ids={props.ids} hint={props.hint} error={props.error} />
    </>
  );
}

/** A single control in its form group: label, hint and error message, then the control (`children`). */
export function FieldFrame(props: FieldProps & { ids: FieldIds; children: Children }): Html {
  return (
    <FormGroup error={Boolean(props.error)}>
      <FieldHead {...props} />
      {props.children}
    </FormGroup>
  );
}
