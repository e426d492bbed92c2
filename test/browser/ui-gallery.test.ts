/**
 * The UI gallery (every component, in the layout) in a real browser: no axe
 * violations (WCAG 2.1 A/AA and best practice) in Swedish, English and
 * Arabic, the skip link first in the tab order, and the pages work the same
 * with JavaScript on (govuk-frontend enhancements) as without.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildAssets } from '../../scripts/build-assets.ts';
import { GalleryPage } from '../../src/web/ui/gallery.tsx';
import { isUiLang, UI_LANGUAGES, type UiLang } from '../../src/web/ui/i18n/languages.ts';
import { getTranslator } from '../../src/web/ui/i18n/translator.ts';
import type { PageContext } from '../../src/web/ui/page-context.ts';
import { themeCss } from '../../src/web/ui/theme.ts';
import { checkA11y, launchBrowser, skipUnlessBrowser, type TestBrowser } from '../support/browser.ts';

const skip = skipUnlessBrowser();
const BRAND = '#00605a';
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="180" height="48" viewBox="0 0 180 48"><rect width="48" height="48" rx="8" fill="#00605a"/><text x="58" y="32" font-family="sans-serif" font-size="20" fill="#0b0c0c">Exempel</text></svg>';

function galleryContext(lang: UiLang, currentUrl: string, withLogo: boolean): PageContext {
  return {
    t: getTranslator(lang),
    lang,
    languages: UI_LANGUAGES,
    municipality: {
      slug: 'demo',
      name: 'Exempelkommun',
      logoUrl: withLogo ? '/demo/logo.svg' : null,
      brandColour: BRAND,
      contactEmail: 'kontakt@exempel.se',
      contactPhone: '0123-45 67 89',
      contactAddress: 'Storgatan 1\n123 45 Exempelstad',
    },
    user: { name: 'Anna Andersson', kind: 'resident' },
    csrfToken: 'test-csrf-token',
    currentUrl,
    basePath: '/demo',
    testEnvironment: true,
    area: 'resident',
  };
}

/** A minimal server: the built assets, the theme and the gallery (with a logo when ?logo=1). */
async function galleryServer(): Promise<FastifyInstance> {
  const app = Fastify();
  // The app's Content Security Policy: a violation (an inline style or script)
  // shows up as a console error, which the tests fail on.
  app.addHook('onSend', async (_req, reply) => {
    reply.header(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'",
    );
  });
  await app.register(fastifyStatic, {
    root: join(import.meta.dirname, '../../public/build'),
    prefix: '/assets/',
  });
  app.get('/demo/theme.css', (_req, reply) => reply.type('text/css').send(themeCss(BRAND)));
  app.get('/demo/logo.svg', (_req, reply) => reply.type('image/svg+xml').send(LOGO));
  app.get('/demo/_ui', (req, reply) => {
    const query = req.query as Record<string, string | undefined>;
    const lang = isUiLang(query.lang) ? query.lang : 'sv';
    const html = GalleryPage(galleryContext(lang, req.url, query.logo === '1'));
    return reply.type('text/html; charset=utf-8').send(html.value);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

describe('UI gallery in Chromium', { skip }, () => {
  let app: FastifyInstance;
  let browser: TestBrowser;
  let base: string;

  before(async () => {
    await buildAssets();
    app = await galleryServer();
    const address = app.server.address();
    assert.ok(address && typeof address === 'object');
    base = `http://127.0.0.1:${address.port}`;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  for (const lang of UI_LANGUAGES) {
    it(`has no axe violations in ${lang}`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        // Failed requests are reported below, with their URL.
        if (m.text().startsWith('Failed to load resource')) return;
        if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
      });
      page.on('response', (r) => {
        // The browser asks for a favicon by itself; the test server has none.
        if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(`${base}/demo/_ui?lang=${lang}&logo=1`);
      // govuk-frontend has run: the enhanced file upload and character count exist.
      await page.waitForSelector('.govuk-frontend-supported .govuk-character-count__status');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      assert.deepEqual(await checkA11y(page), []);
      assert.deepEqual(errors, [], 'no script errors or warnings in the console');
      await page.close();
    });
  }

  it('has no axe violations without a logo and with JavaScript off', async () => {
    const page = await browser.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${base}/demo/_ui?lang=sv`);
    assert.equal(await page.locator('body.govuk-frontend-supported').count(), 0);
    assert.deepEqual(await checkA11y(page), []);
    await page.close();
  });

  it('reaches the skip link first with Tab, and the skip link leads to the main content', async () => {
    // Without JavaScript, so nothing (the error summary) takes focus on load.
    const page = await browser.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${base}/demo/_ui?lang=sv`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    assert.match((await focused.getAttribute('class')) ?? '', /govuk-skip-link/);
    assert.equal(await focused.getAttribute('href'), '#main-content');
    assert.equal((await focused.textContent())?.trim(), 'Hoppa till huvudinnehållet');
    assert.ok(await focused.isVisible(), 'the skip link is visible when focused');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await page.locator('main#main-content :focus').count(), 1, 'Tab continues inside <main>');
    await page.close();
  });

  it('makes the skip link the first focusable element with JavaScript on', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/demo/_ui?lang=ar`);
    await page.waitForSelector('.govuk-frontend-supported');
    const focusable =
      'a[href], button:not([hidden]), input:not([type="hidden"]), select, textarea, [tabindex="0"]';
    const first = await page.locator(focusable).first().getAttribute('class');
    assert.match(first ?? '', /govuk-skip-link/);
    await page.close();
  });

  it('moves focus to the error summary on load, whose links focus the fields', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/demo/_ui?lang=en`);
    await page.locator('.govuk-error-summary:focus').waitFor();
    await page.click('.govuk-error-summary__list a[href="#lastName"]');
    assert.equal(await page.locator(':focus').getAttribute('id'), 'lastName');
    await page.close();
  });

  it('sorts the table with links, without JavaScript', async () => {
    const page = await browser.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${base}/demo/_ui?lang=sv`);
    await page.click('th:has-text("Belopp") a');
    assert.match(page.url(), /sort=amount&dir=asc/);
    assert.equal(await page.getAttribute('th:has-text("Belopp")', 'aria-sort'), 'ascending');
    const amounts = await page.locator('tbody td.govuk-table__cell--numeric').allTextContents();
    const numbers = amounts.map((a) => Number(a.replace(/[^0-9]/g, '')));
    assert.deepEqual(
      numbers,
      [...numbers].sort((a, b) => a - b),
    );
    await page.click('th:has-text("Belopp") a');
    assert.equal(await page.getAttribute('th:has-text("Belopp")', 'aria-sort'), 'descending');
    await page.close();
  });

  it('reflows without horizontal scrolling at 320 CSS pixels (WCAG 1.4.10)', async () => {
    for (const lang of ['sv', 'ar'] as const) {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(`${base}/demo/_ui?lang=${lang}&logo=1`);
      const overflow = Number(
        await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
      );
      assert.ok(overflow <= 0, `${lang}: the page is ${overflow}px wider than the window`);
      await page.close();
    }
  });
});
