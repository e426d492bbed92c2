import { type Kysely, sql } from 'kysely';

/**
 * The officer's workspace: who handles which e-service, assignment of cases
 * to officers and groups, flags, colour labels, internal notes, external case
 * numbers, status sets and assignment rules per e-service, optimistic
 * concurrency on cases and a search column for the case list.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Per-e-service settings the builder edits later (issue: e-service builder).
  await sql`
    ALTER TABLE e_service
      ADD COLUMN status_set jsonb NOT NULL DEFAULT '[]'::jsonb,
      ADD COLUMN assignment_rules jsonb NOT NULL DEFAULT '[]'::jsonb,
      ADD COLUMN colour_labels jsonb NOT NULL DEFAULT '[]'::jsonb,
      ADD COLUMN export_columns jsonb,
      ADD COLUMN answers_editable boolean NOT NULL DEFAULT false,
      ADD COLUMN manual_cases_allowed boolean NOT NULL DEFAULT true`.execute(db);

  // Who handles an e-service: a person or a group; restricted officers see
  // only the cases assigned to them.
  await sql`
    CREATE TABLE e_service_officer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      e_service_id uuid NOT NULL REFERENCES e_service(id) ON DELETE CASCADE,
      user_id uuid REFERENCES staff_user(id) ON DELETE CASCADE,
      group_id uuid REFERENCES officer_group(id) ON DELETE CASCADE,
      restricted boolean NOT NULL DEFAULT false,
      CHECK ((user_id IS NULL) <> (group_id IS NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX e_service_officer_user ON e_service_officer (e_service_id, user_id) WHERE user_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX e_service_officer_group ON e_service_officer (e_service_id, group_id) WHERE group_id IS NOT NULL`.execute(
    db,
  );

  await sql`
    ALTER TABLE "case"
      ADD COLUMN row_version integer NOT NULL DEFAULT 1,
      ADD COLUMN colour text,
      ADD COLUMN external_case_number text,
      ADD COLUMN due_at timestamptz,
      ADD COLUMN assigned_group_id uuid REFERENCES officer_group(id) ON DELETE SET NULL,
      ADD COLUMN search_text text NOT NULL DEFAULT ''`.execute(db);
  // The case list: newest first within the e-services an officer handles.
  await sql`CREATE INDEX case_list ON "case" (municipality_id, e_service_id, submitted_at DESC, id)`.execute(
    db,
  );
  await sql`CREATE INDEX case_open_due ON "case" (municipality_id, due_at) WHERE closed_at IS NULL`.execute(
    db,
  );
  await sql`CREATE INDEX case_search ON "case" USING gin (search_text gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE case_officer (
      case_id uuid NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES staff_user(id) ON DELETE CASCADE,
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      assigned_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (case_id, user_id)
    )`.execute(db);
  await sql`CREATE INDEX case_officer_user ON case_officer (user_id, case_id)`.execute(db);

  // Flags are the officer's own bookmarks ("Flaggade").
  await sql`
    CREATE TABLE case_flag (
      case_id uuid NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES staff_user(id) ON DELETE CASCADE,
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      flagged_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (case_id, user_id)
    )`.execute(db);
  await sql`CREATE INDEX case_flag_user ON case_flag (user_id, case_id)`.execute(db);

  await sql`
    CREATE TABLE case_note (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      case_id uuid NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
      author_id uuid REFERENCES staff_user(id) ON DELETE SET NULL,
      author_name text NOT NULL,
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX case_note_case ON case_note (case_id, created_at)`.execute(db);

  await sql`ALTER TABLE staff_user ADD COLUMN settings jsonb NOT NULL DEFAULT '{}'::jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE staff_user DROP COLUMN settings`.execute(db);
  for (const t of ['case_note', 'case_flag', 'case_officer', 'e_service_officer']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(t)}`.execute(db);
  }
  await sql`
    ALTER TABLE "case" DROP COLUMN row_version, DROP COLUMN colour, DROP COLUMN external_case_number,
      DROP COLUMN due_at, DROP COLUMN assigned_group_id, DROP COLUMN search_text`.execute(db);
  await sql`
    ALTER TABLE e_service DROP COLUMN status_set, DROP COLUMN assignment_rules, DROP COLUMN colour_labels,
      DROP COLUMN export_columns, DROP COLUMN answers_editable, DROP COLUMN manual_cases_allowed`.execute(db);
}
