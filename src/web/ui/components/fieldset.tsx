import type { Child, Children, Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';
import { RequirementMark } from './requirement-mark.tsx';
import type { Requirement, TextSize } from './types.ts';

export interface FieldsetProps {
  legend: Child;
  legendSize?: TextSize;
  /** The legend holds the page's <h1> (one question per page). */
  isPageHeading?: boolean;
  /** Ids of the hint and error inside, so they are read with the legend. */
  describedBy?: string;
  /** 'group' for fieldsets of text inputs (dates), so JAWS reads the hint. */
  role?: 'group';
  /** Needed only when `requirement` is given. */
  t?: Translator;
  requirement?: Requirement;
  class?: string;
  children: Children;
}

/** Groups related controls under a legend that is read with each of them. */
export function Fieldset(props: FieldsetProps): Html {
  const size = props.legendSize ?? (props.isPageHeading ? 'l' : undefined);
  const legendClasses = ['govuk-fieldset__legend', size && `govuk-fieldset__legend--${size}`]
    .filter(Boolean)
    .join(' ');
  const legendText = (
    <>
      {props.legend}
      {props.t ? <RequirementMark t={props.t} requirement={props.requirement} /> : null}
    </>
  );
  return (
    <fieldset
      class={props.class ? `govuk-fieldset ${props.class}` : 'govuk-fieldset'}
      role={props.role}
      aria-describedby={props.describedBy}
    >
      <legend class={legendClasses}>
        {props.isPageHeading ? <h1 class="govuk-fieldset__heading">{legendText}</h1> : legendText}
      </legend>
      {props.children}
    </fieldset>
  );
}
