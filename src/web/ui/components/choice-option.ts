import type { Child, Html } from '#jsx/jsx-runtime';

/** One radio button or checkbox. */
export interface ChoiceOption {
  value: string;
  label: Child;
  hint?: Child;
  disabled?: boolean;
  /**
   * Follow-up questions shown when this option is chosen. Without JavaScript
   * they are always shown; govuk-frontend hides them until the option is chosen.
   */
  conditional?: Html;
  /** Checkboxes only: "none of these", which unticks the others (govuk-frontend). */
  exclusive?: boolean;
}

/** The word "eller" between options, usually before an exclusive "none" option. */
export interface ChoiceDivider {
  divider: true;
}

export type ChoiceItem = ChoiceOption | ChoiceDivider;

export function isDivider(item: ChoiceItem): item is ChoiceDivider {
  return 'divider' in item;
}

/** The first option gets the field's id, so the error summary can link to it; the rest -2, -3 … */
export function optionIds(id: string, items: readonly ChoiceItem[]): (string | null)[] {
  let n = 0;
  return items.map((item) => {
    if (isDivider(item)) return null;
    n += 1;
    return n === 1 ? id : `${id}-${n}`;
  });
}
