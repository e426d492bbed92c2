import { type Kysely, sql } from 'kysely';

/**
 * The outbox: every message to send (e-mail, SMS, later webhooks) is a row
 * written in the same transaction as the change that caused it, and a worker
 * delivers it (docs/decisions/0004-outbox.md).
 *
 * A job is `pending` until delivered (`sent`) or given up (`dead`). `run_at`
 * is when it may next be tried; claiming a job moves `run_at` to the end of
 * its lease, so one partial index finds everything that is due, and a job
 * whose worker died becomes due again when the lease runs out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE outbox (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      municipality_id uuid REFERENCES municipality(id) ON DELETE CASCADE,
      -- A deleted case takes its undelivered notifications with it.
      case_id uuid REFERENCES "case"(id) ON DELETE CASCADE,
      type text NOT NULL,
      idempotency_key text NOT NULL UNIQUE,
      payload jsonb NOT NULL,
      state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead')),
      attempts integer NOT NULL DEFAULT 0,
      max_attempts integer NOT NULL DEFAULT 10 CHECK (max_attempts > 0),
      run_at timestamptz NOT NULL DEFAULT now(),
      locked_by text,
      last_error text,
      provider_id text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX outbox_due ON outbox (run_at) WHERE state = 'pending'`.execute(db);
  await sql`CREATE INDEX outbox_dead ON outbox (municipality_id, created_at DESC) WHERE state = 'dead'`.execute(
    db,
  );
  await sql`CREATE INDEX outbox_case ON outbox (case_id) WHERE case_id IS NOT NULL`.execute(db);

  // Where the applicant wants to be told: taken from the form's contact
  // question on submit; My pages may change it later.
  await sql`ALTER TABLE "case" ADD COLUMN notify_email text, ADD COLUMN notify_phone text`.execute(db);

  // Which notifications an e-service sends: { [event]: { email?: bool, sms?: bool } };
  // what is missing takes the default in domain/notifications/settings.ts.
  await sql`ALTER TABLE e_service ADD COLUMN notification_settings jsonb NOT NULL DEFAULT '{}'::jsonb`.execute(
    db,
  );

  // An e-service's own wording of a notification; defaults live in code.
  await sql`
    CREATE TABLE notification_template (
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      e_service_id uuid NOT NULL REFERENCES e_service(id) ON DELETE CASCADE,
      event text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('email', 'sms')),
      lang text NOT NULL,
      subject text NOT NULL DEFAULT '',
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (e_service_id, event, channel, lang)
    )`.execute(db);

  // Broadcasts (utskick): one text sent to the applicants of many cases at
  // once; each case gets it as a message on My pages and, by channel, an
  // e-mail or SMS through the outbox.
  await sql`
    CREATE TABLE broadcast (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
      channel text NOT NULL CHECK (channel IN ('email', 'sms', 'my_pages')),
      subject text NOT NULL DEFAULT '',
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
      created_by uuid REFERENCES staff_user(id) ON DELETE SET NULL,
      created_by_name text NOT NULL,
      cases integer NOT NULL,
      deliveries integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX broadcast_municipality ON broadcast (municipality_id, created_at DESC)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS broadcast`.execute(db);
  await sql`DROP TABLE IF EXISTS notification_template`.execute(db);
  await sql`ALTER TABLE e_service DROP COLUMN notification_settings`.execute(db);
  await sql`ALTER TABLE "case" DROP COLUMN notify_email, DROP COLUMN notify_phone`.execute(db);
  await sql`DROP TABLE IF EXISTS outbox`.execute(db);
}
