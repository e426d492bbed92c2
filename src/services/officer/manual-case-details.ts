/**
 * What an officer says about a case that did not come through the web: how
 * it arrived (statistics compare these channels with the web) and, if known,
 * whose it is, so it shows on that person's My pages.
 */
import type { IsoDate } from '../../domain/identity-numbers/calendar.ts';
import { type PersonnummerProblem, parsePersonnummer } from '../../domain/identity-numbers/index.ts';

/** Every channel but the web: a paper form, a phone call, a visit, an e-mail. */
export const MANUAL_CHANNELS = ['paper', 'phone', 'visit', 'email'] as const;
export type ManualChannel = (typeof MANUAL_CHANNELS)[number];

export const NAME_MAX_LENGTH = 200;

export interface ManualCaseDetails {
  channel: ManualChannel;
  /** 12 digits, or null: the case then belongs to nobody's My pages. */
  personalNumber: string | null;
  name: string | null;
}

export interface ManualCaseDetailsInput {
  channel?: string | undefined;
  personalNumber?: string | undefined;
  name?: string | undefined;
}

export type DetailsError =
  | { field: 'channel'; code: 'channelRequired' }
  | { field: 'personalNumber'; code: 'invalidPersonnummer'; reason: PersonnummerProblem }
  | { field: 'name'; code: 'nameTooLong'; max: number };

export function isManualChannel(v: unknown): v is ManualChannel {
  return typeof v === 'string' && (MANUAL_CHANNELS as readonly string[]).includes(v);
}

/** Checks the details; samordningsnummer are accepted (people without Swedish registration apply on paper too). */
export function readManualCaseDetails(
  input: ManualCaseDetailsInput,
  today: IsoDate,
): { ok: true; value: ManualCaseDetails } | { ok: false; errors: DetailsError[] } {
  const errors: DetailsError[] = [];
  const channel = input.channel;
  if (!isManualChannel(channel)) errors.push({ field: 'channel', code: 'channelRequired' });
  let personalNumber: string | null = null;
  const typed = (input.personalNumber ?? '').trim();
  if (typed !== '') {
    const p = parsePersonnummer(typed, { today, allowSamordningsnummer: true });
    if (p.ok) personalNumber = p.value.value;
    else errors.push({ field: 'personalNumber', code: 'invalidPersonnummer', reason: p.problem });
  }
  const name = (input.name ?? '').replace(/\s+/g, ' ').trim();
  if (name.length > NAME_MAX_LENGTH)
    errors.push({ field: 'name', code: 'nameTooLong', max: NAME_MAX_LENGTH });
  if (errors.length > 0 || !isManualChannel(channel)) return { ok: false, errors };
  return { ok: true, value: { channel, personalNumber, name: name || null } };
}
