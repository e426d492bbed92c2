/**
 * The resident's hot path on a real database, printed for PGlite (default) or
 * PostgreSQL (BENCH_DATABASE_URL=postgres://… — a scratch database is created
 * and dropped on that server):
 *   1. server time to render a 30-question step (in-process HTTP, p50/p95);
 *   2. validating and storing one submission (submitCase, p50/p95);
 *   3. sustained submissions per second with 20 concurrent clients;
 *   4. on PostgreSQL, what the server itself commits with 20 clients doing a
 *      comparable two-insert transaction, for comparison.
 *
 *   node --import tsx bench/submission.ts [seconds-per-throughput-run]
 */
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import type { DraftOwner } from '../src/services/drafts/draft-owner.ts';
import { createServices, type Services } from '../src/services/index.ts';
import { buildApp } from '../src/web/app.ts';
import { openScratchDatabase } from '../test/support/db.ts';
import { answers, json } from './fixtures/thirty-questions.ts';

const seconds = Number(process.argv[2] ?? 10);
const serverUrl = process.env.BENCH_DATABASE_URL;
const CLIENTS = 20;

function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return `p50 ${at(0.5).toFixed(2)} ms   p95 ${at(0.95).toFixed(2)} ms   (n=${s.length})`;
}

/** Drafts that are complete and valid, ready to be submitted. */
async function makeDrafts(
  services: Services,
  municipalityId: string,
  eServiceId: string,
  versionId: string,
  n: number,
) {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 500) {
    const rows = Array.from({ length: Math.min(500, n - i) }, () => ({
      municipality_id: municipalityId,
      e_service_id: eServiceId,
      version_id: versionId,
      owner_personal_number: '191212121212',
      answers: JSON.stringify(answers),
    }));
    const r = await services.db.insertInto('draft').values(rows).returning('id').execute();
    ids.push(...r.map((x) => x.id));
  }
  return ids;
}

const database = await openScratchDatabase({ serverUrl, poolSize: CLIENTS + 2, prefix: 'ingang_bench' });
const config = loadConfig({
  NODE_ENV: 'test',
  DATA_DIR: 'memory://',
  LOG_LEVEL: 'silent',
  SEED_DEMO: 'false',
});
const services = createServices(database, config);
const m = await services.municipalities.create({ slug: 'bench', name: 'Bänkby kommun' });
const meta = {
  category: { sv: 'Test' },
  name: { sv: 'Bänktjänst' },
  description: { sv: 'Mätning' },
  whatYouNeed: null,
  contact: {},
  loginRequirement: 'optional' as const,
  personalData: {
    dataProcessed: { sv: '-' },
    purpose: { sv: '-' },
    legalBasis: { sv: '-' },
    retention: { sv: '-' },
    controller: { sv: '-' },
    complaint: { sv: '-' },
  },
  summaryKeys: [],
  handleWithinDays: null,
};
const e = await services.eServices.create(m.id, { ...meta, slug: 'bank' });
const v = await services.eServices.addVersion(m.id, e.id, json);
await services.eServices.publish(m.id, v.id);
// The same 30 questions on one page, for the render measurement.
const onePage = {
  schemaVersion: 1,
  steps: [{ id: 'allt', title: { sv: 'Allt' }, questions: json.steps.flatMap((s) => s.questions) }],
};
const e1 = await services.eServices.create(m.id, { ...meta, slug: 'en-sida' });
const v1 = await services.eServices.addVersion(m.id, e1.id, onePage);
await services.eServices.publish(m.id, v1.id);
await services.municipalities.reload();
const owner: DraftOwner = {
  kind: 'resident',
  personalNumber: '191212121212',
  name: 'Tolvan Tolvansson',
  loginMethod: 'bankid',
};

console.log(
  `Node ${process.version}, database ${database.kind}, ${CLIENTS} clients, ${seconds} s per throughput run`,
);

// 1. Render a 30-question step.
{
  const app = await buildApp({ config, services });
  await app.ready();
  const token = await services.sessions.login(undefined, {
    kind: 'resident',
    municipalityId: m.id,
    loginMethod: 'bankid',
    resident: {
      personalNumber: '191212121212',
      name: 'Tolvan Tolvansson',
      givenName: 'Tolvan',
      familyName: 'Tolvansson',
      loa: null,
      providerId: 'bench',
    },
  });
  const cookie = `ingang_session=${app.signCookie(token)}`;
  const draftId = await services.drafts.start(m.id, e1.id, owner);
  const url = `/bench/utkast/${draftId}/steg/allt`;
  const samples: number[] = [];
  for (let i = 0; i < 600; i++) {
    const t0 = performance.now();
    const res = await app.inject({ url, headers: { cookie } });
    if (i >= 100) samples.push(performance.now() - t0);
    if (res.statusCode !== 200) throw new Error(`step page answered ${res.statusCode}`);
  }
  console.log(`render a 30-question step (GET, in-process)    ${percentiles(samples)}`);
  await app.close();
}

