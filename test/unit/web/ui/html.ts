/**
 * Just enough HTML reading for component tests: the opening tags of a
 * rendered string, with their attributes decoded. Our renderer always quotes
 * attributes with double quotes, which keeps this small.
 */
import type { Html } from '#jsx/jsx-runtime';

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Index of the tag in the string. */
  at: number;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

export function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
}

export function tags(html: Html | string): Tag[] {
  const s = String(html);
  const out: Tag[] = [];
  for (const m of s.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/([^\s=>]+)(?:="([^"]*)")?/g)) {
      attrs[a[1] as string] = decode(a[2] ?? '');
    }
    out.push({ name: (m[1] as string).toLowerCase(), attrs, at: m.index ?? 0 });
  }
  return out;
}

/** Tags matching a name and attributes (a value of true: the attribute is present). */
export function findAll(html: Html | string, name: string, attrs: Record<string, string | true> = {}): Tag[] {
  return tags(html).filter(
    (t) =>
      (name === '*' || t.name === name) &&
      Object.entries(attrs).every(([k, v]) => (v === true ? k in t.attrs : t.attrs[k] === v)),
  );
}

/** The one tag that matches; throws when there is none or more than one. */
export function find(html: Html | string, name: string, attrs: Record<string, string | true> = {}): Tag {
  const found = findAll(html, name, attrs);
  if (found.length !== 1) {
    throw new Error(`Expected one <${name} ${JSON.stringify(attrs)}>, found ${found.length}`);
  }
  return found[0] as Tag;
}

/** The ids in an aria-describedby (or any id list) attribute. */
export function idList(tag: Tag, attr = 'aria-describedby'): string[] {
  return (tag.attrs[attr] ?? '').split(/\s+/).filter(Boolean);
}

/** The text of the element with this id (tags stripped, entities decoded, spaces collapsed). */
export function textOf(html: Html | string, id: string): string {
  const s = String(html);
  const open = new RegExp(`<([a-zA-Z0-9-]+)[^>]*\\sid="${id}"[^>]*>`).exec(s);
  if (!open) throw new Error(`No element with id ${id}`);
  const name = open[1] as string;
  // Walk to the matching close tag, counting nested elements of the same name.
  let depth = 1;
  const re = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
  re.lastIndex = open.index + open[0].length;
  let m: RegExpExecArray | null = re.exec(s);
  while (m) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) break;
    m = re.exec(s);
  }
  const inner = s.slice(open.index + open[0].length, m ? m.index : s.length);
  return decode(inner.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** All text of a fragment, tags stripped. */
export function text(html: Html | string): string {
  return decode(String(html).replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}
