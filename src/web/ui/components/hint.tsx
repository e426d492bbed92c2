import type { Children, Html } from '#jsx/jsx-runtime';

/** Help text under a label; fields point at it with aria-describedby. */
export function Hint(props: { id?: string; class?: string; children: Children }): Html {
  return (
    <div id={props.id} class={props.class ? `govuk-hint ${props.class}` : 'govuk-hint'}>
      {props.children}
    </div>
  );
}
