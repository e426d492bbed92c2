import { type IsoDate, isIsoDate } from '../identity-numbers/calendar.ts';
import { parseOrganisationsnummer } from '../identity-numbers/organisationsnummer.ts';
import { parsePersonnummer } from '../identity-numbers/personnummer.ts';

/**
 * The officers' case list as the query string describes it: tab, filters,
 * search, order and page. Parsed here, without I/O, so the page, the bulk
 * actions (which return to the same list) and the benchmark read it alike.
 * Anything malformed falls back to "no filter" with a problem to show.
 */

export const CASE_LIST_TABS = ['unassigned', 'overdue', 'mine', 'flagged', 'in_progress', 'all'] as const;
export type CaseListTab = (typeof CASE_LIST_TABS)[number];

export const CASE_LIST_SORTS = [
  'case_number',
  'e_service',
  'status',
  'submitted',
  'updated',
  'officers',
] as const;
export type CaseListSort = (typeof CASE_LIST_SORTS)[number];
export type SortDir = 'asc' | 'desc';

export const PAGE_SIZE = 50;
/** Counts stop here and show "10 000+": counting further would read every row. */
export const COUNT_CAP = 10_000;
/** Pages reach as far as the counts do; further than that, narrow the list. */
export const MAX_PAGE = COUNT_CAP / PAGE_SIZE;

const MIN_TERM = 3;
const MAX_TERMS = 6;
const MAX_SEARCH = 100;

/** A search term: a case matches when its search text contains any of the alternatives. */
export type SearchTerm = readonly string[];

export interface CaseListQuery {
  tab: CaseListTab;
  eServiceId: string | null;
  versionId: string | null;
  status: string | null;
  colour: string | null;
  /** Submitted on or after this day (Swedish time). */
  submittedFrom: IsoDate | null;
  /** Submitted on or before this day (Swedish time). */
  submittedTo: IsoDate | null;
  /** The search box as typed (trimmed), shown again. */
  search: string;
  /** All must match; lower-case, as the search column is. */
  terms: readonly SearchTerm[];
  sort: CaseListSort;
  dir: SortDir;
  page: number;
}

export type CaseListProblem =
  | { field: 'from' | 'to'; code: 'invalidDate' }
  | { field: 'to'; code: 'dateOrder' }
  | { field: 'q'; code: 'searchTooShort' | 'searchTooLong' };

