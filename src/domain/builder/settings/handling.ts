import type { CaseStatus } from '../../cases/statuses.ts';
import { type SettingProblem, wholeNumber } from './common.ts';

export const HANDLE_WITHIN_MAX = 365;
export const PURGE_DAYS_MAX = 3650;

export interface PurgeRule {
  status: string;
  days: number;
}

/** The handling form as posted (text as typed, so nothing is lost on an error). */
export interface HandlingForm {
  handleWithinDays: string;
  manualCasesAllowed: string;
  answersEditable: string;
  /** '' = no automatic purge. */
  purgeStatus: string;
  purgeDays: string;
}

export interface HandlingSettings {
  handleWithinDays: number | null;
  manualCasesAllowed: boolean;
  answersEditable: boolean;
  purgeRule: PurgeRule | null;
}

export function formOfHandling(s: HandlingSettings): HandlingForm {
  return {
    handleWithinDays: s.handleWithinDays === null ? '' : String(s.handleWithinDays),
    manualCasesAllowed: s.manualCasesAllowed ? 'yes' : 'no',
    answersEditable: s.answersEditable ? 'yes' : 'no',
    purgeStatus: s.purgeRule?.status ?? '',
    purgeDays: s.purgeRule ? String(s.purgeRule.days) : '',
  };
}

export type HandlingCheck = { ok: true; value: HandlingSettings } | { ok: false; problems: SettingProblem[] };

/**
 * "Handle within N days" (empty = no promise; 1–365), manual cases and
 * officers' answer edits (yes/no), and the purge rule: a status of the set
 * and 1–3650 days, or none.
 */
export function checkHandling(f: HandlingForm, statusSet: readonly CaseStatus[]): HandlingCheck {
  const problems: SettingProblem[] = [];
  let handleWithinDays: number | null = null;
  if (f.handleWithinDays.trim() !== '') {
    const n = wholeNumber(f.handleWithinDays);
    if (n === undefined) problems.push({ field: 'handleWithinDays', code: 'daysInvalid' });
    else if (n < 1 || n > HANDLE_WITHIN_MAX)
      problems.push({
        field: 'handleWithinDays',
        code: 'daysOutOfRange',
        params: { max: HANDLE_WITHIN_MAX },
      });
    else handleWithinDays = n;
  }
  const yesNo = (field: 'manualCasesAllowed' | 'answersEditable'): boolean => {
    const v = f[field];
    if (v !== 'yes' && v !== 'no') problems.push({ field, code: 'yesNoRequired' });
    return v === 'yes';
  };
  const manualCasesAllowed = yesNo('manualCasesAllowed');
  const answersEditable = yesNo('answersEditable');
  let purgeRule: PurgeRule | null = null;
  if (f.purgeStatus !== '') {
    const status = statusSet.find((s) => s.key === f.purgeStatus);
    if (!status) problems.push({ field: 'purgeStatus', code: 'purgeStatusUnknown' });
    const n = wholeNumber(f.purgeDays);
    if (n === undefined) problems.push({ field: 'purgeDays', code: 'purgeDaysInvalid' });
    else if (n < 1 || n > PURGE_DAYS_MAX)
      problems.push({ field: 'purgeDays', code: 'purgeDaysOutOfRange', params: { max: PURGE_DAYS_MAX } });
    if (status && n !== undefined) purgeRule = { status: status.key, days: n };
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: { handleWithinDays, manualCasesAllowed, answersEditable, purgeRule } };
}

/** A stored purge rule, or null when it is not a whole one. */
export function parsePurgeRule(json: unknown): PurgeRule | null {
  if (typeof json !== 'object' || json === null) return null;
  const { status, days } = json as { status?: unknown; days?: unknown };
  return typeof status === 'string' &&
    typeof days === 'number' &&
    Number.isInteger(days) &&
    days >= 1 &&
    days <= PURGE_DAYS_MAX
    ? { status, days }
    : null;
}
