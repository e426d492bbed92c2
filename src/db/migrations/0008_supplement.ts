import { type Kysely, sql } from 'kysely';

/**
 * Supplements (komplettering): when the case's status lets the applicant
 * edit, the resident changes their answers in an editing draft and sends
 * them in again. The editing draft is an ordinary draft row (so the runner's
 * step saving and file uploads work unchanged) that names the case it
 * supplements. It keeps the answers the case had when editing began, so a
 * submit can tell whether an officer changed them in the meantime.
 *
 * A draft with a supplement_case_id is never a new application: the
 * application runner, "Mina utkast" and submit-case leave it alone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE draft
      ADD COLUMN supplement_case_id uuid REFERENCES "case"(id) ON DELETE CASCADE,
      ADD COLUMN supplement_base_answers jsonb,
      ADD CHECK ((supplement_case_id IS NULL) = (supplement_base_answers IS NULL))`.execute(db);
  // One editing draft per case and owner: a second "Komplettera" resumes it.
  await sql`
    CREATE UNIQUE INDEX draft_supplement_resident ON draft (supplement_case_id, owner_personal_number)
    WHERE supplement_case_id IS NOT NULL AND owner_personal_number IS NOT NULL`.execute(db);
  await sql`
    CREATE UNIQUE INDEX draft_supplement_session ON draft (supplement_case_id, owner_session)
    WHERE supplement_case_id IS NOT NULL AND owner_session IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS draft_supplement_session`.execute(db);
  await sql`DROP INDEX IF EXISTS draft_supplement_resident`.execute(db);
  await sql`ALTER TABLE draft DROP COLUMN supplement_base_answers, DROP COLUMN supplement_case_id`.execute(
    db,
  );
}
