import type { ColourLabel } from '../../cases/transitions.ts';
import type { LangText } from '../../forms/definition.ts';
import { NAME_MAX, type SettingProblem, TAG_COLOURS, type TagColour } from './common.ts';

/** One colour label as posted: the colour is its key. */
export interface ColourRow {
  colour: string;
  sv: string;
  en: string;
}

export function rowsOfColourLabels(labels: readonly ColourLabel[]): ColourRow[] {
  return labels.map((l) => ({ colour: l.key, sv: l.meaning.sv, en: l.meaning.en ?? '' }));
}

export type ColourLabelsCheck =
  | { ok: true; value: ColourLabel[] }
  | { ok: false; problems: SettingProblem[] };

/**
 * Checks posted colour labels: each a tag colour used once, with a meaning
 * in Swedish (English optional), at most NAME_MAX characters. An empty list
 * is allowed and means the default palette. Meanings in other languages the
 * label had before are kept.
 */
export function checkColourLabels(
  rows: readonly ColourRow[],
  previous: readonly ColourLabel[] = [],
): ColourLabelsCheck {
  const problems: SettingProblem[] = [];
  const seen = new Set<string>();
  const out: ColourLabel[] = [];
  if (rows.length > TAG_COLOURS.length)
    problems.push({ field: 'colours', code: 'tooMany', params: { max: TAG_COLOURS.length } });
  rows.forEach((r, i) => {
    const sv = r.sv.trim();
    const en = r.en.trim();
    const row = i + 1;
    if (!TAG_COLOURS.includes(r.colour as TagColour)) {
      problems.push({ field: `c.${i}.colour`, code: 'badColour', params: { row } });
    } else if (seen.has(r.colour)) {
      problems.push({ field: `c.${i}.colour`, code: 'duplicateColour', params: { row } });
    }
    seen.add(r.colour);
    if (sv === '') problems.push({ field: `c.${i}.sv`, code: 'meaningRequired', params: { row } });
    else if (sv.length > NAME_MAX)
      problems.push({ field: `c.${i}.sv`, code: 'meaningTooLong', params: { row, max: NAME_MAX } });
    if (en.length > NAME_MAX)
      problems.push({ field: `c.${i}.en`, code: 'meaningTooLong', params: { row, max: NAME_MAX } });
    const { en: _en, ...kept } = previous.find((l) => l.key === r.colour)?.meaning ?? { sv };
    const meaning: LangText = en ? { ...kept, sv, en } : { ...kept, sv };
    out.push({ key: r.colour, meaning });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out };
}
