import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentTitle, Page } from '../../../../src/web/ui/layout.tsx';
import { testContext } from './context.ts';
import { find, findAll, tags, text, textOf } from './html.ts';

describe('Page layout', () => {
  it('is a whole document with the language and direction of the page', () => {
    const html = String(<Page ctx={testContext()} title="Ansökan" />);
    assert.ok(html.startsWith('<!doctype html><html lang="sv" dir="ltr"'));
    const ar = find(<Page ctx={testContext({ lang: 'ar' })} title="طلب" />, 'html');
    assert.equal(ar.attrs.lang, 'ar');
    assert.equal(ar.attrs.dir, 'rtl');
  });

  it('titles the page "title – municipality", with "Fel: " when there are errors', () => {
    const ctx = testContext();
    assert.equal(documentTitle(ctx, 'Kontaktuppgifter', false), 'Kontaktuppgifter – Exempelkommun');
    const html = (
      <Page ctx={ctx} title="Kontaktuppgifter" errors={[{ field: 'email', message: 'Skriv e-post' }]} />
    );
    assert.match(String(html), /<title>Fel: Kontaktuppgifter – Exempelkommun<\/title>/);
    assert.equal(
      documentTitle(testContext({ lang: 'en', municipality: null }), 'Start', true),
      'Error: Start – Ingång',
    );
  });

  it('renders the error summary first in <main>, linking to the fields', () => {
    const html = String(
      <Page
        ctx={testContext()}
        title="T"
        errors={[{ field: 'contact.email', message: 'Skriv e-post' }]}
        backLink="/demo/"
      >
        <h1>T</h1>
      </Page>,
    );
    const main = html.indexOf('<main');
    assert.ok(html.indexOf('govuk-back-link') > main);
    assert.ok(html.indexOf('govuk-error-summary') > html.indexOf('govuk-back-link'));
    assert.ok(html.indexOf('<h1>') > html.indexOf('govuk-error-summary'));
    assert.equal(find(html, 'a', { href: '#contact-email' }).name, 'a');
  });

  it('links the stylesheets and the module script, and has nothing inline', () => {
    const html = String(<Page ctx={testContext()} title="T" />);
    assert.deepEqual(
      findAll(html, 'link', { rel: 'stylesheet' }).map((l) => l.attrs.href),
      ['/assets/ingang.css', '/demo/theme.css'],
    );
    assert.equal(find(html, 'script').attrs.src, '/assets/init.js');
    assert.equal(find(html, 'script').attrs.type, 'module');
    assert.doesNotMatch(html, /<script>|<script [^>]*>[^<]/);
    assert.doesNotMatch(html, /<style|\sstyle="/);
    const noTheme = <Page ctx={testContext({ municipality: null })} title="T" />;
    assert.equal(findAll(noTheme, 'link', { rel: 'stylesheet' }).length, 1);
  });

  it('starts the body with the skip link to <main id="main-content">', () => {
    const html = <Page ctx={testContext()} title="T" />;
    const all = tags(html);
    const body = all.findIndex((t) => t.name === 'body');
    assert.equal(all[body + 1]?.attrs.class, 'govuk-skip-link');
    assert.equal(all[body + 1]?.attrs.href, '#main-content');
    assert.equal(find(html, 'main').attrs.id, 'main-content');
  });

  it('shows the municipality logo with alt text, linking to its start page', () => {
    const ctx = testContext();
    const withLogo = (
      <Page
        ctx={{
          ...ctx,
          municipality: {
            ...(ctx.municipality as NonNullable<typeof ctx.municipality>),
            logoUrl: '/logo.svg',
          },
        }}
        title="T"
      />
    );
    const img = find(withLogo, 'img');
    assert.equal(img.attrs.alt, 'Exempelkommun – startsida');
    assert.equal(find(withLogo, 'a', { class: 'ingang-header__home' }).attrs.href, '/demo/');
    assert.match(text(<Page ctx={ctx} title="T" />), /Exempelkommun – Startsida/);
  });

  it('offers each language in itself, marking the current one', () => {
    const html = <Page ctx={testContext({ currentUrl: '/demo/ansokan?steg=2&lang=sv' })} title="T" />;
    const links = findAll(html, 'a', { hreflang: true });
    assert.deepEqual(
      links.map((a) => [a.attrs.lang, a.attrs.hreflang, a.attrs.href, a.attrs['aria-current']]),
      [
        ['sv', 'sv', '/demo/ansokan?steg=2&lang=sv', 'true'],
        ['en', 'en', '/demo/ansokan?steg=2&lang=en', undefined],
        ['ar', 'ar', '/demo/ansokan?steg=2&lang=ar', undefined],
      ],
    );
    assert.match(String(html), />العربية<\/a>/);
    assert.equal(find(html, 'a', { hreflang: 'ar' }).attrs.dir, 'rtl');
  });

  it('offers a login link to a visitor and a logout form with the CSRF token to a user', () => {
    const visitor = <Page ctx={testContext()} title="T" />;
    assert.equal(find(visitor, 'a', { href: '/demo/logga-in' }).name, 'a');
    const user = <Page ctx={testContext({ user: { name: 'Anna <A>', kind: 'resident' } })} title="T" />;
    const form = find(user, 'form', { action: '/demo/logga-ut' });
    assert.equal(form.attrs.method, 'post');
    assert.equal(find(user, 'input', { name: '_csrf' }).attrs.value, 'csrf-token-1');
    assert.match(String(user), /Inloggad som Anna &lt;A&gt;/);
  });

  it('gives residents E-tjänster and Mina sidor, marking where they are', () => {
    const html = <Page ctx={testContext({ currentUrl: '/demo/mina-sidor/arenden/1' })} title="T" />;
    const nav = find(html, 'nav', { 'aria-label': 'Huvudmeny' });
    assert.equal(nav.name, 'nav');
    const navLink = { class: 'govuk-service-navigation__link' };
    assert.equal(find(html, 'a', { ...navLink, href: '/demo/' }).attrs['aria-current'], undefined);
    assert.equal(find(html, 'a', { ...navLink, href: '/demo/mina-sidor' }).attrs['aria-current'], 'true');
    const start = <Page ctx={testContext({ currentUrl: '/demo/' })} title="T" />;
    assert.equal(find(start, 'a', { ...navLink, href: '/demo/' }).attrs['aria-current'], 'page');
  });

  it('shows staff only the menu the caller passes in', () => {
    const ctx = testContext({ area: 'staff', currentUrl: '/demo/handlaggare/arenden?sort=x' });
    const html = (
      <Page
        ctx={ctx}
        title="Ärenden"
        navItems={[
          { text: 'Ärenden', href: '/demo/handlaggare/arenden' },
          { text: 'Statistik', href: '/demo/handlaggare/statistik' },
        ]}
      />
    );
    assert.deepEqual(
      findAll(html, 'a', { class: 'govuk-service-navigation__link' }).map((a) => [
        a.attrs.href,
        a.attrs['aria-current'],
      ]),
      [
        ['/demo/handlaggare/arenden', 'page'],
        ['/demo/handlaggare/statistik', undefined],
      ],
    );
  });

  it('says so on every page of a test environment', () => {
    assert.match(
      text(<Page ctx={testContext({ testEnvironment: true })} title="T" />),
      /Testmiljö – inga riktiga ärenden/,
    );
    assert.doesNotMatch(text(<Page ctx={testContext()} title="T" />), /Testmiljö/);
  });

  it('has the footer links and the contact details of the municipality', () => {
    const html = <Page ctx={testContext()} title="T" />;
    assert.equal(find(html, 'a', { href: '/demo/tillganglighet' }).name, 'a');
    assert.equal(find(html, 'a', { href: '/demo/personuppgifter' }).name, 'a');
    assert.equal(find(html, 'a', { href: 'mailto:kontakt@exempel.se' }).name, 'a');
    assert.equal(find(html, 'a', { href: 'tel:0123456789' }).name, 'a');
    assert.match(text(html), /Drivs med Ingång/);
    assert.match(text(html), /Kontakta Exempelkommun/);
  });

  it('has exactly one banner, navigation landmarks with names, one main and one contentinfo', () => {
    const html = <Page ctx={testContext()} title="T" />;
    assert.equal(findAll(html, 'header').length, 1);
    assert.equal(findAll(html, 'main').length, 1);
    assert.equal(findAll(html, 'footer').length, 1);
    for (const nav of findAll(html, 'nav')) assert.ok(nav.attrs['aria-label'], 'every nav is named');
    assert.equal(textOf(html, 'main-content'), '');
  });
});
