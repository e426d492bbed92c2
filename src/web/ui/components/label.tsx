import type { Child, Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';
import { RequirementMark } from './requirement-mark.tsx';
import type { Requirement, TextSize } from './types.ts';

export interface LabelProps {
  t: Translator;
  for: string;
  children: Child;
  size?: TextSize;
  /** Wraps the label in the page's <h1>, for one-question pages. */
  isPageHeading?: boolean;
  requirement?: Requirement;
  class?: string;
}

export function Label(props: LabelProps): Html {
  const size = props.size ?? (props.isPageHeading ? 'l' : undefined);
  const classes = ['govuk-label', size && `govuk-label--${size}`, props.class].filter(Boolean).join(' ');
  const label = (
    <label class={classes} for={props.for}>
      {props.children}
      <RequirementMark t={props.t} requirement={props.requirement} />
    </label>
  );
  return props.isPageHeading ? <h1 class="govuk-label-wrapper">{label}</h1> : label;
}
