import type { Child, Children, Html } from '#jsx/jsx-runtime';

/**
 * The confirmation after submitting ("Din ansökan är skickad", with the case
 * number). It is the page's <h1> unless you say otherwise.
 */
export function Panel(props: { title: Child; headingLevel?: 1 | 2; children?: Children }): Html {
  const title =
    props.headingLevel === 2 ? (
      <h2 class="govuk-panel__title">{props.title}</h2>
    ) : (
      <h1 class="govuk-panel__title">{props.title}</h1>
    );
  return (
    <div class="govuk-panel govuk-panel--confirmation">
      {title}
      {props.children !== undefined ? <div class="govuk-panel__body">{props.children}</div> : null}
    </div>
  );
}
