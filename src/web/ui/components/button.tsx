import type { Children, Html } from '#jsx/jsx-runtime';

export interface ButtonProps {
  children: Children;
  variant?: 'primary' | 'secondary' | 'warning';
  /** The start button of an e-service, with an arrow. */
  start?: boolean;
  /** Renders a link that looks like a button (for navigation, never for changes). */
  href?: string;
  type?: 'submit' | 'button' | 'reset';
  /** For forms with several actions: the server reads which one was pressed. */
  name?: string;
  value?: string;
  disabled?: boolean;
  /** Stops a double click from submitting twice (govuk-frontend). */
  preventDoubleClick?: boolean;
  /** Submit without the browser's own validation, e.g. "Spara utkast". */
  formnovalidate?: boolean;
  id?: string;
  class?: string;
}

function StartIcon(): Html {
  return (
    <svg
      class="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

export function Button(props: ButtonProps): Html {
  const classes = [
    'govuk-button',
    props.variant && props.variant !== 'primary' && `govuk-button--${props.variant}`,
    props.start && 'govuk-button--start',
    props.class,
  ].filter(Boolean);
  const common = {
    class: classes.join(' '),
    'data-module': 'govuk-button',
    id: props.id,
  };
  if (props.href !== undefined) {
    return (
      // biome-ignore lint/a11y/useSemanticElements: govuk-frontend's link button: announced as a button, and its script makes Space activate it
      <a href={props.href} role="button" draggable="false" {...common}>
        {props.children}
        {props.start ? <StartIcon /> : null}
      </a>
    );
  }
  return (
    <button
      type={props.type ?? 'submit'}
      name={props.name}
      value={props.value}
      disabled={props.disabled}
      aria-disabled={props.disabled ? 'true' : undefined}
      formnovalidate={props.formnovalidate}
      data-prevent-double-click={props.preventDoubleClick ? 'true' : undefined}
      {...common}
    >
      {props.children}
      {props.start ? <StartIcon /> : null}
    </button>
  );
}

/** Lines up buttons and links that belong together, such as "Fortsätt" and "Avbryt". */
export function ButtonGroup(props: { children: Children }): Html {
  return <div class="govuk-button-group">{props.children}</div>;
}
