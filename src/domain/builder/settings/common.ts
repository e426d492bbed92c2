/**
 * What the e-service's handling settings share (issue 7, item 5): a problem
 * found in a posted setting, named by the form field it belongs to, with a
 * code the page puts in words (`builderSettings.error.<code>`).
 */
export interface SettingProblem {
  /** The form field the error summary links to. */
  field: string;
  code: SettingProblemCode;
  params?: Record<string, string | number>;
}

export type SettingProblemCode =
  | 'nameRequired'
  | 'nameTooLong'
  | 'duplicateName'
  | 'unknownKey'
  | 'duplicateKey'
  | 'missingInitial'
  | 'inUse'
  | 'tooMany'
  | 'badColour'
  | 'duplicateColour'
  | 'meaningRequired'
  | 'meaningTooLong'
  | 'daysInvalid'
  | 'daysOutOfRange'
  | 'purgeStatusUnknown'
  | 'purgeDaysInvalid'
  | 'purgeDaysOutOfRange'
  | 'yesNoRequired'
  | 'unknownQuestion'
  | 'tooManySummary'
  | 'titleRequired'
  | 'titleTooLong'
  | 'noColumns'
  | 'modeRequired';

/** The longest name of a status, colour meaning or export column. */
export const NAME_MAX = 60;

/** The colours of govuk-frontend's tags (and so of statuses and colour labels). */
export const TAG_COLOURS = ['grey', 'blue', 'yellow', 'green', 'red', 'purple', 'orange'] as const;
export type TagColour = (typeof TAG_COLOURS)[number];

/** A whole number typed in a form, or undefined when it is not one. */
export function wholeNumber(text: string): number | undefined {
  const t = text.trim();
  return /^[0-9]{1,6}$/.test(t) ? Number(t) : undefined;
}

/** Moves item `i` one place up (-1) or down (+1); outside the list nothing moves. */
export function moved<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const out = [...list];
  const j = i + by;
  if (i < 0 || i >= out.length || j < 0 || j >= out.length) return out;
  const a = out[i] as T;
  out[i] = out[j] as T;
  out[j] = a;
  return out;
}
