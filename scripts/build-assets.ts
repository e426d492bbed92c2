/**
 * Builds the browser assets into public/build/ (served at /assets/):
 * - ingang.css from src/web/ui/styles/ingang.scss (govuk-frontend restyled),
 * - govuk-frontend.min.js, copied from the package,
 * - init.js (and any other file in src/web/ui/client/), copied as-is.
 *
 * It runs before `npm start` and before the tests, so it skips every output
 * that is already newer than all of its inputs. Outputs are written to a
 * temporary file and renamed, so a parallel run never serves half a file.
 *
 * Usage: node --import tsx scripts/build-assets.ts [--force]
 */
import { copyFileSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'build');
const stylesDir = join(root, 'src', 'web', 'ui', 'styles');
const clientDir = join(root, 'src', 'web', 'ui', 'client');
const require = createRequire(import.meta.url);
const govukPackageJson = require.resolve('govuk-frontend/package.json');
const govukDist = join(dirname(govukPackageJson), 'dist', 'govuk');

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function newestIn(dir: string, ext: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(ext)) {
      newest = Math.max(newest, mtime(join(entry.parentPath, entry.name)));
    }
  }
  return newest;
}

function isFresh(output: string, inputs: number[]): boolean {
  const out = mtime(output);
  return out > 0 && inputs.every((t) => t < out);
}

function writeAtomically(path: string, content: string | Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

function copyAtomically(from: string, to: string): void {
  const tmp = `${to}.${process.pid}.tmp`;
  copyFileSync(from, tmp);
  renameSync(tmp, to);
}

async function buildCss(force: boolean): Promise<boolean> {
  const output = join(outDir, 'ingang.css');
  // The package.json stands in for the whole govuk-frontend tree: it changes
  // whenever npm installs another version.
  const inputs = [
    newestIn(stylesDir, '.scss'),
    mtime(govukPackageJson),
    mtime(fileURLToPath(import.meta.url)),
  ];
  if (!force && isFresh(output, inputs)) return false;
  // Loaded lazily so a fresh start that has nothing to build does not pay for it.
  const sass = await import('sass').catch((err: unknown) => {
    throw new Error(
      'build-assets: the "sass" package is needed to build public/build/ingang.css and is not installed ' +
        '(npm install, or build the assets before installing with --omit=dev).',
      { cause: err },
    );
  });
  const result = sass.compile(join(stylesDir, 'ingang.scss'), {
    style: 'compressed',
    loadPaths: [join(root, 'node_modules')],
    // govuk-frontend 5 still uses @import and global functions internally;
    // its deprecation warnings are not ours to fix.
    quietDeps: true,
    silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'slash-div', 'if-function'],
  });
  writeAtomically(output, result.css);
  return true;
}

function copyIfNewer(from: string, to: string, force: boolean): boolean {
  if (!force && isFresh(to, [mtime(from)])) return false;
  copyAtomically(from, to);
  return true;
}

export async function buildAssets(options: { force?: boolean } = {}): Promise<string[]> {
  const force = options.force ?? false;
  mkdirSync(outDir, { recursive: true });
  const built: string[] = [];
  if (await buildCss(force)) built.push('ingang.css');
  for (const name of ['govuk-frontend.min.js', 'govuk-frontend.min.js.map']) {
    if (copyIfNewer(join(govukDist, name), join(outDir, name), force)) built.push(name);
  }
  for (const entry of readdirSync(clientDir, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    if (copyIfNewer(join(clientDir, entry.name), join(outDir, entry.name), force)) built.push(entry.name);
  }
  return built;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const built = await buildAssets({ force: process.argv.includes('--force') });
  const ms = Math.round(performance.now() - started);
  const where = relative(process.cwd(), outDir) || '.';
  console.log(
    built.length > 0
      ? `build-assets: ${built.join(', ')} -> ${where} (${ms} ms)`
      : 'build-assets: up to date',
  );
}
