import { type Kysely, sql } from 'kysely';

/**
 * The officers' case list over a million cases (bench/case-list.ts).
 *
 * `case.officer_ids` copies the case's officers (first assigned first) from
 * case_officer, kept in step by a trigger, so "Ej tilldelade", "Under
 * behandling", "Mina" and a restricted officer's scope are conditions on the
 * case row itself: they can have partial indexes, and a capped count walks
 * an index instead of anti-joining a million rows. Whoever writes
 * case_officer needs to know nothing about it.
 *
 * Every list index starts (municipality_id, e_service_id): the list query
 * reads each visible e-service's cases in index order and merges them (see
 * services/officer/case-list-sql.ts), so the same indexes serve an admin who
 * sees everything and an officer who handles two e-services out of forty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE "case" ADD COLUMN officer_ids uuid[] NOT NULL DEFAULT '{}'`.execute(db);
  await sql`
    CREATE FUNCTION case_officer_ids_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE target uuid;
    BEGIN
      FOR target IN
        SELECT DISTINCT x FROM unnest(ARRAY[
          CASE WHEN TG_OP <> 'DELETE' THEN NEW.case_id END,
          CASE WHEN TG_OP <> 'INSERT' THEN OLD.case_id END]) AS x WHERE x IS NOT NULL
      LOOP
        UPDATE "case" SET officer_ids = coalesce(
          (SELECT array_agg(o.user_id ORDER BY o.assigned_at, o.user_id) FROM case_officer o WHERE o.case_id = target),
          '{}')
        WHERE id = target;
      END LOOP;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER case_officer_ids_sync AFTER INSERT OR UPDATE OR DELETE ON case_officer
    FOR EACH ROW EXECUTE FUNCTION case_officer_ids_sync()`.execute(db);
  await sql`
    UPDATE "case" c SET officer_ids = o.ids
    FROM (SELECT case_id, array_agg(user_id ORDER BY assigned_at, user_id) AS ids FROM case_officer GROUP BY case_id) o
    WHERE o.case_id = c.id`.execute(db);

  // Superseded: case_list sorted id ascending under submitted_at descending,
  // so "newest first" could not be read from it in order, and case_eservice
  // is a prefix of the index below.
  await sql`DROP INDEX IF EXISTS case_list`.execute(db);
  await sql`DROP INDEX IF EXISTS case_eservice`.execute(db);
  // Newest first (and oldest first, read backwards). The included columns let
  // tabs, filters and capped counts be answered from the index alone.
  await sql`
    CREATE INDEX case_list_submitted ON "case" (municipality_id, e_service_id, submitted_at DESC, id DESC)
    INCLUDE (status, version_id, colour, officer_ids, closed_at, due_at)`.execute(db);
  // Open cases only: Ej tilldelade, Under behandling and Förfallna.
  await sql`
    CREATE INDEX case_list_open ON "case" (municipality_id, e_service_id, submitted_at DESC, id DESC)
    INCLUDE (status, version_id, colour, officer_ids, due_at) WHERE closed_at IS NULL`.execute(db);
  await sql`CREATE INDEX case_list_status ON "case" (municipality_id, e_service_id, status, submitted_at DESC, id DESC)`.execute(
    db,
  );
  // Colour labels are on few cases: filtering by one reads only those.
  await sql`
    CREATE INDEX case_list_colour ON "case" (municipality_id, e_service_id, colour, submitted_at DESC, id DESC)
    WHERE colour IS NOT NULL`.execute(db);
  await sql`CREATE INDEX case_list_updated ON "case" (municipality_id, e_service_id, updated_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX case_list_number ON "case" (municipality_id, e_service_id, case_number DESC)`.execute(
    db,
  );
  // Sorting by officer: the first assigned officer, the unassigned as the nil uuid.
  await sql`
    CREATE INDEX case_list_first_officer ON "case"
      (municipality_id, (coalesce(officer_ids[1], '00000000-0000-0000-0000-000000000000'::uuid)), submitted_at DESC, id DESC)
    INCLUDE (e_service_id)`.execute(db);
  // "Mina" and a restricted officer's cases when they are few among many.
  await sql`CREATE INDEX case_officer_ids ON "case" USING gin (officer_ids)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const i of ['submitted', 'open', 'status', 'colour', 'updated', 'number', 'first_officer']) {
    await sql`DROP INDEX IF EXISTS ${sql.id(`case_list_${i}`)}`.execute(db);
  }
  await sql`DROP INDEX IF EXISTS case_officer_ids`.execute(db);
  await sql`CREATE INDEX case_eservice ON "case" (municipality_id, e_service_id, submitted_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX case_list ON "case" (municipality_id, e_service_id, submitted_at DESC, id)`.execute(
    db,
  );
  await sql`DROP TRIGGER IF EXISTS case_officer_ids_sync ON case_officer`.execute(db);
  await sql`DROP FUNCTION IF EXISTS case_officer_ids_sync`.execute(db);
  await sql`ALTER TABLE "case" DROP COLUMN officer_ids`.execute(db);
}
