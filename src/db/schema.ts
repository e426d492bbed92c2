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

export interface DB {
  municipality: MunicipalityTable;
  staff_user: StaffUserTable;
  officer_group: OfficerGroupTable;
  officer_group_member: OfficerGroupMemberTable;
  session: SessionTable;
  login_event: LoginEventTable;
  audit_event: AuditEventTable;
}
