/**
 * Organisationsnummer (Skatteverket, SKV 709): ten digits, Luhn, the third
 * digit at least 2 so it can never be a date, and the first digit a group
 * number (1 estates, 2 state/regions/municipalities, 3 foreign companies,
 * 5 limited companies, 6 simple partnerships, 7 economic associations,
 * 8 non-profit associations and foundations, 9 trading partnerships; 0 and 4
 * are not assigned). The 12-digit form puts `16` in front. A sole trader
 * (enskild näringsidkare) uses the owner's personnummer or samordningsnummer.
 */
import type { IsoDate } from './calendar.ts';
import { splitIdentityInput } from './input.ts';
import { luhnValid } from './luhn.ts';
import { type Personnummer, parsePersonnummer } from './personnummer.ts';

export type OrganisationKind = 'organisation' | 'soleTrader';

export interface Organisationsnummer {
  /** 12 digits: `16` + the number for organisations, the full personnummer for sole traders. */
  value: string;
  kind: OrganisationKind;
  /** The group digit of an organisation (absent for sole traders). */
  group: number | undefined;
  /** The owner's number for a sole trader. */
  personnummer: Personnummer | undefined;
}

export type OrganisationsnummerProblem =
  | 'format'
  | 'checksum'
  /** Group digit 0 or 4, which are never assigned. */
  | 'group'
  /** A personnummer where only organisations are accepted. */
  | 'soleTraderNotAllowed'
  /** A sole trader's personnummer with an impossible or future birth date. */
  | 'date'
  | 'futureDate';

export type OrganisationsnummerResult =
  | { ok: true; value: Organisationsnummer }
  | { ok: false; problem: OrganisationsnummerProblem };

export interface OrganisationsnummerOptions {
  today: IsoDate;
  /** Accept a personnummer/samordningsnummer as the number of a sole trader. */
  allowSoleTrader: boolean;
}

const ORGANISATION_PREFIX = '16';

function parseOrganisation(ten: string): OrganisationsnummerResult {
  const group = ten.charCodeAt(0) - 48;
  if (group === 0 || group === 4) return { ok: false, problem: 'group' };
  if (!luhnValid(ten)) return { ok: false, problem: 'checksum' };
  return {
    ok: true,
    value: { value: ORGANISATION_PREFIX + ten, kind: 'organisation', group, personnummer: undefined },
  };
}

function parseSoleTrader(input: string, options: OrganisationsnummerOptions): OrganisationsnummerResult {
  if (!options.allowSoleTrader) return { ok: false, problem: 'soleTraderNotAllowed' };
  const r = parsePersonnummer(input, { today: options.today, allowSamordningsnummer: true });
  if (!r.ok) {
    const problem = r.problem === 'samordningsnummerNotAllowed' ? 'format' : r.problem;
    return { ok: false, problem };
  }
  return {
    ok: true,
    value: { value: r.value.value, kind: 'soleTrader', group: undefined, personnummer: r.value },
  };
}

export function parseOrganisationsnummer(
  input: string,
  options: OrganisationsnummerOptions,
): OrganisationsnummerResult {
  const split = splitIdentityInput(input);
  if (!split) return { ok: false, problem: 'format' };
  const { digits } = split;
  if (digits.length === 12) {
    const prefix = digits.slice(0, 2);
    if (prefix === ORGANISATION_PREFIX) {
      const ten = digits.slice(2);
      if (ten.charCodeAt(2) < 50 || split.separator === '+') return { ok: false, problem: 'format' };
      return parseOrganisation(ten);
    }
    if (prefix === '18' || prefix === '19' || prefix === '20') return parseSoleTrader(input, options);
    return { ok: false, problem: 'format' };
  }
  // A third digit of 0 or 1 is a month: the number is a personnummer.
  if (digits.charCodeAt(2) < 50) return parseSoleTrader(input, options);
  if (split.separator === '+') return { ok: false, problem: 'format' };
  return parseOrganisation(digits);
}

export function isValidOrganisationsnummer(input: string, options: OrganisationsnummerOptions): boolean {
  return parseOrganisationsnummer(input, options).ok;
}

/** `NNNNNN-NNNN` for organisations and `YYYYMMDD-NNNN` for sole traders, from the stored 12-digit form. */
export function formatOrganisationsnummer(value: string): string {
  if (value.length !== 12) return value;
  if (value.startsWith(ORGANISATION_PREFIX)) return `${value.slice(2, 8)}-${value.slice(8)}`;
  return `${value.slice(0, 8)}-${value.slice(8)}`;
}