// 2. Validate and store one submission.
{
  const ids = await makeDrafts(services, m.id, e.id, v.id, 600);
  const samples: number[] = [];
  for (const [i, id] of ids.entries()) {
    const t0 = performance.now();
    const r = await services.submitCase(m.id, id, owner, 'sv');
    if (i >= 100) samples.push(performance.now() - t0);
    if (!r.ok) throw new Error(`submit failed: ${JSON.stringify(r)}`);
  }
  console.log(`validate and store one submission              ${percentiles(samples)}`);
}

// 3. Sustained submissions with 20 concurrent clients.
{
  const ids = await makeDrafts(services, m.id, e.id, v.id, serverUrl ? 40_000 : 10_000);
  let next = 0;
  let done = 0;
  const cpu0 = process.cpuUsage();
  const until = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until && next < ids.length) {
        const id = ids[next++] as string;
        const r = await services.submitCase(m.id, id, owner, 'sv');
        if (!r.ok) throw new Error('submit failed');
        done++;
      }
    }),
  );
  const wall = (performance.now() - t0) / 1000;
  const rate = done / wall;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `sustained submissions, ${CLIENTS} clients              ${Math.round(rate)} submissions/s (${done} cases)`,
  );
  console.log(
    `  Node's own CPU in that run                   ${((cpuSeconds / wall) * 100).toFixed(0)} % of one core, ${((cpuSeconds / done) * 1000).toFixed(2)} ms per submission`,
  );

  // 4. What PostgreSQL itself commits with 20 clients, driven straight from
  //    the pg driver: (a) a bare two-insert transaction, (b) the very rows a
  //    submission writes (the case with its indexes and its history event) as
  //    one statement. (b) is the ceiling for storing a case on this machine.
  if (database.url) {
    const pool = new pg.Pool({ connectionString: database.url, max: CLIENTS });
    await pool.query('CREATE TABLE bench_a (id bigserial primary key, body jsonb not null)');
    await pool.query(
      'CREATE TABLE bench_b (id bigserial primary key, a bigint not null, at timestamptz default now())',
    );
    const body = JSON.stringify(answers);
    const commitsPerSecond = async (work: (c: pg.PoolClient) => Promise<unknown>) => {
      let commits = 0;
      const stop = performance.now() + seconds * 1000;
      const s0 = performance.now();
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          const c = await pool.connect();
          while (performance.now() < stop) {
            await work(c);
            commits++;
          }
          c.release();
        }),
      );
      return commits / ((performance.now() - s0) / 1000);
    };
    const bare = await commitsPerSecond(async (c) => {
      await c.query('BEGIN');
      const r = await c.query('INSERT INTO bench_a (body) VALUES ($1) RETURNING id', [body]);
      await c.query('INSERT INTO bench_b (a) VALUES ($1)', [r.rows[0].id]);
      await c.query('COMMIT');
    });
    const sameRows = await commitsPerSecond((c) =>
      c.query(
        `WITH n AS (SELECT nextval(case_number_sequence($1::uuid)) AS v),
         c AS (INSERT INTO "case" (municipality_id, case_number, e_service_id, version_id, status, answers, summary,
                 submitter_personal_number, concerns_personal_number, channel)
               SELECT $1, 'raw-' || n.v, $2, $3, 'submitted', $4::jsonb, '{}'::jsonb, '191212121212', '191212121212', 'web'
               FROM n RETURNING id)
         INSERT INTO case_event (municipality_id, case_id, type, actor_kind) SELECT $1, c.id, 'submitted', 'resident' FROM c`,
        [m.id, e.id, v.id, body],
      ),
    );
    await pool.end();
    console.log(`PostgreSQL alone: bare two-insert commits      ${Math.round(bare)} commits/s`);
    console.log(`PostgreSQL alone: a case's own rows            ${Math.round(sameRows)} commits/s`);
    console.log(
      `Ingång submissions as a share of those         ${((rate / bare) * 100).toFixed(0)} % / ${((rate / sameRows) * 100).toFixed(0)} %`,
    );
  }
}

await database.close();
