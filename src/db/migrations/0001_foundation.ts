import { type Kysely, sql } from 'kysely';

/**
 * Municipalities (tenants), staff accounts and groups, sessions, login events
 * and the audit log. Every row that belongs to a municipality carries its id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  await sql`
    CREATE TABLE municipality (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
      name text NOT NULL,
      host_name text UNIQUE,
      logo_url text,
      brand_colour text NOT NULL DEFAULT '#1f5c99' CHECK (brand_colour ~ '^#[0-9a-fA-F]{6}$'),
      contact_email text,
      contact_phone text,
      contact_address text,
      accessibility_statement jsonb NOT NULL DEFAULT '{}'::jsonb,
      login_methods text[] NOT NULL DEFAULT ARRAY['bankid','bankid-qr','freja','svenska-pass'],
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE staff_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      username text NOT NULL,
      name text NOT NULL,
      email text,
      password_hash text,
      totp_secret text,
      oidc_subject text,
      roles text[] NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (roles <@ ARRAY['admin','developer','officer']::text[])
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX staff_user_username ON staff_user (municipality_id, lower(username))`.execute(
    db,
  );

  await sql`
    CREATE TABLE officer_group (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      name text NOT NULL,
      email text,
      UNIQUE (municipality_id, name)
    )`.execute(db);
  await sql`
    CREATE TABLE officer_group_member (
      group_id uuid NOT NULL REFERENCES officer_group(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES staff_user(id) ON DELETE CASCADE,
      PRIMARY KEY (group_id, user_id)
    )`.execute(db);

  // The cookie holds a random token; only its SHA-256 is stored, so a copy of
  // the table cannot be used to take over sessions.
  await sql`
    CREATE TABLE session (
      id_hash text PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('anonymous','resident','staff')),
      municipality_id uuid REFERENCES municipality(id) ON DELETE CASCADE,
      staff_user_id uuid REFERENCES staff_user(id) ON DELETE CASCADE,
      resident jsonb,
      login_method text,
      data jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind <> 'staff' OR (staff_user_id IS NOT NULL AND municipality_id IS NOT NULL)),
      CHECK (kind <> 'resident' OR resident IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX session_last_seen ON session (last_seen_at)`.execute(db);

  // One row per login, without the person: statistics count login methods.
  await sql`
    CREATE TABLE login_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      municipality_id uuid REFERENCES municipality(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('resident','staff')),
      method text NOT NULL,
      success boolean NOT NULL,
      occurred_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE audit_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      municipality_id uuid REFERENCES municipality(id) ON DELETE CASCADE,
      actor text NOT NULL,
      action text NOT NULL,
      subject text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      occurred_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX audit_event_municipality ON audit_event (municipality_id, occurred_at DESC)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'audit_event',
    'login_event',
    'session',
    'officer_group_member',
    'officer_group',
    'staff_user',
    'municipality',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(t)}`.execute(db);
  }
}
