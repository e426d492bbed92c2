import type { Children, Html } from '#jsx/jsx-runtime';

/**
 * Help that opens in place ("Vad räknas som inkomst?"). For explanations only:
 * never put questions inside, or people who do not open it miss them.
 */
export function InlineHelp(props: {
  summary: string;
  open?: boolean;
  id?: string;
  children: Children;
}): Html {
  return (
    <details class="govuk-details" id={props.id} open={props.open}>
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{props.summary}</span>
      </summary>
      <div class="govuk-details__text">{props.children}</div>
    </details>
  );
}
