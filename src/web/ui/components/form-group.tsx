import type { Children, Html } from '#jsx/jsx-runtime';

/** The wrapper of one question; marked with a red bar when it has an error. */
export function FormGroup(props: { error?: boolean; class?: string; children: Children }): Html {
  const classes = ['govuk-form-group', props.error && 'govuk-form-group--error', props.class].filter(Boolean);
  return <div class={classes.join(' ')}>{props.children}</div>;
}
