import { type CaseStatus, INITIAL_STATUS, STANDARD_STATUSES } from '../../cases/statuses.ts';
import type { LangText } from '../../forms/definition.ts';
import { NAME_MAX, type SettingProblem, TAG_COLOURS, type TagColour } from './common.ts';

/** The most statuses one e-service may have. */
export const STATUS_SET_MAX = 30;
export const STATUS_KEY = /^[a-z][a-z0-9_]{0,39}$/;

/** One row of the status form as posted: `key` is empty for a status added on the page. */
export interface StatusRow {
  key: string;
  sv: string;
  en: string;
  colour: string;
  applicantMayEdit: boolean;
  mayDelete: boolean;
  closed: boolean;
}

export function rowsOfStatusSet(set: readonly CaseStatus[]): StatusRow[] {
  return set.map((s) => ({
    key: s.key,
    sv: s.name.sv,
    en: s.name.en ?? '',
    colour: s.colour,
    applicantMayEdit: s.applicantMayEdit,
    mayDelete: s.mayDelete,
    closed: s.closed,
  }));
}

/** A key made from a Swedish name: lower case, å/ä → a, ö → o, other runs → "_". */
export function keyFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/[åä]/g, 'a')
      .replace(/ö/g, 'o')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .replace(/^[^a-z]+/, '')
      .slice(0, 34) || 'status';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

export interface StatusSetFacts {
  /**
   * Statuses a posted row may name by key: the stored set's and the standard
   * set's (anything else was tampered with). Their names in languages other
   * than Swedish and English are kept.
   */
  known: ReadonlyMap<string, CaseStatus>;
  /** How many cases stand in each status now. */
  casesInStatus: ReadonlyMap<string, number>;
  /** The set stored now: a status missing from the result that cases have is refused. */
  current: readonly CaseStatus[];
}

export type StatusSetCheck = { ok: true; value: CaseStatus[] } | { ok: false; problems: SettingProblem[] };

/**
 * Checks a posted status set: every name in Swedish (English optional),
 * names at most NAME_MAX characters, known keys only, no key twice, a tag
 * colour from the palette, "submitted" kept, no status removed that cases
 * stand in now. New rows get a key made from their Swedish name.
 */
export function checkStatusSet(rows: readonly StatusRow[], facts: StatusSetFacts): StatusSetCheck {
  const problems: SettingProblem[] = [];
  if (rows.length === 0) problems.push({ field: 'statuses', code: 'missingInitial' });
  if (rows.length > STATUS_SET_MAX)
    problems.push({ field: 'statuses', code: 'tooMany', params: { max: STATUS_SET_MAX } });
  const seen = new Set<string>();
  const taken = new Set(rows.map((r) => r.key).filter(Boolean));
  const names = new Set<string>();
  const out: CaseStatus[] = [];
  rows.forEach((r, i) => {
    const sv = r.sv.trim();
    const en = r.en.trim();
    if (r.key !== '' && (!STATUS_KEY.test(r.key) || !facts.known.has(r.key))) {
      problems.push({ field: `s.${i}.sv`, code: 'unknownKey', params: { key: r.key.slice(0, 40) } });
      return;
    }
    if (r.key !== '' && seen.has(r.key)) {
      problems.push({ field: `s.${i}.sv`, code: 'duplicateKey', params: { key: r.key } });
      return;
    }
    if (sv === '') problems.push({ field: `s.${i}.sv`, code: 'nameRequired', params: { row: i + 1 } });
    else if (sv.length > NAME_MAX)
      problems.push({ field: `s.${i}.sv`, code: 'nameTooLong', params: { row: i + 1, max: NAME_MAX } });
    else if (names.has(sv.toLowerCase()))
      problems.push({ field: `s.${i}.sv`, code: 'duplicateName', params: { name: sv } });
    if (en.length > NAME_MAX)
      problems.push({ field: `s.${i}.en`, code: 'nameTooLong', params: { row: i + 1, max: NAME_MAX } });
    if (!TAG_COLOURS.includes(r.colour as TagColour))
      problems.push({ field: `s.${i}.colour`, code: 'badColour', params: { row: i + 1 } });
    names.add(sv.toLowerCase());
    const key = r.key || keyFromName(sv, taken);
    taken.add(key);
    seen.add(key);
    const { en: _en, ...kept } = facts.known.get(r.key)?.name ?? { sv };
    const name: LangText = en ? { ...kept, sv, en } : { ...kept, sv };
    out.push({
      key,
      name,
      applicantMayEdit: r.applicantMayEdit,
      mayDelete: r.mayDelete,
      closed: r.closed,
      colour: r.colour as TagColour,
    });
  });
  if (rows.length > 0 && !seen.has(INITIAL_STATUS) && !problems.some((p) => p.code === 'unknownKey')) {
    problems.push({ field: 'statuses', code: 'missingInitial' });
  }
  for (const s of facts.current) {
    const count = facts.casesInStatus.get(s.key) ?? 0;
    if (count > 0 && !seen.has(s.key)) {
      problems.push({ field: 'statuses', code: 'inUse', params: { name: s.name.sv, count } });
    }
  }
  // Statuses that only cases know (a set changed under them) must not disappear either.
  for (const [key, count] of facts.casesInStatus) {
    if (count > 0 && !seen.has(key) && !facts.current.some((s) => s.key === key)) {
      problems.push({ field: 'statuses', code: 'inUse', params: { name: key, count } });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out };
}

/** Whether a set is the standard one (stored as the empty list). */
export function isStandardSet(set: readonly CaseStatus[]): boolean {
  return JSON.stringify(set) === JSON.stringify(STANDARD_STATUSES);
}
