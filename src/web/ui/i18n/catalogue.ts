import { AREAS } from './areas/index.ts';
import type { AreaMessages } from './define-messages.ts';

type AreaKeys<A> = A extends AreaMessages<infer K> ? K : never;
export type MessageKey = AreaKeys<(typeof AREAS)[number]>;

function merge(lang: 'sv' | 'en' | 'ar'): Partial<Record<MessageKey, string>> {
  const out: Record<string, string> = {};
  for (const area of AREAS as readonly AreaMessages<string>[]) {
    const texts = area[lang];
    if (!texts) continue;
    for (const [k, v] of Object.entries(texts)) {
      if (k in out) throw new Error(`Message key defined twice: ${k}`);
      out[k] = v;
    }
  }
  return out;
}

export const sv = merge('sv') as Record<MessageKey, string>;
export const en = merge('en') as Record<MessageKey, string>;
export const ar = merge('ar');
