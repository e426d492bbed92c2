/**
 * Outbox throughput, printed for PGlite and, when BENCH_DATABASE_URL is set,
 * PostgreSQL (a scratch database is created and dropped on that server):
 *   1. enqueueing: one job per transaction (as an event writes it), and a
 *      10,000-job broadcast in batches of 500;
 *   2. the outbox itself: draining 10,000 jobs with a handler that does
 *      nothing (claim with SKIP LOCKED + mark sent), with one worker and, on
 *      PostgreSQL, four at once;
 *   3. end to end: 2,000 case notifications rendered and e-mailed to a real
 *      SMTP server on loopback (smtp-server), through nodemailer's pool;
 *   4. a broadcast to 10,000 cases: the one statement that writes it, and
 *      the worker delivering exactly 10,000 e-mails to the loopback server.
 *
 *   node --import tsx bench/outbox.ts
 */
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../src/config.ts';
import type { Db } from '../src/db/database.ts';
import { outboxWorkerFor } from '../src/jobs/outbox-runtime.ts';
import { createOutboxWorker } from '../src/jobs/outbox-worker.ts';
import { createServices } from '../src/services/index.ts';
import { NOTIFICATION_JOB } from '../src/services/notifications/payload.ts';
import { loadOfficerScope } from '../src/services/officer/scope.ts';
import { enqueue } from '../src/services/outbox/enqueue.ts';
import { CONTACT_DEFINITION, TOLVAN } from '../test/service/notifications/world.ts';
import { openScratchDatabase } from '../test/support/db.ts';
import { TINY_ESERVICE } from '../test/support/eservice-fixture.ts';

const silent = { info() {}, warn() {}, error() {} };
const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en')} /s`;
const line = (what: string, n: number, ms: number) =>
  console.log(
    `  ${what.padEnd(58)} ${String(n).padStart(6)} in ${(ms / 1000).toFixed(2).padStart(6)} s  ${rate(n, ms).padStart(10)}`,
  );

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const jobs = (prefix: string, n: number, municipalityId: string) =>
  Array.from({ length: n }, (_, i) => ({
    municipalityId,
    type: 'noop',
    idempotencyKey: `${prefix}-${i}`,
    payload: { channel: 'email', to: `r${i}@example.se` },
  }));

async function drain(db: Db, workers: number): Promise<void> {
  const ws = Array.from({ length: workers }, () =>
    createOutboxWorker({
      db,
      handlers: { noop: async () => ({ providerId: null }) },
      batchSize: 100,
      concurrency: 10,
      leaseMs: 60_000,
      pollMs: 10,
      log: silent,
    }),
  );
  await Promise.all(
    ws.map(async (w) => {
      while ((await w.runOnce()) > 0);
    }),
  );
}

