/**
 * A tiny JSX runtime that renders straight to HTML strings.
 *
 * Why our own: views are server-rendered and must escape by default. Text and
 * attribute values are always escaped; only values wrapped in `Html` (built by
 * this runtime or by `raw()` for trusted markup) pass through unchanged.
 */

export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type Child = Html | string | number | bigint | boolean | null | undefined | readonly Child[];
export type Children = Child;

type AttrValue = string | number | boolean | null | undefined;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const ESCAPE_RE = /[&<>"']/g;

export function escapeHtml(text: string): string {
  return ESCAPE_RE.test(text) ? text.replace(ESCAPE_RE, (c) => ESCAPES[c] ?? c) : text;
}

/** Marks trusted, already-escaped markup. Never pass user input here. */
export function raw(markup: string): Html {
  return new Html(markup);
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

function renderChild(child: Child, out: string[]): void {
  if (child === null || child === undefined || child === false || child === true) return;
  if (child instanceof Html) {
    out.push(child.value);
  } else if (Array.isArray(child)) {
    for (const c of child as readonly Child[]) renderChild(c, out);
  } else {
    out.push(escapeHtml(String(child)));
  }
}

function renderAttrs(props: Record<string, unknown>): string {
  let s = '';
  for (const name in props) {
    if (name === 'children') continue;
    const v = props[name] as AttrValue;
    if (v === undefined || v === null || v === false) continue;
    if (v === true) s += ` ${name}`;
    else s += ` ${name}="${escapeHtml(String(v))}"`;
  }
  return s;
}

type Component<P> = (props: P) => Html;

export function jsx(type: string | Component<Record<string, unknown>>, props: Record<string, unknown>): Html {
  if (typeof type === 'function') return type(props);
  const out: string[] = [`<${type}${renderAttrs(props)}>`];
  if (VOID.has(type)) return new Html(out[0] as string);
  renderChild(props.children as Child, out);
  out.push(`</${type}>`);
  return new Html(out.join(''));
}

export const jsxs = jsx;
export const jsxDEV = jsx;

export function Fragment(props: { children?: Children }): Html {
  const out: string[] = [];
  renderChild(props.children, out);
  return new Html(out.join(''));
}

/** Renders any child (string, list, Html) to an Html value. */
export function toHtml(child: Child): Html {
  const out: string[] = [];
  renderChild(child, out);
  return new Html(out.join(''));
}

interface HtmlAttributes {
  children?: Children;
  id?: string;
  class?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  title?: string;
  hidden?: boolean;
  tabindex?: number | string;
  role?: string;
  style?: never; // inline styles are blocked by the CSP; use classes
  href?: string;
  src?: string;
  alt?: string;
  type?: string;
  name?: string;
  value?: string | number;
  checked?: boolean;
  disabled?: boolean;
  selected?: boolean;
  readonly?: boolean;
  required?: boolean;
  for?: string;
  form?: string;
  action?: string;
  method?: 'get' | 'post';
  enctype?: string;
  novalidate?: boolean;
  rows?: number | string;
  cols?: number | string;
  maxlength?: number | string;
  minlength?: number | string;
  min?: number | string;
  max?: number | string;
  step?: number | string;
  pattern?: string;
  autocomplete?: string;
  inputmode?: string;
  spellcheck?: boolean | 'true' | 'false';
  multiple?: boolean;
  accept?: string;
  placeholder?: string;
  colspan?: number | string;
  rowspan?: number | string;
  scope?: string;
  headers?: string;
  content?: string;
  charset?: string;
  rel?: string;
  media?: string;
  sizes?: string;
  width?: number | string;
  height?: number | string;
  open?: boolean;
  datetime?: string;
  target?: string;
  download?: string | boolean;
  'http-equiv'?: string;
  property?: string;
  integrity?: string;
  crossorigin?: string;
  defer?: boolean;
  async?: boolean;
  nonce?: string;
  start?: number;
  reversed?: boolean;
  label?: string;
  translate?: 'yes' | 'no';
  hreflang?: string;
  draggable?: 'true' | 'false';
  formnovalidate?: boolean;
  // Inline SVG icons (arrows, the start button's chevron).
  xmlns?: string;
  viewBox?: string;
  focusable?: 'true' | 'false';
  fill?: string;
  d?: string;
  [aria: `aria-${string}`]: AttrValue;
  [data: `data-${string}`]: AttrValue;
}

export declare namespace JSX {
  type Element = Html;
  interface ElementChildrenAttribute {
    children: unknown;
  }
  interface IntrinsicElements {
    [tag: string]: HtmlAttributes;
  }
}
