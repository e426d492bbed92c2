import { type Kysely, sql } from 'kysely';

/**
 * E-services and their versions, drafts, cases with their history, files and
 * messages. A published version is immutable (enforced by a trigger, not only
 * by the code); every case points to the version it was made on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE e_service (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      slug text NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,80}$'),
      category jsonb NOT NULL,
      name jsonb NOT NULL,
      description jsonb NOT NULL,
      what_you_need jsonb,
      contact jsonb NOT NULL DEFAULT '{}'::jsonb,
      login_requirement text NOT NULL CHECK (login_requirement IN ('required','optional','anonymous')),
      personal_data jsonb NOT NULL,
      summary_keys text[] NOT NULL DEFAULT '{}',
      handle_within_days integer CHECK (handle_within_days > 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (municipality_id, slug)
    )`.execute(db);
  await sql`CREATE INDEX e_service_search ON e_service USING gin ((name::text) gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE e_service_version (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      e_service_id uuid NOT NULL REFERENCES e_service(id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number > 0),
      status text NOT NULL CHECK (status IN ('draft','published','retired')),
      definition jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      retired_at timestamptz,
      UNIQUE (e_service_id, number)
    )`.execute(db);
  // At most one published version per e-service: that is the one residents get.
  await sql`CREATE UNIQUE INDEX e_service_version_one_published ON e_service_version (e_service_id) WHERE status = 'published'`.execute(
    db,
  );
  await sql`
    CREATE FUNCTION e_service_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status <> 'draft' AND NEW.definition IS DISTINCT FROM OLD.definition THEN
        RAISE EXCEPTION 'a published e-service version cannot be changed';
      END IF;
      IF OLD.status = 'retired' AND NEW.status <> 'retired' THEN
        RAISE EXCEPTION 'a retired e-service version cannot be published again';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER e_service_version_immutable BEFORE UPDATE ON e_service_version
    FOR EACH ROW EXECUTE FUNCTION e_service_version_immutable()`.execute(db);

  // A draft belongs to a logged-in resident (personal number) or, for an
  // anonymous resident, to the browser session that started it.
  await sql`
    CREATE TABLE draft (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      e_service_id uuid NOT NULL REFERENCES e_service(id) ON DELETE CASCADE,
      version_id uuid NOT NULL REFERENCES e_service_version(id),
      owner_personal_number text,
      owner_session text,
      answers jsonb NOT NULL DEFAULT '{}'::jsonb,
      -- What was typed on steps that did not validate when the resident chose
      -- "save and continue later", so a resumed draft shows it again.
      pending_raw jsonb NOT NULL DEFAULT '{}'::jsonb,
      visited_steps text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (owner_personal_number IS NOT NULL OR owner_session IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX draft_owner ON draft (municipality_id, owner_personal_number)`.execute(db);
  await sql`CREATE INDEX draft_session ON draft (owner_session)`.execute(db);

  // Case numbers come from one sequence per municipality, made and dropped
  // with it. A counter row would serialise every submission in a
  // municipality on its lock until commit; a sequence never blocks.
  await sql`
    CREATE FUNCTION case_number_sequence(municipality uuid) RETURNS regclass LANGUAGE sql IMMUTABLE AS $$
      SELECT format('case_number_%s', replace(municipality::text, '-', '_'))::regclass
    $$`.execute(db);
  await sql`
    CREATE FUNCTION municipality_case_number_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        EXECUTE format('CREATE SEQUENCE %I', 'case_number_' || replace(NEW.id::text, '-', '_'));
        RETURN NEW;
      END IF;
      EXECUTE format('DROP SEQUENCE IF EXISTS %I', 'case_number_' || replace(OLD.id::text, '-', '_'));
      RETURN OLD;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER municipality_case_number_sequence AFTER INSERT OR DELETE ON municipality
    FOR EACH ROW EXECUTE FUNCTION municipality_case_number_sequence()`.execute(db);
  await sql`
    DO $$ DECLARE m record; BEGIN
      FOR m IN SELECT id FROM municipality LOOP
        EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', 'case_number_' || replace(m.id::text, '-', '_'));
      END LOOP;
    END $$`.execute(db);

  await sql`
    CREATE TABLE "case" (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      case_number text NOT NULL,
      e_service_id uuid NOT NULL REFERENCES e_service(id),
      version_id uuid NOT NULL REFERENCES e_service_version(id),
      status text NOT NULL,
      answers jsonb NOT NULL,
      summary jsonb NOT NULL DEFAULT '{}'::jsonb,
      lang text NOT NULL DEFAULT 'sv',
      submitter_personal_number text,
      submitter_name text,
      -- An anonymous applicant's browser session (hashed), so the same browser
      -- can see its receipt again and nobody else can.
      submitter_session text,
      concerns_personal_number text,
      concerns_name text,
      channel text NOT NULL CHECK (channel IN ('web','paper','phone','visit','email')),
      login_method text,
      draft_id uuid UNIQUE,
      submitted_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      UNIQUE (municipality_id, case_number)
    )`.execute(db);
  await sql`CREATE INDEX case_concerns ON "case" (municipality_id, concerns_personal_number, submitted_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX case_submitter ON "case" (municipality_id, submitter_personal_number, submitted_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX case_eservice ON "case" (municipality_id, e_service_id, submitted_at DESC)`.execute(
    db,
  );

  await sql`
    CREATE TABLE case_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      case_id uuid NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
      type text NOT NULL,
      actor_kind text NOT NULL CHECK (actor_kind IN ('resident','staff','system','integration')),
      actor_id text,
      actor_name text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      occurred_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX case_event_case ON case_event (case_id, id)`.execute(db);

  await sql`
    CREATE TABLE stored_file (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      draft_id uuid REFERENCES draft(id) ON DELETE SET NULL,
      case_id uuid REFERENCES "case"(id) ON DELETE CASCADE,
      question_key text,
      name text NOT NULL,
      mime text NOT NULL,
      size integer NOT NULL CHECK (size > 0),
      sha256 text NOT NULL,
      blob_key text NOT NULL,
      uploaded_by_kind text NOT NULL CHECK (uploaded_by_kind IN ('resident','staff','system')),
      uploaded_by_name text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX stored_file_draft ON stored_file (draft_id)`.execute(db);
  await sql`CREATE INDEX stored_file_case ON stored_file (case_id)`.execute(db);

  await sql`
    CREATE TABLE case_message (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      case_id uuid NOT NULL REFERENCES "case"(id) ON DELETE CASCADE,
      direction text NOT NULL CHECK (direction IN ('to_applicant','from_applicant')),
      author_name text NOT NULL,
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX case_message_case ON case_message (case_id, created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['case_message', 'stored_file', 'case_event', 'case', 'draft']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(t)}`.execute(db);
  }
  await sql`DROP TRIGGER IF EXISTS municipality_case_number_sequence ON municipality`.execute(db);
  await sql`DROP FUNCTION IF EXISTS municipality_case_number_sequence`.execute(db);
  await sql`DROP FUNCTION IF EXISTS case_number_sequence`.execute(db);
  await sql`DROP TABLE IF EXISTS e_service_version`.execute(db);
  await sql`DROP FUNCTION IF EXISTS e_service_version_immutable`.execute(db);
  await sql`DROP TABLE IF EXISTS e_service`.execute(db);
}
