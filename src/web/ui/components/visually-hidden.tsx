import type { Children, Html } from '#jsx/jsx-runtime';

/** Text for screen readers only, for context that sighted users get from the layout. */
export function VisuallyHidden(props: { children: Children }): Html {
  return <span class="govuk-visually-hidden">{props.children}</span>;
}
