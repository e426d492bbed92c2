/**
 * What one sheet of the Excel export holds: the fixed case columns, then one
 * column per question of the version (or the e-service's configured export
 * columns), and how a stored case becomes a row of cells. Answers are text,
 * as formatAnswer writes them in Swedish; a hidden or unanswered question is
 * an empty cell.
 */
import { type CaseStatus, statusByKey, statusSetOf } from '../../domain/cases/statuses.ts';
import type { Answers, AnswerValue } from '../../domain/forms/answers.ts';
import type { FormDefinition, LangText, Question } from '../../domain/forms/definition.ts';
import { formatAnswer } from '../../domain/forms/format.ts';
import { formatPersonnummer } from '../../domain/identity-numbers/index.ts';

/** What the export reads of a case. */
export interface ExportCaseRow {
  id: string;
  case_number: string;
  status: string;
  submitted_at: Date;
  channel: string;
  submitter_name: string | null;
  concerns_name: string | null;
  submitter_personal_number: string | null;
  concerns_personal_number: string | null;
  answers: Answers;
}

export type CellValue = string | Date | null;

export interface ExportColumn {
  header: string;
  /** In characters. */
  width: number;
  /** Excel number format for date cells. */
  numFmt?: string;
  cell(row: ExportCaseRow): CellValue;
}

const CHANNEL_NAMES: Record<string, string> = {
  web: 'Webb',
  paper: 'Papper',
  phone: 'Telefon',
  visit: 'Besök',
  email: 'E-post',
};

const ANSWER_TEXTS = { yes: 'Ja', no: 'Nej', consented: 'Godkänt' };

const stockholmParts = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * Excel dates have no time zone: a cell shows the clock time it holds. So the
 * moment is written as the wall-clock time in Sweden, which is what the
 * officer means by "inskickat 14:05".
 */
export function stockholmWallClock(d: Date): Date {
  const p: Record<string, number> = {};
  for (const part of stockholmParts.formatToParts(d)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return new Date(
    Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0),
  );
}

/** The e-service's own status set when it is a usable one, else the standard set. */
export function statusSetFrom(stored: unknown): readonly CaseStatus[] {
  const usable =
    Array.isArray(stored) &&
    stored.every(
      (s) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as { key?: unknown }).key === 'string' &&
        typeof (s as { name?: { sv?: unknown } }).name?.sv === 'string',
    );
  return statusSetOf({ statusSet: usable ? (stored as CaseStatus[]) : null });
}

/** A configured export column: `{ key, title }`, the title a string or a text per language. */
interface ConfiguredColumn {
  key: string;
  title: string;
}

export function configuredColumns(stored: unknown): ConfiguredColumn[] | null {
  if (!Array.isArray(stored) || stored.length === 0) return null;
  const out: ConfiguredColumn[] = [];
  for (const c of stored) {
    if (typeof c !== 'object' || c === null) continue;
    const { key, title } = c as { key?: unknown; title?: unknown };
    if (typeof key !== 'string') continue;
    const text =
      typeof title === 'string'
        ? title
        : typeof (title as LangText | null)?.sv === 'string'
          ? (title as LangText).sv
          : key;
    out.push({ key, title: text });
  }
  return out.length > 0 ? out : null;
}

function answerText(q: Question, value: AnswerValue | undefined): string | null {
  if (value === undefined) return null;
  if (q.type === 'file') {
    // Files by name only: the sizes are noise in a spreadsheet.
    return Array.isArray(value)
      ? value.map((f) => String((f as { name?: unknown }).name ?? '')).join('\n')
      : null;
  }
  const f = formatAnswer(q, value, { lang: 'sv', texts: ANSWER_TEXTS });
  const text = Array.isArray(f) ? f.join('\n') : f;
  return text === '' ? null : text;
}

function questionsOf(def: FormDefinition): Question[] {
  return def.steps.flatMap((s) => s.questions).filter((q) => q.type !== 'info');
}

const width = (header: string, min: number, max: number) => Math.min(max, Math.max(min, header.length + 2));

/** The sheet's columns for one version of an e-service. */
export function exportColumns(
  def: FormDefinition,
  settings: { statusSet: unknown; exportColumns: unknown },
): ExportColumn[] {
  const statuses = statusSetFrom(settings.statusSet);
  const fixed: ExportColumn[] = [
    { header: 'Ärendenummer', width: 14, cell: (r) => r.case_number },
    {
      header: 'Status',
      width: 20,
      cell: (r) => statusByKey(r.status, statuses)?.name.sv ?? r.status,
    },
    {
      header: 'Inskickat',
      width: 17,
      numFmt: 'yyyy-mm-dd hh:mm',
      cell: (r) => stockholmWallClock(r.submitted_at),
    },
    { header: 'Kanal', width: 10, cell: (r) => CHANNEL_NAMES[r.channel] ?? r.channel },
    { header: 'Sökande', width: 24, cell: (r) => r.submitter_name ?? r.concerns_name },
    {
      header: 'Personnummer',
      width: 15,
      cell: (r) => {
        const pnr = r.concerns_personal_number ?? r.submitter_personal_number;
        return pnr ? formatPersonnummer(pnr) : null;
      },
    },
  ];
  const byKey = new Map(questionsOf(def).map((q) => [q.key, q]));
  const configured = configuredColumns(settings.exportColumns);
  const answers: ExportColumn[] = configured
    ? configured.map((c) => {
        const q = byKey.get(c.key);
        return {
          header: c.title,
          width: width(c.title, 10, 40),
          cell: (r) => (q ? answerText(q, r.answers[c.key]) : null),
        };
      })
    : [...byKey.values()].map((q) => {
        const header = q.label.sv;
        return { header, width: width(header, 10, 40), cell: (r) => answerText(q, r.answers[q.key]) };
      });
  return [...fixed, ...answers];
}

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[:\\/?*[\]]/g, ' ').trim() || 'Blad';
  let name = clean.slice(0, 31);
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${clean.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
