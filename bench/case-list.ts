/**
 * The officers' case list over a million cases, printed for PostgreSQL
 * (BENCH_DATABASE_URL=postgres://… — a scratch database is created on that
 * server and dropped afterwards) or PGlite (default, fewer cases):
 *   the default list (All, newest first), a tab (Mine), a filter (e-service
 *   and status), a search by personnummer, a search by a name fragment, and
 *   the tab counts — each p50/p95 over repeated runs, through the service
 *   the page uses (services/officer/case-list.ts).
 *
 *   node --import tsx bench/case-list.ts [cases] [--keep]
 *   node --import tsx bench/case-list.ts --reuse postgres://…/ingang_bench_…
 *
 * --keep leaves the scratch database in place afterwards and prints its URL,
 * for EXPLAIN ANALYZE by hand; --reuse measures such a database again.
 */
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { type Db, openDatabase } from '../src/db/database.ts';
import { parseCaseListQuery } from '../src/domain/cases/case-list-query.ts';
import type { OfficerScope } from '../src/domain/cases/officer-scope.ts';
import { createServices } from '../src/services/index.ts';
import { createCaseListService, listRanks } from '../src/services/officer/case-list.ts';
import { setEServiceOfficers } from '../src/services/officer/handlers.ts';
import { loadOfficerScope } from '../src/services/officer/scope.ts';
import { openScratchDatabase } from '../test/support/db.ts';
import { TINY_DEFINITION, TINY_ESERVICE } from '../test/support/eservice-fixture.ts';

const serverUrl = process.env.BENCH_DATABASE_URL;
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const CASES = Number(args.find((a) => /^\d+$/.test(a)) ?? (serverUrl ? 1_000_000 : 100_000));
const RUNS = 30;

const E_SERVICES = 5;
const OFFICERS = 10;

function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return `p50 ${at(0.5).toFixed(1).padStart(6)} ms   p95 ${at(0.95).toFixed(1).padStart(6)} ms`;
}

async function measure(label: string, run: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) await run(); // warm caches and plans
  const samples: number[] = [];
  let last: unknown;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    last = await run();
    samples.push(performance.now() - t0);
  }
  console.log(`${label.padEnd(44)} ${percentiles(samples)}   ${describe(last)}`);
}

function describe(result: unknown): string {
  if (result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows)) {
    return `${result.rows.length} rows`;
  }
  if (result && typeof result === 'object') {
    return Object.entries(result)
      .map(([k, v]) => `${k} ${typeof v === 'object' && v ? JSON.stringify(v) : String(v)}`)
      .join(', ');
  }
  return '';
}

/**
 * A municipality with five e-services (two versions each) and ten officers:
 * officer 0 handles e-services 0 and 1 fully and e-service 3 restricted, so
 * sees 60 % of the cases and their own tenth of e-service 3's.
 */
async function setUp(db: Db, services: ReturnType<typeof createServices>) {
  const m = await services.municipalities.create({ slug: 'bench', name: 'Bänkby kommun' });
  const eServices: { id: string; versions: string[] }[] = [];
  for (let k = 0; k < E_SERVICES; k++) {
    const e = await services.eServices.create(m.id, {
      ...TINY_ESERVICE,
      slug: `tjanst-${k}`,
      name: { sv: `Tjänst ${k}`, en: `Service ${k}` },
    });
    const versions: string[] = [];
    for (let v = 0; v < 2; v++) {
      const ver = await services.eServices.addVersion(m.id, e.id, TINY_DEFINITION);
      await services.eServices.publish(m.id, ver.id);
      versions.push(ver.id);
    }
    eServices.push({ id: e.id, versions });
  }
  const officers: string[] = [];
  for (let o = 0; o < OFFICERS; o++) {
    const u = await services.staffUsers.create({
      municipalityId: m.id,
      username: `handlaggare${o}`,
      name: `Handläggare ${String.fromCharCode(65 + o)}`,
      roles: ['officer'],
    });
    officers.push(u.id);
  }
  const at = (i: number) => eServices[i]?.id as string;
  await setEServiceOfficers(db, m.id, at(0), [
    { userId: officers[0] as string },
    { userId: officers[1] as string },
  ]);
  await setEServiceOfficers(db, m.id, at(1), [{ userId: officers[0] as string }]);
  await setEServiceOfficers(db, m.id, at(2), [{ userId: officers[2] as string }]);
  await setEServiceOfficers(db, m.id, at(3), [{ userId: officers[0] as string, restricted: true }]);
  await setEServiceOfficers(db, m.id, at(4), [{ userId: officers[3] as string }]);
  return { municipalityId: m.id, eServices, officers };
}

/**
 * A million cases in a few statements. Shares: e-service 0 40 %, 1 20 %,
 * 2 20 %, 3 10 %, 4 10 %; the newest 10 % are open (a third of them
 * unassigned, ~60 % overdue); every twentieth case has a colour; names from
 * 20 × 20 common Swedish names; three cases belong to Tolvan Tolvansson
 * (19121212-1212), the personnummer the bench searches for.
 */