async function startSmtp() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function run(kind: string, serverUrl: string | undefined) {
  console.log(`\n${kind}`);
  const database = await openScratchDatabase({ serverUrl, poolSize: 12, prefix: 'ingang_bench_outbox' });
  const db = database.db;
  const smtp = await startSmtp();
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: 'memory://',
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'https://e-tjanster.example.se',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Bench <no-reply@e-tjanster.example.se>',
      SMS_PROVIDER: 'none',
      OUTBOX_BATCH_SIZE: '50',
      OUTBOX_CONCURRENCY: '10',
    });
    const services = createServices(database, config);
    const m = await services.municipalities.create({ slug: 'bench', name: 'Benchby' });

    const single = jobs('single', 2000, m.id);
    line(
      'enqueue, one job per transaction',
      single.length,
      await time(async () => {
        for (const j of single) await db.transaction().execute((trx) => enqueue(trx, j));
      }),
    );
    await db.deleteFrom('outbox').execute();

    const broadcast = jobs('broadcast', 10_000, m.id);
    line(
      'enqueue a 10,000-job broadcast, 500 per statement',
      broadcast.length,
      await time(async () => {
        for (let i = 0; i < broadcast.length; i += 500) await enqueue(db, broadcast.slice(i, i + 500));
      }),
    );
    line('drain 10,000 no-op jobs, 1 worker (claim + mark sent)', 10_000, await time(() => drain(db, 1)));
    if (serverUrl) {
      await db.deleteFrom('outbox').execute();
      await enqueue(db, jobs('again', 10_000, m.id));
      line('drain 10,000 no-op jobs, 4 workers at once', 10_000, await time(() => drain(db, 4)));
    }
    const sent = await db
      .selectFrom('outbox')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('state', '=', 'sent')
      .executeTakeFirstOrThrow();
    if (sent.n !== 10_000) throw new Error(`expected 10,000 sent, found ${sent.n}`);

    // End to end: a real case, 2,000 notifications of it, rendered and e-mailed.
    const e = await services.eServices.create(m.id, { ...TINY_ESERVICE, slug: 'skolmat' });
    const v = await services.eServices.addVersion(m.id, e.id, CONTACT_DEFINITION);
    await services.eServices.publish(m.id, v.id);
    const draftId = await services.drafts.start(m.id, e.id, TOLVAN);
    const draft = draftId ? await services.drafts.get(m.id, draftId, TOLVAN) : undefined;
    if (!draft) throw new Error('no draft');
    await services.drafts.saveStep(draft, 'om-dig', {
      'q.name': 'T',
      'q.contact.email': 'tolvan@example.se',
    });
    const c = await services.submitCase(m.id, draft.id, TOLVAN, 'sv');
    if (!c.ok) throw new Error('not submitted');
    const N = 2000;
    await enqueue(
      db,
      Array.from({ length: N }, (_, i) => ({
        municipalityId: m.id,
        caseId: c.caseId,
        type: NOTIFICATION_JOB,
        idempotencyKey: `bench-mail-${i}`,
        payload: {
          event: 'statusChanged',
          audience: 'applicant',
          channel: 'email',
          to: `r${i}@example.se`,
          lang: i % 2 ? 'en' : 'sv',
          status: 'in_progress',
        },
      })),
    );
    const { worker, close } = outboxWorkerFor(db, config, silent);
    const ms = await time(async () => {
      while ((await worker.runOnce()) > 0);
    });
    await close();
    if (smtp.received() < N) throw new Error(`SMTP server got ${smtp.received()} of ${N}`);
    line('render + e-mail over loopback SMTP, 1 worker, 10 in parallel', N, ms);

    // A broadcast to 10,000 cases of one e-service, every applicant with an e-mail address.
    const B = 10_000;
    const queue = await services.eServices.create(m.id, { ...TINY_ESERVICE, slug: 'kulturskolan' });
    const qv = await services.eServices.addVersion(m.id, queue.id, CONTACT_DEFINITION);
    await services.eServices.publish(m.id, qv.id);
    await sql`
      INSERT INTO "case" (municipality_id, case_number, e_service_id, version_id, status, answers, lang, channel,
                          submitter_personal_number, notify_email)
      SELECT ${m.id}, 'B-' || lpad(g::text, 6, '0'), ${queue.id}, ${qv.id}, 'submitted', '{}'::jsonb,
             CASE WHEN g % 3 = 0 THEN 'en' ELSE 'sv' END, 'web', '191212121212', 'r' || g || '@example.se'
        FROM generate_series(1, ${B}) g`.execute(db);
    const admin = await services.staffUsers.create({
      municipalityId: m.id,
      username: 'admin',
      name: 'Admin',
      roles: ['admin'],
    });
    const actor = { principal: admin, scope: await loadOfficerScope(db, admin) };
    const before = smtp.received();
    let deliveries = 0;
    line(
      'broadcast to 10,000 cases: messages, events, outbox (1 statement)',
      B,
      await time(async () => {
        const r = await services.notifications.broadcasts.send(
          actor,
          { kind: 'filter', eServiceId: queue.id, status: 'submitted', from: '2000-01-01' },
          {
            channel: 'email',
            subject: 'Bekräfta din plats ({caseNumber})',
            body: 'Logga in och bekräfta: {link}',
          },
          { perSecond: 1_000_000 },
        );
        if (!r.ok) throw new Error(`broadcast refused: ${r.reason}`);
        deliveries = r.deliveries;
      }),
    );
    if (deliveries !== B) throw new Error(`expected ${B} deliveries, the broadcast made ${deliveries}`);
    const b = outboxWorkerFor(db, config, silent);
    const bms = await time(async () => {
      while ((await b.worker.runOnce()) > 0);
    });
    await b.close();
    const got = smtp.received() - before;
    const done = await db
      .selectFrom('outbox')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('type', '=', 'broadcast')
      .where('state', '=', 'sent')
      .executeTakeFirstOrThrow();
    if (got !== B || done.n !== B)
      throw new Error(`expected exactly ${B} deliveries, SMTP got ${got}, outbox sent ${done.n}`);
    line('broadcast delivered: exactly 10,000 e-mails over loopback SMTP', got, bms);
  } finally {
    await smtp.close();
    await database.close();
  }
}

console.log('Outbox throughput (2 cores; numbers are jobs per second)');
await run('PGlite (embedded, in-process worker)', undefined);
if (process.env.BENCH_DATABASE_URL) await run('PostgreSQL', process.env.BENCH_DATABASE_URL);
else console.log('\nPostgreSQL: set BENCH_DATABASE_URL=postgres://… to measure it too.');