export const DEFAULT_CASE_LIST_QUERY: CaseListQuery = {
  tab: 'all',
  eServiceId: null,
  versionId: null,
  status: null,
  colour: null,
  submittedFrom: null,
  submittedTo: null,
  search: '',
  terms: [],
  sort: 'submitted',
  dir: 'desc',
  page: 1,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY = /^[a-z0-9_-]{1,40}$/;

function one(raw: Record<string, unknown>, name: string): string {
  const v = raw[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim() : '';
}

function pick<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function date(value: string): IsoDate | null | 'invalid' {
  if (value === '') return null;
  return isIsoDate(value) ? value : 'invalid';
}

/**
 * What the search box means. A whole personnummer (with or without century
 * and dash) becomes its stored 12-digit form, its display form and its ten
 * digits (which also find the person a century older or younger); an
 * organisation number its three usual forms; anything else is words, each
 * of which must occur (at least three characters: shorter ones cannot use
 * the trigram index and would read every case).
 */
export function searchTerms(
  input: string,
  today: IsoDate,
): { terms: SearchTerm[]; problem?: 'searchTooShort' | 'searchTooLong' } {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return { terms: [] };
  if (text.length > MAX_SEARCH) return { terms: [], problem: 'searchTooLong' };
  const pnr = parsePersonnummer(text, { today, allowSamordningsnummer: true });
  if (pnr.ok) {
    // Ten digits too: "121212-1212" may mean 1912 as well as 2012.
    const v = pnr.value.value;
    return { terms: [[v, `${v.slice(0, 8)}-${v.slice(8)}`, v.slice(2)]] };
  }
  const org = parseOrganisationsnummer(text, { today, allowSoleTrader: false });
  if (org.ok) {
    const ten = org.value.value.slice(2);
    return { terms: [[`${ten.slice(0, 6)}-${ten.slice(6)}`, ten, org.value.value]] };
  }
  const words = [...new Set(text.toLowerCase().split(' '))].filter((w) => w.length >= MIN_TERM);
  if (words.length === 0) return { terms: [], problem: 'searchTooShort' };
  return { terms: words.slice(0, MAX_TERMS).map((w) => [w]) };
}

/** The list as the query string asks for it; `today` decides the century of 10-digit personnummer. */
export function parseCaseListQuery(
  raw: Record<string, unknown>,
  today: IsoDate,
): { query: CaseListQuery; problems: CaseListProblem[] } {
  const problems: CaseListProblem[] = [];
  const uuid = (name: string) => {
    const v = one(raw, name);
    return UUID.test(v) ? v.toLowerCase() : null;
  };
  const key = (name: string) => {
    const v = one(raw, name);
    return KEY.test(v) ? v : null;
  };
  let from = date(one(raw, 'from'));
  let to = date(one(raw, 'to'));
  if (from === 'invalid') {
    problems.push({ field: 'from', code: 'invalidDate' });
    from = null;
  }
  if (to === 'invalid') {
    problems.push({ field: 'to', code: 'invalidDate' });
    to = null;
  }
  if (from && to && to < from) {
    problems.push({ field: 'to', code: 'dateOrder' });
    to = null;
  }
  const search = one(raw, 'q').slice(0, MAX_SEARCH * 2);
  const s = searchTerms(search, today);
  if (s.problem) problems.push({ field: 'q', code: s.problem });
  const sort = pick(one(raw, 'sort'), CASE_LIST_SORTS, 'submitted');
  const defaultDir: SortDir = sort === 'submitted' || sort === 'updated' ? 'desc' : 'asc';
  const page = Number(one(raw, 'page'));
  return {
    query: {
      tab: pick(one(raw, 'tab'), CASE_LIST_TABS, 'all'),
      eServiceId: uuid('eservice'),
      versionId: uuid('version'),
      status: key('status'),
      colour: key('colour'),
      submittedFrom: from,
      submittedTo: to,
      search,
      terms: s.terms,
      sort,
      dir: pick(one(raw, 'dir'), ['asc', 'desc'] as const, defaultDir),
      page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
    },
    problems,
  };
}

/**
 * The query string for a list: only what differs from the defaults, so links
 * stay short. `changes` sets or clears (null) parameters, e.g. another tab.
 */
export function caseListSearch(q: CaseListQuery, changes: Partial<CaseListQuery> = {}): string {
  const v = { ...q, ...changes };
  const p = new URLSearchParams();
  if (v.tab !== 'all') p.set('tab', v.tab);
  if (v.eServiceId) p.set('eservice', v.eServiceId);
  if (v.versionId) p.set('version', v.versionId);
  if (v.status) p.set('status', v.status);
  if (v.colour) p.set('colour', v.colour);
  if (v.submittedFrom) p.set('from', v.submittedFrom);
  if (v.submittedTo) p.set('to', v.submittedTo);
  if (v.search) p.set('q', v.search);
  if (v.sort !== 'submitted') p.set('sort', v.sort);
  if (v.dir !== (v.sort === 'submitted' || v.sort === 'updated' ? 'desc' : 'asc')) p.set('dir', v.dir);
  if (v.page > 1) p.set('page', String(v.page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Whether any filter or search narrows the list (the tabs aside). */
export function isFiltered(q: CaseListQuery): boolean {
  return Boolean(
    q.eServiceId || q.versionId || q.status || q.colour || q.submittedFrom || q.submittedTo || q.terms.length,
  );
}
