import type { Db } from '../../db/database.ts';
import { type CaseStatus, statusSetOf } from '../../domain/cases/statuses.ts';
import { type ColourLabel, colourLabelsOf } from '../../domain/cases/transitions.ts';
import type { LangText } from '../../domain/forms/definition.ts';

/** What the case page needs from the e-service's settings (the builder edits them). */
export interface CaseSettings {
  statusSet: readonly CaseStatus[];
  /** The e-service's own labels or the default palette. */
  colourLabels: readonly ColourLabel[];
  answersEditable: boolean;
  /** Summary fields for the header and the list (empty: the questions marked `summary`). */
  summaryKeys: readonly string[];
}

const TAG_COLOURS = new Set(['grey', 'blue', 'yellow', 'green', 'red', 'purple', 'orange']);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function langText(v: unknown): LangText | undefined {
  if (!isRecord(v) || typeof v.sv !== 'string' || v.sv === '') return undefined;
  const out: LangText = { sv: v.sv };
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

/**
 * The stored status set as statuses; entries that are not whole statuses are
 * left out (the builder validates on save; this only guards the page), and
 * an empty result means the standard set.
 */
export function parseStatusSet(json: unknown): readonly CaseStatus[] {
  const out: CaseStatus[] = [];
  for (const s of Array.isArray(json) ? json : []) {
    if (!isRecord(s) || typeof s.key !== 'string' || !s.key) continue;
    const name = langText(s.name);
    if (!name || out.some((o) => o.key === s.key)) continue;
    out.push({
      key: s.key,
      name,
      applicantMayEdit: s.applicantMayEdit === true,
      mayDelete: s.mayDelete === true,
      closed: s.closed === true,
      colour:
        typeof s.colour === 'string' && TAG_COLOURS.has(s.colour)
          ? (s.colour as CaseStatus['colour'])
          : 'grey',
    });
  }
  return statusSetOf({ statusSet: out });
}

export function parseColourLabels(json: unknown): readonly ColourLabel[] {
  const out: ColourLabel[] = [];
  for (const l of Array.isArray(json) ? json : []) {
    if (!isRecord(l) || typeof l.key !== 'string' || !/^[a-z0-9-]{1,40}$/.test(l.key)) continue;
    const meaning = langText(l.meaning);
    if (meaning && !out.some((o) => o.key === l.key)) out.push({ key: l.key, meaning });
  }
  return colourLabelsOf(out);
}

export async function caseSettings(
  db: Db,
  municipalityId: string,
  eServiceId: string,
): Promise<CaseSettings | undefined> {
  const row = await db
    .selectFrom('e_service')
    .select(['status_set', 'colour_labels', 'answers_editable', 'summary_keys'])
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', eServiceId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    statusSet: parseStatusSet(row.status_set),
    colourLabels: parseColourLabels(row.colour_labels),
    answersEditable: row.answers_editable,
    summaryKeys: row.summary_keys,
  };
}
