/**
 * The look of generated documents: A4, 2 cm margins, one sans-serif family,
 * near-black text and greys with at least 7:1 contrast on white (WCAG AAA for
 * body text, since printed copies are often photocopied).
 */

const CM = 72 / 2.54;

export const page = {
  size: 'A4',
  margin: 2 * CM,
  /** Baseline area for running headers and page numbers, inside the margins' white space. */
  headerY: 1 * CM,
  footerY: 841.89 - 1.4 * CM,
} as const;

export const colour = {
  text: '#0b0c0c',
  secondary: '#484949',
  rule: '#8e9193',
  faintRule: '#c8cacc',
  panel: '#f3f2f1',
  accent: '#1d3f66',
} as const;

export const type = {
  municipality: { font: 'bold', size: 12 },
  title: { font: 'bold', size: 20 },
  heading: { font: 'bold', size: 13.5 },
  label: { font: 'bold', size: 9.5 },
  body: { font: 'regular', size: 10.5 },
  furniture: { font: 'regular', size: 8 },
} as const;

export type TextStyle = (typeof type)[keyof typeof type];

/** Line height as a multiple of the font size; generous for readability (WCAG 1.4.12 asks 1.5 on screen). */
export const leading = 1.4;

export const space = {
  cellPadding: 5,
  columnGap: 14,
  /** Share of the content width given to the question column. */
  labelColumn: 0.36,
  listIndent: 12,
  afterTitle: 10,
  beforeHeading: 18,
  afterHeading: 6,
  paragraphGap: 4,
} as const;
