/**
 * Reading rendered forms in tests: the controls' names, and what a browser
 * would post for them (text boxes, ticked boxes, chosen options, textareas).
 */
import type { Html } from '#jsx/jsx-runtime';
import { decode, type Tag, tags } from '../html.ts';

const NOT_POSTED = new Set(['submit', 'button', 'file', 'reset']);

export function controls(html: Html | string): Tag[] {
  return tags(html).filter((t) => ['input', 'select', 'textarea'].includes(t.name));
}

/** Names of every control and button, each once. */
export function controlNames(html: Html | string): string[] {
  const names = tags(html)
    .filter((t) => ['input', 'select', 'textarea', 'button'].includes(t.name))
    .map((t) => t.attrs.name)
    .filter((n): n is string => n !== undefined);
  return [...new Set(names)];
}

/** What submitting the form (without pressing any of its buttons) posts. */
export function formValues(html: Html | string): Record<string, string | string[]> {
  const s = String(html);
  const out: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const prev = out[name];
    out[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  };
  for (const t of tags(s)) {
    const name = t.attrs.name;
    if (!name) continue;
    if (t.name === 'input') {
      const type = t.attrs.type ?? 'text';
      if (NOT_POSTED.has(type)) continue;
      if (type === 'checkbox' || type === 'radio') {
        if ('checked' in t.attrs) add(name, t.attrs.value ?? 'on');
      } else add(name, t.attrs.value ?? '');
    } else if (t.name === 'select') {
      const end = s.indexOf('</select>', t.at);
      const options = tags(s.slice(t.at, end)).filter((o) => o.name === 'option');
      const chosen = options.find((o) => 'selected' in o.attrs) ?? options[0];
      if (chosen) add(name, chosen.attrs.value ?? '');
    } else if (t.name === 'textarea') {
      const open = s.indexOf('>', t.at) + 1;
      // The HTML parser drops one newline right after <textarea>.
      add(name, decode(s.slice(open, s.indexOf('</textarea>', open))).replace(/^\r?\n/, ''));
    }
  }
  return out;
}

export function ids(html: Html | string): string[] {
  return tags(html)
    .map((t) => t.attrs.id)
    .filter((id): id is string => id !== undefined);
}
