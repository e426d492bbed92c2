import { type Kysely, sql } from 'kysely';

/**
 * What the e-service builder sets beyond the definition (issue 7):
 *
 * - `e_service.offered_languages`: the languages residents may choose for the
 *   e-service (Swedish always first). Publish checks require every text in
 *   each of them. Existing e-services offer the languages their name is in.
 * - `e_service.purge_rule`: `{ "status": key, "days": n }` — cases that have
 *   stood in that status for n days are deleted by the worker; null = never.
 * - `version_translation`: texts added to a version after it was published
 *   ("translating never requires a new version"). A published definition is
 *   immutable, so translations of it live beside it, keyed by the same text
 *   paths as the translation export (domain/builder/text-paths.ts), and are
 *   laid over the definition when it is read.
 * - `draft.test_mode`: a draft made by "Try the e-service" from the builder;
 *   it belongs to a staff session, runs a draft version, and never becomes a
 *   case, never shows on My pages and is deleted when the try ends.
 *
 * And, from the notifications work: `broadcast.request_key`, a key the
 * preview page hands out once, so a double-clicked or resent "Skicka" makes
 * one broadcast, not two (the browser's guard is not the only one).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE e_service
      ADD COLUMN offered_languages text[] NOT NULL DEFAULT '{sv}',
      ADD COLUMN purge_rule jsonb`.execute(db);
  await sql`
    UPDATE e_service SET offered_languages = ARRAY['sv'] || ARRAY(
      SELECT key FROM jsonb_each_text(name) WHERE key <> 'sv' AND btrim(value) <> '' ORDER BY key)`.execute(
    db,
  );
  await sql`
    CREATE TABLE version_translation (
      version_id uuid NOT NULL REFERENCES e_service_version(id) ON DELETE CASCADE,
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      lang text NOT NULL CHECK (lang ~ '^[a-z]{2,3}$' AND lang <> 'sv'),
      texts jsonb NOT NULL DEFAULT '{}',
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (version_id, lang)
    )`.execute(db);
  await sql`ALTER TABLE draft ADD COLUMN test_mode boolean NOT NULL DEFAULT false`.execute(db);
  await sql`
    ALTER TABLE broadcast ADD COLUMN request_key uuid,
      ADD CONSTRAINT broadcast_request_key UNIQUE (municipality_id, request_key)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE broadcast DROP COLUMN request_key`.execute(db);
  await sql`ALTER TABLE draft DROP COLUMN test_mode`.execute(db);
  await sql`DROP TABLE version_translation`.execute(db);
  await sql`ALTER TABLE e_service DROP COLUMN purge_rule, DROP COLUMN offered_languages`.execute(db);
}