async function loadCases(db: Db, s: Awaited<ReturnType<typeof setUp>>) {
  const eIds = s.eServices.map((e) => e.id);
  const v1 = s.eServices.map((e) => e.versions[0] as string);
  const v2 = s.eServices.map((e) => e.versions[1] as string);
  const openFrom = Math.floor(CASES * 0.9);
  await sql`ALTER TABLE case_officer DISABLE TRIGGER case_officer_ids_sync`.execute(db);
  await sql`
    INSERT INTO "case" (municipality_id, case_number, e_service_id, version_id, status, answers, summary,
      submitter_personal_number, submitter_name, concerns_personal_number, concerns_name, channel,
      submitted_at, updated_at, closed_at, due_at, colour, officer_ids, search_text)
    SELECT ${s.municipalityId}::uuid, x.case_number, x.e_service_id, x.version_id, x.status, '{}'::jsonb, x.summary,
      x.pnr, x.name, x.pnr, x.name, 'web',
      x.submitted_at, x.submitted_at + (x.i % 9) * interval '1 day', x.closed_at, x.submitted_at + interval '30 days',
      x.colour, x.officer_ids,
      lower(x.case_number || ' ' || x.pnr || ' ' || substr(x.pnr, 1, 8) || '-' || substr(x.pnr, 9) || ' '
        || substr(x.pnr, 3) || ' ' || x.name || ' ' || (x.summary->>'name'))
    FROM (
      SELECT i, y.*,
        CASE WHEN i <= ${openFrom} THEN y.submitted_at + interval '10 days' END AS closed_at,
        CASE
          WHEN i > ${openFrom} AND i % 3 = 0 THEN '{}'::uuid[]
          ELSE ARRAY[(${s.officers}::uuid[])[1 + (i / 10) % ${OFFICERS}]]
        END AS officer_ids
      FROM generate_series(1, ${CASES}) AS i,
      LATERAL (SELECT
        '2025-' || lpad(i::text, 7, '0') AS case_number,
        (${eIds}::uuid[])[e + 1] AS e_service_id,
        (CASE WHEN i % 2 = 0 THEN ${v1}::uuid[] ELSE ${v2}::uuid[] END)[e + 1] AS version_id,
        CASE WHEN i <= ${openFrom} THEN (ARRAY['approved','rejected','completed'])[1 + i % 3]
             ELSE (ARRAY['submitted','in_progress','supplement_requested'])[1 + i % 3] END AS status,
        jsonb_build_object('name', 'Barn ' || (i % 997)) AS summary,
        CASE WHEN i % 333333 = 7 THEN '191212121212'
             ELSE to_char(date '1940-01-01' + (i * 37) % 25000, 'YYYYMMDD') || lpad((i % 9973)::text, 4, '0') END AS pnr,
        CASE WHEN i % 333333 = 7 THEN 'Tolvan Tolvansson'
             ELSE (ARRAY['Anna','Erik','Maria','Lars','Karin','Johan','Eva','Per','Sara','Anders',
                        'Lena','Mikael','Emma','Nils','Ida','Olof','Elin','Karl','Maja','Hugo'])[1 + i % 20]
               || ' ' ||
               (ARRAY['Andersson','Johansson','Karlsson','Nilsson','Eriksson','Larsson','Olsson','Persson',
                      'Svensson','Gustafsson','Pettersson','Jonsson','Jansson','Hansson','Bengtsson','Jönsson',
                      'Lindberg','Jakobsson','Magnusson','Lindström'])[1 + (i / 20) % 20] END AS name,
        now() - (${CASES} + 1 - i) * interval '63 seconds' AS submitted_at,
        CASE WHEN (i / 7) % 20 = 0 THEN 'red' WHEN (i / 7) % 20 = 1 THEN 'blue' END AS colour
        FROM (SELECT CASE WHEN i % 10 < 4 THEN 0 WHEN i % 10 < 6 THEN 1 WHEN i % 10 < 8 THEN 2
                          WHEN i % 10 < 9 THEN 3 ELSE 4 END AS e) AS pick
      ) AS y
    ) AS x`.execute(db);
  await sql`
    INSERT INTO case_officer (case_id, user_id, municipality_id, assigned_at)
    SELECT id, officer_ids[1], municipality_id, submitted_at FROM "case" WHERE cardinality(officer_ids) > 0`.execute(
    db,
  );
  await sql`ALTER TABLE case_officer ENABLE TRIGGER case_officer_ids_sync`.execute(db);
  // Officer 0 has flagged 300 cases.
  await sql`
    INSERT INTO case_flag (case_id, user_id, municipality_id)
    SELECT id, ${s.officers[0]}::uuid, municipality_id FROM "case"
    WHERE substr(case_number, 6)::int % ${Math.max(1, Math.floor(CASES / 300))} = 0`.execute(db);
  await sql`VACUUM ANALYZE "case"`.execute(db);
  await sql`VACUUM ANALYZE case_officer`.execute(db);
  await sql`VACUUM ANALYZE case_flag`.execute(db);
}

