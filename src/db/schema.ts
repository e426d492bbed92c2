/** Kysely's view of the tables. Keep in step with migrations/. */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface MunicipalityTable {
  id: Generated<string>;
  slug: string;
  name: string;
  host_name: string | null;
  logo_url: string | null;
  brand_colour: Generated<string>;
  contact_email: string | null;
  contact_phone: string | null;
  contact_address: string | null;
  accessibility_statement: JSONColumnType<Record<string, string>, string | undefined, string>;
  login_methods: Generated<string[]>;
  created_at: CreatedAt;
}

export interface StaffUserTable {
  id: Generated<string>;
  municipality_id: string;
  username: string;
  name: string;
  email: string | null;
  password_hash: string | null;
  totp_secret: string | null;
  oidc_subject: string | null;
  roles: Generated<string[]>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  /** Personal settings: case list columns, open in new tab, officers by name or user name, e-mail language (lang). */
  settings: JSONColumnType<Record<string, unknown>, string | undefined, string>;
}

/** A municipality's own OIDC directory for staff login (migration 0003). */
export interface StaffDirectoryTable {
  municipality_id: string;
  display_name: string;
  issuer: string;
  client_id: string;
  /** Sealed by services/auth/secret-box.ts, never the plain secret. */
  client_secret_sealed: string;
  match_claim: 'email' | 'preferred_username' | 'sub';
  auto_provision: Generated<boolean>;
  provision_roles: Generated<string[]>;
  updated_at: Timestamp;
}

export interface OfficerGroupTable {
  id: Generated<string>;
  municipality_id: string;
  name: string;
  email: string | null;
}

export interface OfficerGroupMemberTable {
  group_id: string;
  user_id: string;
}

export interface SessionResidentJson {
  personalNumber: string;
  name: string;
  givenName: string;
  familyName: string;
  loa: string | null;
  providerId: string;
}

export interface SessionTable {
  id_hash: string;
  kind: 'anonymous' | 'resident' | 'staff';
  municipality_id: string | null;
  staff_user_id: string | null;
  resident: JSONColumnType<SessionResidentJson | null, string | null, string | null>;
  login_method: string | null;
  data: JSONColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
}

export interface LoginEventTable {
  id: Generated<number>;
  municipality_id: string | null;
  kind: 'resident' | 'staff';
  method: string;
  success: boolean;
  occurred_at: CreatedAt;
}

export interface AuditEventTable {
  id: Generated<number>;
  municipality_id: string | null;
  actor: string;
  action: string;
  subject: string | null;
  details: JSONColumnType<Record<string, unknown>, string | undefined, never>;
  occurred_at: CreatedAt;
}

type LangTextJson = { sv: string; [lang: string]: string };
type Json<T extends object | null> = JSONColumnType<T, string, string>;

export interface PersonalDataInfoJson {
  dataProcessed: LangTextJson;
  purpose: LangTextJson;
  legalBasis: LangTextJson;
  retention: LangTextJson;
  controller: LangTextJson;
  complaint: LangTextJson;
}

export interface EServiceContactJson {
  unit?: LangTextJson;
  email?: string;
  phone?: string;
}

