import type { LangText } from '../forms/definition.ts';
import { type CaseStatus, statusByKey } from './statuses.ts';

/**
 * What an officer may do to a case, as pure rules: the service reads the
 * facts (the e-service's status set, who handles it, the case's officers),
 * asks here, and writes only what these functions allow.
 */

export type StatusChange =
  | {
      ok: true;
      status: CaseStatus;
      /** What happens to closed_at: a closing status sets it, reopening clears it. */
      closedAt: 'set' | 'clear' | 'keep';
    }
  | { ok: false; reason: 'unknownStatus' | 'sameStatus' };

/** May the case move from `fromKey` to `toKey`? Any status of the set may follow any other. */
export function checkStatusChange(set: readonly CaseStatus[], fromKey: string, toKey: string): StatusChange {
  const to = statusByKey(toKey, set);
  if (!to) return { ok: false, reason: 'unknownStatus' };
  if (toKey === fromKey) return { ok: false, reason: 'sameStatus' };
  // A status the set no longer has counts as open: moving to a closed one closes the case.
  const wasClosed = statusByKey(fromKey, set)?.closed ?? false;
  const closedAt = to.closed === wasClosed ? 'keep' : to.closed ? 'set' : 'clear';
  return { ok: true, status: to, closedAt };
}

export type DeleteCheck = { ok: true } | { ok: false; reason: 'statusForbids' };

/** A case may be deleted only in a status that says so (standard set: Klart). */
export function checkDelete(set: readonly CaseStatus[], statusKey: string): DeleteCheck {
  return statusByKey(statusKey, set)?.mayDelete ? { ok: true } : { ok: false, reason: 'statusForbids' };
}

export interface OfficerChangeFacts {
  /** The case's officers now. */
  current: readonly string[];
  /** The officers the form asks for. */
  next: readonly string[];
  /** Who may be assigned: the e-service's handlers (people and group members). */
  handlers: ReadonlySet<string>;
  /** The officer making the change. */
  actorId: string;
  /** The actor sees only cases assigned to them (a restricted handler). */
  actorRestricted: boolean;
  /** The actor has seen the warning and confirmed removing themselves. */
  confirmed: boolean;
}

export type OfficerChange =
  | { ok: true; added: string[]; removed: string[] }
  | { ok: false; reason: 'notHandler'; ids: string[] }
  /** A restricted officer is removing themselves and would lose sight of the case: ask first. */
  | { ok: false; reason: 'confirmSelfRemoval' };

/**
 * A new set of officers. Everyone added must handle the e-service; officers
 * already on the case may stay even if they no longer handle it (an
 * administrator can take them off). Duplicates are ignored.
 */
export function checkOfficerChange(f: OfficerChangeFacts): OfficerChange {
  const next = [...new Set(f.next)];
  const current = new Set(f.current);
  const added = next.filter((id) => !current.has(id));
  const notHandler = added.filter((id) => !f.handlers.has(id));
  if (notHandler.length > 0) return { ok: false, reason: 'notHandler', ids: notHandler };
  const removed = f.current.filter((id) => !next.includes(id));
  if (f.actorRestricted && removed.includes(f.actorId) && !f.confirmed) {
    return { ok: false, reason: 'confirmSelfRemoval' };
  }
  return { ok: true, added, removed };
}

/** A colour label: a colour and what it means in this e-service ("Röd: väntar på intyg"). */
export interface ColourLabel {
  key: string;
  meaning: LangText;
}

/** The palette used when the e-service has set no colour labels of its own. */
export const DEFAULT_COLOUR_LABELS: readonly ColourLabel[] = [
  { key: 'red', meaning: { sv: 'Röd', en: 'Red' } },
  { key: 'orange', meaning: { sv: 'Orange', en: 'Orange' } },
  { key: 'yellow', meaning: { sv: 'Gul', en: 'Yellow' } },
  { key: 'green', meaning: { sv: 'Grön', en: 'Green' } },
  { key: 'blue', meaning: { sv: 'Blå', en: 'Blue' } },
  { key: 'purple', meaning: { sv: 'Lila', en: 'Purple' } },
];

/** The e-service's labels, or the default palette. */
export function colourLabelsOf(labels: readonly ColourLabel[]): readonly ColourLabel[] {
  return labels.length > 0 ? labels : DEFAULT_COLOUR_LABELS;
}

/** null clears the label; anything else must be one of the labels. */
export function checkColour(
  labels: readonly ColourLabel[],
  colour: string | null,
): { ok: true; colour: string | null } | { ok: false; reason: 'unknownColour' } {
  if (colour === null) return { ok: true, colour };
  return colourLabelsOf(labels).some((l) => l.key === colour)
    ? { ok: true, colour }
    : { ok: false, reason: 'unknownColour' };
}

export const EXTERNAL_CASE_NUMBER_MAX = 100;

/**
 * An external case number as the officer typed it: trimmed, inner runs of
 * white space made one space; empty clears it. Control characters are
 * refused (it is shown to the applicant and searched).
 */
export function normaliseExternalCaseNumber(
  input: string,
): { ok: true; value: string | null } | { ok: false; reason: 'tooLong' | 'invalidCharacters' } {
  const value = input.trim().replace(/[ \t]+/g, ' ');
  if (value === '') return { ok: true, value: null };
  if ([...value].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) {
    return { ok: false, reason: 'invalidCharacters' };
  }
  if (value.length > EXTERNAL_CASE_NUMBER_MAX) return { ok: false, reason: 'tooLong' };
  return { ok: true, value };
}