/** The bench municipality of a database loaded before (--reuse). */
async function findSetUp(db: Db) {
  const m = await db
    .selectFrom('municipality')
    .select('id')
    .where('slug', '=', 'bench')
    .executeTakeFirstOrThrow();
  const eRows = await db
    .selectFrom('e_service')
    .select('id')
    .where('municipality_id', '=', m.id)
    .orderBy('slug')
    .execute();
  const users = await db
    .selectFrom('staff_user')
    .select('id')
    .where('municipality_id', '=', m.id)
    .orderBy('username')
    .execute();
  return {
    municipalityId: m.id,
    eServices: eRows.map((e) => ({ id: e.id, versions: [] as string[] })),
    officers: users.map((u) => u.id),
  };
}

const reuse = args[args.indexOf('--reuse') + 1];
const database =
  args.includes('--reuse') && reuse
    ? { ...(await openDatabase({ databaseUrl: reuse, dataDir: 'memory://', poolSize: 4 })), url: reuse }
    : await openScratchDatabase({ serverUrl, poolSize: 4, prefix: 'ingang_bench' });
const { db } = database;
let setup: Awaited<ReturnType<typeof findSetUp>>;
if (args.includes('--reuse')) {
  setup = await findSetUp(db);
  console.log(`Node ${process.version}, database ${database.kind}, reusing ${reuse}`);
} else {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: 'memory://',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
  });
  setup = await setUp(db, createServices(database, config));
  const t0 = performance.now();
  await loadCases(db, setup);
  const seconds = ((performance.now() - t0) / 1000).toFixed(0);
  console.log(
    `Node ${process.version}, database ${database.kind}, ${CASES.toLocaleString('sv-SE')} cases loaded in ${seconds} s`,
  );
}
const list = createCaseListService(db);
const today = new Date().toISOString().slice(0, 10);
const principal = {
  id: setup.officers[0] as string,
  municipalityId: setup.municipalityId,
  username: 'handlaggare0',
  name: 'Handläggare A',
  roles: ['officer'] as const,
};
const officer: OfficerScope = await loadOfficerScope(db, principal);
const admin: OfficerScope = await loadOfficerScope(db, { ...principal, roles: ['admin'] });
const facets = await list.facets(officer);
const ranks = listRanks(facets, 'sv', 'name');
const query = (raw: Record<string, string>) => parseCaseListQuery(raw, today).query;
const page = (scope: OfficerScope, raw: Record<string, string>) => async () => ({
  rows: await list.rows(scope, query(raw), ranks),
});
const e0 = setup.eServices[0]?.id as string;

console.log(
  `Officer 0 sees e-services 0, 1 (60 % of the cases) and their own cases of e-service 3; ${RUNS} runs each`,
);
await measure('default list (Alla, newest first)', page(officer, {}));
await measure('tab Mina', page(officer, { tab: 'mine' }));
await measure('filter e-service + status', page(officer, { eservice: e0, status: 'in_progress' }));
await measure('search personnummer 19121212-1212', page(officer, { q: '19121212-1212' }));
await measure('search name fragment "svens"', page(officer, { q: 'svens' }));
await measure('tab counts (6 tabs, capped)', () => list.counts(officer, query({})));
console.log('More:');
await measure('admin: default list', page(admin, {}));
await measure('admin: tab counts', () => list.counts(admin, query({})));
await measure('last page (200) newest first', page(officer, { page: '200' }));
await measure('tab Ej tilldelade', page(officer, { tab: 'unassigned' }));
await measure('tab Förfallna', page(officer, { tab: 'overdue' }));
await measure('tab Under behandling', page(officer, { tab: 'in_progress' }));
await measure('tab Flaggade', page(officer, { tab: 'flagged' }));
await measure('sort by case number', page(officer, { sort: 'case_number' }));
await measure('sort by last changed', page(officer, { sort: 'updated' }));
await measure('sort by e-service', page(officer, { sort: 'e_service' }));
await measure('sort by status', page(officer, { sort: 'status' }));
await measure('sort by officers', page(officer, { sort: 'officers' }));
await measure('filter colour', page(officer, { colour: 'red' }));
await measure(
  'filter submitted date range (a week)',
  page(officer, { from: dayBefore(60), to: dayBefore(53) }),
);
await measure('tab counts with a name search', () => list.counts(officer, query({ q: 'svens' })));
await measure('tab counts with e-service + status', () =>
  list.counts(officer, query({ eservice: e0, status: 'in_progress' })),
);

function dayBefore(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

if (keep || args.includes('--reuse')) {
  console.log(
    `Kept ${database.url ?? '(PGlite in memory: nothing to keep)'}: municipality ${setup.municipalityId}, officer 0 ${setup.officers[0]}`,
  );
  process.exit(0);
}
await database.close();
