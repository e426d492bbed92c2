import assert from 'node:assert/strict';
/**
 * Helpers for browser tests: Debian's Chromium driven by playwright-core, and
 * axe-core (node_modules/axe-core/axe.min.js) injected into the page for WCAG checks.
 *
 *   if (!browserAvailable()) … (skip or fail; see skipUnlessBrowser)
 *   const browser = await launchBrowser();
 *   const page = await browser.newPage();
 *   await page.goto(url);
 *   assert.deepEqual(await checkA11y(page), []);
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function browserAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Why a browser test cannot run, or false when it can. Missing Chromium is a
 * loud skip on a developer's machine and a failure under CI=true.
 */
export function skipUnlessBrowser(): string | false {
  if (browserAvailable()) return false;
  const message = `Chromium not found at ${CHROMIUM_PATH}: browser tests skipped (apt-get install -y chromium)`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${message}`);
  console.warn(`\n${'!'.repeat(72)}\n!! ${message}\n${'!'.repeat(72)}\n`);
  return message;
}

export interface TestBrowser {
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * false runs the pages with JavaScript turned off, as some residents'
   * browsers do: every journey must work on the server-rendered HTML alone.
   * The tests' own page.evaluate (axe) still runs.
   */
  javaScriptEnabled?: boolean;
}

/** Starts Chromium with a fresh, throw-away profile. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ingang-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: FLAGS,
      viewport: { width: 1024, height: 768 },
      javaScriptEnabled: options.javaScriptEnabled ?? true,
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  return {
    async newPage(options) {
      const page = await context.newPage();
      if (options?.viewport) await page.setViewportSize(options.viewport);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** The rule sets we hold every page to: WCAG 2.1 A and AA, plus axe's best practices. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/**
 * Findings we accept on purpose, each narrowed to one rule and one kind of
 * element, with the reason. Nothing else is ever filtered.
 */
export const ACCEPTED_FINDINGS: readonly { rule: string; selector: string; why: string }[] = [
  {
    rule: 'aria-allowed-attr',
    selector: 'input.govuk-radios__input[type="radio"][aria-controls][aria-expanded]',
    why:
      'govuk-frontend sets aria-expanded on radios that reveal follow-up questions; screen readers announce it ' +
      'and GOV.UK keeps it after user research, though ARIA does not list it for radios ' +
      '(https://github.com/alphagov/govuk-frontend/issues/979).',
  },
];

/**
 * Runs axe-core on the page and returns its violations as readable lines
 * (rule, impact, help, and each failing element), so a failing assertion
 * says what is wrong and where. An empty list means no violations.
 */
export async function checkA11y(page: Page, options: { exclude?: string[] } = {}): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const hasAxe = await page.evaluate('"axe" in globalThis');
  // Evaluated rather than added as a <script>: pages carry the app's CSP
  // (script-src 'self'), which blocks an inline script tag but not this.
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ({ tags, exclude, accepted }) => {
      type Node = { target: string[]; html: string; failureSummary?: string };
      type Violation = { id: string; nodes: Node[] };
      // The page's globals, typed here: the tests compile without the DOM library.
      const win = globalThis as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> };
        document: { querySelector(selector: string): { matches(selector: string): boolean } | null };
      };
      const context = exclude.length > 0 ? { exclude: exclude.map((s) => [s]) } : win.document;
      const result = await win.axe.run(context, { runOnly: { type: 'tag', values: tags } });
      // No named helpers in here: the function runs in the page, where the
      // test transpiler's __name() does not exist.
      return result.violations
        .map((v) => ({
          ...v,
          nodes: v.nodes.filter(
            (n) =>
              !accepted.some(
                (a) =>
                  a.rule === v.id &&
                  n.target.length === 1 &&
                  typeof n.target[0] === 'string' &&
                  (win.document.querySelector(n.target[0])?.matches(a.selector) ?? false),
              ),
          ),
        }))
        .filter((v) => v.nodes.length > 0);
    },
    {
      tags: [...A11Y_TAGS],
      exclude: options.exclude ?? [],
      accepted: ACCEPTED_FINDINGS.map(({ rule, selector }) => ({ rule, selector })),
    },
  );
  return (violations as unknown as AxeViolation[]).map(formatViolation);
}

function formatViolation(v: AxeViolation): string {
  const nodes = v.nodes
    .slice(0, 5)
    .map((n) => {
      const summary = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      return `    at ${n.target.join(' ')}\n       ${n.html.slice(0, 200)}\n       ${summary}`;
    })
    .join('\n');
  const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
  return `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
}

/** Fails with axe-core's findings, readable, when the page has any violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const problems = await checkA11y(page);
  assert.deepEqual(problems, [], `${what} (${page.url()}):\n${problems.join('\n')}`);
}
