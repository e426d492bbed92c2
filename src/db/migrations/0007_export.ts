import { type Kysely, sql } from 'kysely';

/**
 * The Excel export reads one version's cases oldest first in batches, each
 * batch starting after the last (submitted_at, id) it wrote (a keyset
 * cursor), so every batch is an index range however far into the export it
 * is, and memory stays flat for any number of cases.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX case_export ON "case" (version_id, submitted_at, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS case_export`.execute(db);
}
