import { type Kysely, sql } from 'kysely';

/**
 * Staff login through a municipality's own OIDC directory (Entra ID,
 * Keycloak …). One row per municipality that has one. It is a table of its
 * own, not columns on municipality, because municipality rows are cached in
 * memory on every node and the sealed client secret has no business there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE staff_directory (
      municipality_id uuid PRIMARY KEY REFERENCES municipality(id) ON DELETE CASCADE,
      display_name text NOT NULL CHECK (display_name <> ''),
      issuer text NOT NULL CHECK (issuer ~ '^https?://'),
      client_id text NOT NULL CHECK (client_id <> ''),
      -- AES-256-GCM, see services/auth/secret-box.ts; never the secret itself.
      client_secret_sealed text NOT NULL CHECK (client_secret_sealed LIKE 'v1.%'),
      match_claim text NOT NULL DEFAULT 'email' CHECK (match_claim IN ('email','preferred_username','sub')),
      auto_provision boolean NOT NULL DEFAULT false,
      provision_roles text[] NOT NULL DEFAULT ARRAY['officer']
        CHECK (provision_roles <@ ARRAY['developer','officer']::text[]),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  // staff_user.oidc_subject holds "<issuer> <sub>" once a directory account
  // is linked; within a municipality it names one person.
  await sql`
    CREATE UNIQUE INDEX staff_user_oidc_subject ON staff_user (municipality_id, oidc_subject)
    WHERE oidc_subject IS NOT NULL`.execute(db);
  await sql`CREATE INDEX staff_user_email ON staff_user (municipality_id, lower(email))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS staff_user_email`.execute(db);
  await sql`DROP INDEX IF EXISTS staff_user_oidc_subject`.execute(db);
  await sql`DROP TABLE IF EXISTS staff_directory`.execute(db);
}
