/** Sizes of govuk-frontend's type scale, for labels, legends and headings. */
export type TextSize = 's' | 'm' | 'l' | 'xl';

/** How a field's label or legend says whether it must be answered. */
export type Requirement = 'required' | 'optional';
