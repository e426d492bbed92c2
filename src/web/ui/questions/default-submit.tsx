import type { Children, Html } from '#jsx/jsx-runtime';

/**
 * Pressing Enter in a text box "clicks" the form's first submit button. The
 * questions put buttons of their own ("Ta bort", "Lägg till rad") before the
 * page's "Fortsätt", so a form with them must start with this copy of the
 * main button. `hidden` keeps it out of sight, the tab order and the
 * accessibility tree; browsers still use it for Enter (checked in Chromium).
 */
export function DefaultSubmit(props: { name: string; value: string; children: Children }): Html {
  return (
    <button type="submit" name={props.name} value={props.value} hidden>
      {props.children}
    </button>
  );
}
