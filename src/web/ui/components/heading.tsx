import { type Children, type Html, jsx } from '#jsx/jsx-runtime';
import type { TextSize } from './types.ts';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingProps {
  level: HeadingLevel;
  /** Visual size; defaults to l for h1, m for h2, s below. */
  size?: TextSize;
  id?: string;
  class?: string;
  children: Children;
}

const DEFAULT_SIZE: Record<HeadingLevel, TextSize> = { 1: 'l', 2: 'm', 3: 's', 4: 's', 5: 's', 6: 's' };

/** A heading whose level follows the document outline and whose size follows the design. */
export function Heading(props: HeadingProps): Html {
  const size = props.size ?? DEFAULT_SIZE[props.level];
  const classes = [`govuk-heading-${size}`, props.class].filter(Boolean).join(' ');
  return jsx(`h${props.level}`, { id: props.id, class: classes, children: props.children });
}

/**
 * The page's one <h1>, with an optional caption above it that is part of the
 * heading for screen readers ("Ansökan om skolskjuts – Om eleven").
 */
export function PageHeading(props: { caption?: string; size?: TextSize; children: Children }): Html {
  const size = props.size ?? 'l';
  return (
    <h1 class={`govuk-heading-${size}`}>
      {props.caption ? <span class={`govuk-caption-${size}`}>{props.caption}</span> : null}
      {props.children}
    </h1>
  );
}
