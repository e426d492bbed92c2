import type { Children, Html } from '#jsx/jsx-runtime';

export type TagColour =
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'blue'
  | 'light-blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

/**
 * A short status ("Inskickat", "Komplettering begärd"). The colour is a help,
 * never the only signal: the text says it all. Every colour pair meets 4.5:1.
 */
export function Tag(props: { colour?: TagColour; children: Children }): Html {
  return (
    <strong
      class={props.colour && props.colour !== 'blue' ? `govuk-tag govuk-tag--${props.colour}` : 'govuk-tag'}
    >
      {props.children}
    </strong>
  );
}
