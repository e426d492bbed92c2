import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * An officer's personal settings, kept in staff_user.settings: which columns
 * the case list shows (the case number always), whether a case opens in the
 * same tab or a new one, whether officers are shown by name or user name, and
 * the language of the notification e-mails they get (`lang`, read by
 * notifications/officer-recipients.ts).
 * Stored under their own keys, so other settings in the same column stay.
 */

export const CASE_LIST_COLUMNS = [
  'e_service',
  'status',
  'applicant',
  'personal_number',
  'summary',
  'submitted',
  'updated',
  'due',
  'officers',
  'colour',
  'external_case_number',
] as const;
export type CaseListColumn = (typeof CASE_LIST_COLUMNS)[number];

export interface StaffSettings {
  columns: readonly CaseListColumn[];
  openCasesInNewTab: boolean;
  officerLabel: 'name' | 'username';
  /** Language of notification e-mails to this officer. */
  notificationLang: 'sv' | 'en';
}

export const DEFAULT_STAFF_SETTINGS: StaffSettings = {
  columns: ['e_service', 'status', 'applicant', 'summary', 'submitted', 'officers'],
  openCasesInNewTab: false,
  officerLabel: 'name',
  notificationLang: 'sv',
};

const isColumn = (v: unknown): v is CaseListColumn =>
  typeof v === 'string' && (CASE_LIST_COLUMNS as readonly string[]).includes(v);

/** The stored JSON as settings; anything missing or unknown is the default. */
export function readStaffSettings(json: unknown): StaffSettings {
  const o =
    typeof json === 'object' && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : {};
  const columns = Array.isArray(o.caseListColumns)
    ? CASE_LIST_COLUMNS.filter((c) => (o.caseListColumns as unknown[]).includes(c))
    : DEFAULT_STAFF_SETTINGS.columns;
  return {
    columns,
    openCasesInNewTab: o.openCasesInNewTab === true,
    officerLabel: o.officerLabel === 'username' ? 'username' : 'name',
    notificationLang: o.lang === 'en' ? 'en' : 'sv',
  };
}

export type StaffSettingsField = 'columns' | 'openIn' | 'officerLabel' | 'notificationLang';

/**
 * The settings form as posted. Every value must be one the form offers: a
 * tampered value is an error, not silently dropped.
 */
export function parseStaffSettingsForm(
  form: Record<string, unknown>,
): { ok: true; settings: StaffSettings } | { ok: false; errors: StaffSettingsField[] } {
  const errors: StaffSettingsField[] = [];
  const raw = form.columns;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  if (!list.every(isColumn)) errors.push('columns');
  const openIn = form.openIn;
  if (openIn !== 'same' && openIn !== 'new') errors.push('openIn');
  const label = form.officerLabel;
  if (label !== 'name' && label !== 'username') errors.push('officerLabel');
  const lang = form.notificationLang;
  if (lang !== 'sv' && lang !== 'en') errors.push('notificationLang');
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      columns: CASE_LIST_COLUMNS.filter((c) => list.includes(c)),
      openCasesInNewTab: openIn === 'new',
      officerLabel: label as StaffSettings['officerLabel'],
      notificationLang: lang as StaffSettings['notificationLang'],
    },
  };
}

export async function loadStaffSettings(
  db: Db,
  municipalityId: string,
  userId: string,
): Promise<StaffSettings> {
  const row = await db
    .selectFrom('staff_user')
    .select('settings')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return readStaffSettings(row?.settings);
}

export async function saveStaffSettings(
  db: Db,
  municipalityId: string,
  userId: string,
  s: StaffSettings,
): Promise<void> {
  const patch = JSON.stringify({
    caseListColumns: s.columns,
    openCasesInNewTab: s.openCasesInNewTab,
    officerLabel: s.officerLabel,
    lang: s.notificationLang,
  });
  await db
    .updateTable('staff_user')
    .set({ settings: sql`settings || ${patch}::jsonb` })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', userId)
    .execute();
}