export interface EServiceTable {
  id: Generated<string>;
  municipality_id: string;
  slug: string;
  category: Json<LangTextJson>;
  name: Json<LangTextJson>;
  description: Json<LangTextJson>;
  what_you_need: JSONColumnType<LangTextJson | null, string | null, string | null>;
  contact: Json<EServiceContactJson>;
  login_requirement: 'required' | 'optional' | 'anonymous';
  personal_data: Json<PersonalDataInfoJson>;
  summary_keys: Generated<string[]>;
  handle_within_days: number | null;
  /** Custom status set; empty = the standard set (domain/cases/statuses.ts). */
  status_set: JSONColumnType<unknown[], string | undefined, string>;
  /** [{ when: JsonLogic, userId?, groupId? }], first match wins. */
  assignment_rules: JSONColumnType<unknown[], string | undefined, string>;
  /** [{ key: colour, meaning: LangText }]. */
  colour_labels: JSONColumnType<unknown[], string | undefined, string>;
  /** [{ key: question key, title }]; null = one column per question. */
  export_columns: JSONColumnType<unknown[] | null, string | null | undefined, string | null>;
  answers_editable: Generated<boolean>;
  manual_cases_allowed: Generated<boolean>;
  /** { [event]: { email?, sms? } }; missing = the default (domain/notifications/settings.ts). Migration 0009. */
  notification_settings: JSONColumnType<Record<string, unknown>, string | undefined, string>;
  /** Languages residents may choose; 'sv' first (migration 0010). */
  offered_languages: Generated<string[]>;
  /** { status, days }: cases that stood that long in the status are deleted; null = never (migration 0010). */
  purge_rule: JSONColumnType<
    { status: string; days: number } | null,
    string | null | undefined,
    string | null
  >;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EServiceVersionTable {
  id: Generated<string>;
  municipality_id: string;
  e_service_id: string;
  number: number;
  status: 'draft' | 'published' | 'retired';
  /** The form definition; parse with domain/forms parseDefinition. */
  definition: JSONColumnType<object, string, string>;
  created_at: CreatedAt;
  published_at: Date | null;
  retired_at: Date | null;
}

export interface DraftTable {
  id: Generated<string>;
  municipality_id: string;
  e_service_id: string;
  version_id: string;
  owner_personal_number: string | null;
  owner_session: string | null;
  answers: JSONColumnType<Record<string, unknown>, string | undefined, string>;
  pending_raw: JSONColumnType<Record<string, Record<string, string | string[]>>, string | undefined, string>;
  visited_steps: Generated<string[]>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  /** Set on a supplement's editing draft: the case it changes (migration 0008). */
  supplement_case_id: Generated<string | null>;
  /** The case's answers when editing began, to notice an officer's edit meanwhile. */
  /** Made by the builder's "Try the e-service": never becomes a case (migration 0010). */
  test_mode: Generated<boolean>;
  supplement_base_answers: JSONColumnType<
    Record<string, unknown> | null,
    string | null | undefined,
    string | null
  >;
}

export interface CaseTable {
  id: Generated<string>;
  municipality_id: string;
  case_number: string;
  e_service_id: string;
  version_id: string;
  status: string;
  answers: JSONColumnType<Record<string, unknown>, string, string>;
  summary: JSONColumnType<Record<string, string>, string | undefined, string>;
  lang: Generated<string>;
  submitter_personal_number: string | null;
  submitter_name: string | null;
  submitter_session: string | null;
  concerns_personal_number: string | null;
  concerns_name: string | null;
  channel: 'web' | 'paper' | 'phone' | 'visit' | 'email';
  login_method: string | null;
  draft_id: string | null;
  submitted_at: CreatedAt;
  updated_at: Timestamp;
  closed_at: Date | null;
  /** Bumped by every change; an update names the version it read (optimistic concurrency). */
  row_version: Generated<number>;
  colour: string | null;
  external_case_number: string | null;
  /** submitted_at + the e-service's "handle within N days"; overdue when passed and not closed. */
  due_at: Date | null;
  assigned_group_id: string | null;
  /** Lower-case text the case list searches: number, personnummer, orgnr, names, external number, summary. */
  search_text: Generated<string>;
  /** The case's officers, first assigned first; a trigger copies them from case_officer (migration 0005). */
  officer_ids: Generated<string[]>;
  /** Where the applicant is notified: from the form's contact question, changeable on My pages (0009). */
  notify_email: Generated<string | null>;
  notify_phone: Generated<string | null>;
}

export interface EServiceOfficerTable {
  id: Generated<string>;
  municipality_id: string;
  e_service_id: string;
  user_id: string | null;
  group_id: string | null;
  restricted: Generated<boolean>;
}

export interface CaseOfficerTable {
  case_id: string;
  user_id: string;
  municipality_id: string;
  assigned_at: CreatedAt;
}

export interface CaseFlagTable {
  case_id: string;
  user_id: string;
  municipality_id: string;
  flagged_at: CreatedAt;
}

export interface CaseNoteTable {
  id: Generated<string>;
  municipality_id: string;
  case_id: string;
  author_id: string | null;
  author_name: string;
  body: string;
  created_at: CreatedAt;
}

export interface CaseEventTable {
  id: Generated<number>;
  municipality_id: string;
  case_id: string;
  type: string;
  actor_kind: 'resident' | 'staff' | 'system' | 'integration';
  actor_id: string | null;
  actor_name: string | null;
  details: JSONColumnType<Record<string, unknown>, string | undefined, never>;
  occurred_at: CreatedAt;
}

export interface StoredFileTable {
  id: Generated<string>;
  municipality_id: string;
  draft_id: string | null;
  case_id: string | null;
  question_key: string | null;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  blob_key: string;
  uploaded_by_kind: 'resident' | 'staff' | 'system';
  uploaded_by_name: string | null;
  created_at: CreatedAt;
}

export interface CaseMessageTable {
  id: Generated<string>;
  municipality_id: string;
  case_id: string;
  direction: 'to_applicant' | 'from_applicant';
  author_name: string;
  body: string;
  created_at: CreatedAt;
  read_at: Date | null;
}

/** A message or other durable work to deliver (migration 0009, services/outbox). */
export interface OutboxTable {
  id: Generated<number>;
  municipality_id: string | null;
  case_id: string | null;
  type: string;
  idempotency_key: string;
  payload: JSONColumnType<Record<string, unknown>, string, string>;
  state: Generated<'pending' | 'sent' | 'dead'>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_at: Timestamp;
  locked_by: string | null;
  last_error: string | null;
  provider_id: string | null;
  created_at: CreatedAt;
  sent_at: Date | null;
}

/** An e-service's own wording of one notification (migration 0009). */
export interface NotificationTemplateTable {
  municipality_id: string;
  e_service_id: string;
  event: string;
  channel: 'email' | 'sms';
  lang: string;
  subject: Generated<string>;
  body: string;
  updated_at: Timestamp;
}

/** A broadcast (utskick) to the applicants of many cases (migration 0009). */
export interface BroadcastTable {
  id: Generated<string>;
  municipality_id: string;
  channel: 'email' | 'sms' | 'my_pages';
  subject: Generated<string>;
  body: string;
  created_by: string | null;
  created_by_name: string;
  cases: number;
  deliveries: number;
  /** Handed out by the preview page: one broadcast per key (migration 0010). */
  request_key: Generated<string | null>;
  created_at: CreatedAt;
}

/** Texts added to a version after publishing, by text path (migration 0010). */
export interface VersionTranslationTable {
  version_id: string;
  municipality_id: string;
  lang: string;
  texts: JSONColumnType<Record<string, string>, string | undefined, string>;
  updated_at: Timestamp;
}

export interface DB {
  version_translation: VersionTranslationTable;
  outbox: OutboxTable;
  broadcast: BroadcastTable;
  notification_template: NotificationTemplateTable;
  e_service: EServiceTable;
  e_service_version: EServiceVersionTable;
  draft: DraftTable;
  case: CaseTable;
  case_event: CaseEventTable;
  stored_file: StoredFileTable;
  case_message: CaseMessageTable;
  e_service_officer: EServiceOfficerTable;
  case_officer: CaseOfficerTable;
  case_flag: CaseFlagTable;
  case_note: CaseNoteTable;
  municipality: MunicipalityTable;
  staff_user: StaffUserTable;
  staff_directory: StaffDirectoryTable;
  officer_group: OfficerGroupTable;
  officer_group_member: OfficerGroupMemberTable;
  session: SessionTable;
  login_event: LoginEventTable;
  audit_event: AuditEventTable;
}
