import { fieldId } from './field-id.ts';

/**
 * One validation problem, already in the user's language. `field` is the
 * field's name; `href` overrides the link target in the error summary when the
 * problem belongs to a specific part (for example `#birth-date-month`).
 */
export interface FieldError {
  field: string;
  message: string;
  href?: string;
}

/** The inline message for one field, to pass as its `error` prop. */
export function errorFor(errors: readonly FieldError[] | undefined, field: string): string | undefined {
  return errors?.find((e) => e.field === field)?.message;
}

/** Where the error summary sends the user for this problem. */
export function errorHref(error: FieldError): string {
  return error.href ?? `#${fieldId(error.field)}`;
}
