import type { Child } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';
import type { Requirement, TextSize } from './types.ts';

/** What every single-control question (text, textarea, select, file) takes. */
export interface FieldProps {
  t: Translator;
  name: string;
  /** Defaults to fieldId(name), which the error summary links to. */
  id?: string;
  label: Child;
  labelSize?: TextSize;
  /** The label is the page's <h1> (one question per page). */
  isPageHeading?: boolean;
  hint?: Child;
  /** The error message, already translated; shown inline and marks the field. */
  error?: string | null;
  requirement?: Requirement;
  disabled?: boolean;
}

/** What every group of controls (radios, checkboxes, date) takes. */
export interface GroupFieldProps {
  t: Translator;
  name: string;
  /** Defaults to fieldId(name); the first control gets this id. */
  id?: string;
  legend: Child;
  legendSize?: TextSize;
  /** The legend is the page's <h1> (one question per page). */
  isPageHeading?: boolean;
  hint?: Child;
  error?: string | null;
  requirement?: Requirement;
}
