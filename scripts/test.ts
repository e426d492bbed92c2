/**
 * `npm test`: every suite, on every database this machine has.
 *   1. unit, service and HTTP tests on the embedded PGlite database;
 *   2. service and HTTP tests again on PostgreSQL when TEST_DATABASE_URL is set;
 *   3. browser tests in Debian's Chromium (/usr/bin/chromium) with axe-core.
 * Without Chromium the browser pass is skipped with a loud warning, except
 * under CI=true, where that is a failure.
 * `--only=unit|pglite|postgresql|browser` runs one pass; extra arguments are
 * passed to node --test (e.g. a file name).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const files = args.filter((a) => !a.startsWith('--only='));
const ci = process.env.CI === 'true';
const pgUrl = process.env.TEST_DATABASE_URL;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Pass {
  name: string;
  globs: string[];
  env: Record<string, string | undefined>;
  concurrency: number;
}

const passes: Pass[] = [];
const want = (n: string) => !only || only === n;
if (only === 'unit')
  passes.push({
    name: 'unit',
    globs: ['test/unit/**/*.test.{ts,tsx}'],
    env: { TEST_DATABASE_URL: undefined },
    concurrency: 2,
  });
if (want('pglite') && only !== 'unit') {
  passes.push({
    name: 'pglite',
    globs: ['test/unit/**/*.test.{ts,tsx}', 'test/service/**/*.test.{ts,tsx}', 'test/web/**/*.test.{ts,tsx}'],
    env: { TEST_DATABASE_URL: undefined },
    concurrency: 2,
  });
}
if (want('postgresql')) {
  if (pgUrl) {
    passes.push({
      name: 'postgresql',
      globs: ['test/service/**/*.test.{ts,tsx}', 'test/web/**/*.test.{ts,tsx}'],
      env: { TEST_DATABASE_URL: pgUrl },
      concurrency: 2,
    });
  } else if (ci) {
    console.error('\n✗ CI=true but TEST_DATABASE_URL is not set: the PostgreSQL pass cannot run.\n');
    process.exit(1);
  } else if (only === 'postgresql') {
    console.error('Set TEST_DATABASE_URL=postgres://user@host:port/db to run the PostgreSQL pass.');
    process.exit(1);
  } else {
    console.log('\nℹ PostgreSQL pass skipped: set TEST_DATABASE_URL to run it (CI always does).\n');
  }
}
if (want('browser')) {
  if (existsSync(chromium)) {
    passes.push({ name: 'browser', globs: ['test/browser/**/*.test.{ts,tsx}'], env: {}, concurrency: 1 });
  } else if (ci) {
    console.error(`\n✗ CI=true but Chromium is missing at ${chromium}: the browser suite cannot run.\n`);
    process.exit(1);
  } else {
    console.warn(
      `\n${'!'.repeat(72)}\n!! Chromium not found at ${chromium}: the BROWSER SUITE (end-to-end and\n!! accessibility checks) DID NOT RUN. Install it: apt-get install -y chromium\n${'!'.repeat(72)}\n`,
    );
  }
}

function run(pass: Pass): Promise<{ pass: number; fail: number; skipped: number; code: number }> {
  return new Promise((resolve) => {
    console.log(`\n=== ${pass.name} ===`);
    const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'test', ...pass.env };
    for (const [k, v] of Object.entries(pass.env)) if (v === undefined) delete env[k];
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        `--test-concurrency=${pass.concurrency}`,
        ...(files.length ? files : pass.globs),
      ],
      { env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const counts = { pass: 0, fail: 0, skipped: 0 };
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on('close', (code) => {
      // The runner's own summary; failure details may follow it.
      for (const key of ['pass', 'fail', 'skipped'] as const) {
        const all = [...output.matchAll(new RegExp(`^ℹ ${key} (\\d+)$`, 'gm'))];
        const last = all[all.length - 1];
        if (last) counts[key] = Number(last[1]);
      }
      resolve({ ...counts, code: code ?? 1 });
    });
  });
}

let total = { pass: 0, fail: 0, skipped: 0 };
let failed = false;
for (const pass of passes) {
  const r = await run(pass);
  total = { pass: total.pass + r.pass, fail: total.fail + r.fail, skipped: total.skipped + r.skipped };
  if (r.code !== 0) failed = true;
}
console.log(`\npasses: ${passes.map((p) => p.name).join(', ')}`);
console.log(`${total.pass} passed, ${total.fail} failed, ${total.skipped} skipped`);
process.exit(failed ? 1 : 0);
