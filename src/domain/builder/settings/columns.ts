import type { FormDefinition, LangText, Question } from '../../forms/definition.ts';
import { NAME_MAX, type SettingProblem } from './common.ts';

/** The most summary fields: a case header and a list row have room for a handful. */
export const SUMMARY_MAX = 5;

/** The questions that hold an answer (information texts do not), in the order of the form. */
export function answerableQuestions(def: FormDefinition): { key: string; label: LangText; type: string }[] {
  return def.steps
    .flatMap((s) => s.questions as readonly Question[])
    .filter((q) => q.type !== 'info')
    .map((q) => ({ key: q.key, label: q.label, type: q.type }));
}

export type SummaryCheck = { ok: true; value: string[] } | { ok: false; problems: SettingProblem[] };

/** Chosen summary fields: questions of the version, each once, at most SUMMARY_MAX. */
export function checkSummaryKeys(keys: readonly string[], questionKeys: readonly string[]): SummaryCheck {
  const problems: SettingProblem[] = [];
  const seen = new Set<string>();
  for (const k of keys) {
    if (!questionKeys.includes(k))
      problems.push({ field: 'summary', code: 'unknownQuestion', params: { key: k.slice(0, 64) } });
    else if (seen.has(k)) problems.push({ field: 'summary', code: 'duplicateKey', params: { key: k } });
    seen.add(k);
  }
  if (keys.length > SUMMARY_MAX)
    problems.push({ field: 'summary', code: 'tooManySummary', params: { max: SUMMARY_MAX } });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: [...keys] };
}

export interface ExportColumnSetting {
  key: string;
  title: string;
}

export interface ExportRow {
  key: string;
  chosen: boolean;
  title: string;
}

export type ExportCheck =
  | { ok: true; value: ExportColumnSetting[] | null }
  | { ok: false; problems: SettingProblem[] };

/**
 * Excel export columns: 'all' = one column per question (stored as null);
 * 'chosen' = the ticked questions in the order shown, each with a name (at
 * most NAME_MAX characters), at least one.
 */
export function checkExportColumns(
  mode: string,
  rows: readonly ExportRow[],
  questionKeys: readonly string[],
): ExportCheck {
  if (mode === 'all') return { ok: true, value: null };
  if (mode !== 'chosen') return { ok: false, problems: [{ field: 'mode', code: 'modeRequired' }] };
  const problems: SettingProblem[] = [];
  const seen = new Set<string>();
  const out: ExportColumnSetting[] = [];
  rows.forEach((r, i) => {
    if (!questionKeys.includes(r.key)) {
      problems.push({ field: `x.${i}.title`, code: 'unknownQuestion', params: { key: r.key.slice(0, 64) } });
      return;
    }
    if (seen.has(r.key)) {
      problems.push({ field: `x.${i}.title`, code: 'duplicateKey', params: { key: r.key } });
      return;
    }
    seen.add(r.key);
    if (!r.chosen) return;
    const title = r.title.trim();
    if (title === '') problems.push({ field: `x.${i}.title`, code: 'titleRequired', params: { key: r.key } });
    else if (title.length > NAME_MAX)
      problems.push({ field: `x.${i}.title`, code: 'titleTooLong', params: { key: r.key, max: NAME_MAX } });
    out.push({ key: r.key, title });
  });
  if (problems.length === 0 && out.length === 0) problems.push({ field: 'x.0.chosen', code: 'noColumns' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out };
}
