/**
 * The set-up every Chromium test file shares: the whole application on a
 * real port and one Chromium, started in a top-level before() and closed in
 * after(), both skipped when Chromium is missing (skipUnlessBrowser).
 *
 *   const app = useBrowserApp();
 *   app.setUp(async () => { … app.t.services … });
 *   describe('…', { skip: app.skip }, () => {
 *     it('…', async () => { const page = await app.browser.newPage(); … });
 *   });
 *
 * A file's own set-up goes in app.setUp, not in a top-level before(): the
 * root's before() hooks run concurrently, so one would not wait for the
 * application to start.
 */
import { after, before } from 'node:test';
import { startTestApp, type TestApp } from './app.ts';
import { launchBrowser, skipUnlessBrowser, type TestBrowser } from './browser.ts';

export interface BrowserApp {
  /** Why the file is skipped, or false; pass it to describe's { skip }. */
  readonly skip: string | false;
  /** The running application (set in before()). */
  readonly t: TestApp;
  /** Chromium (set in before()). */
  readonly browser: TestBrowser;
  /** Adds set-up run after the application and Chromium have started (not when skipped). */
  setUp(fn: () => Promise<void>): void;
}

export function useBrowserApp(): BrowserApp {
  const skip = skipUnlessBrowser();
  let t: TestApp | undefined;
  let browser: TestBrowser | undefined;
  const setUps: (() => Promise<void>)[] = [];
  before(async () => {
    if (skip) return;
    t = await startTestApp({ listen: true });
    browser = await launchBrowser();
    for (const fn of setUps) await fn();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });
  return {
    skip,
    setUp(fn) {
      setUps.push(fn);
    },
    get t() {
      if (!t) throw new Error('useBrowserApp: the application is not started (before() has not run)');
      return t;
    },
    get browser() {
      if (!browser) throw new Error('useBrowserApp: Chromium is not started (before() has not run)');
      return browser;
    },
  };
}
