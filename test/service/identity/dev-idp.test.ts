import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { luhnCheckDigit } from '../../../src/domain/identity-numbers/index.ts';
import { devIdentityProvider } from '../../../src/integrations/identity/dev-idp/plugin.ts';
import { createOidcResidentProvider } from '../../../src/integrations/identity/oidc.ts';
import { LOA3 } from '../../../src/integrations/identity/swedish-oidc.ts';
import {
  IdentityError,
  type ResidentIdentityProvider,
  type StartLoginResult,
} from '../../../src/integrations/identity/types.ts';
import { formAction, TestBrowser } from './browser.ts';

const CLIENT_ID = 'ingang-test';
const CLIENT_SECRET = 'a-client-secret-used-only-in-this-test';

let app: FastifyInstance;
let server: Server;
let base: string;
let callbackUrl: string;
let provider: ResidentIdentityProvider;

before(async () => {
  // The issuer must be the exact external URL, so take a port first and
  // build the app around the already listening server.
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  callbackUrl = `${base}/auth/callback`;
  app = Fastify({
    serverFactory: (handler) => {
      server.on('request', handler);
      return server;
    },
  });
  // Like the real app: a body parser at the root must not break /token.
  await app.register(formbody);
  await app.register(devIdentityProvider, {
    prefix: '/dev-idp',
    issuer: `${base}/dev-idp`,
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [callbackUrl] }],
    cookieKeys: ['cookie-key-for-the-development-idp-tests-0123456789'],
  });
  await app.ready();
  provider = createOidcResidentProvider({
    id: 'dev',
    displayName: 'Testlegitimering',
    issuer: `${base}/dev-idp`,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: callbackUrl,
    methods: ['bankid', 'bankid-qr', 'freja', 'svenska-pass'],
    allowInsecure: true,
  });
});

after(async () => {
  await app.close();
  // Fastify did not start this server, so it does not stop it either.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Starts a login and follows it to the first page the resident sees. */
async function start(
  browser: TestBrowser,
  input: Parameters<ResidentIdentityProvider['startLogin']>[0],
): Promise<{ login: StartLoginResult; html: string; url: string; status: number }> {
  const login = await provider.startLogin(input);
  const reached = await browser.follow(login.redirectUrl);
  assert.ok('page' in reached, 'expected a page, got the callback');
  return { login, html: await reached.page.text(), url: reached.url, status: reached.page.status };
}

/** Posts the person form and follows the redirects back to the callback. */
async function pickPerson(
  browser: TestBrowser,
  html: string,
  pageUrl: string,
  fields: Record<string, string>,
) {
  const action = formAction(html, 'post', /\/login$/, pageUrl);
  const res = await browser.post(action, fields);
  return { res, reached: res.status === 303 ? await browser.follow(res, action) : undefined };
}

function callbackOf(reached: Awaited<ReturnType<TestBrowser['follow']>> | undefined): URL {
  assert.ok(reached && 'callback' in reached, 'expected a redirect to the callback');
  return reached.callback;
}

function count(html: string, pattern: RegExp): number {
  return [...html.matchAll(pattern)].length;
}

describe('development identity provider with the OIDC resident provider', () => {
  test('logs Tolvan Tolvansson in with BankID when the method is hinted', async () => {
    const browser = new TestBrowser(callbackUrl);
    const { login, html, url, status } = await start(browser, {
      returnTo: '/mina-sidor',
      method: 'bankid',
      lang: 'en',
    });
    assert.equal(status, 200);
    assert.match(url, /\/dev-idp\/interaction\/[^/]+\/person\?/);
    assert.match(html, /<html lang="en"/);
    assert.match(html, /This is a test identity service/);
    assert.match(html, /Tolvan Tolvansson/);
    assert.doesNotMatch(html, /Amira Haddad/, 'Freja-only persons are not offered for BankID');

    const { reached } = await pickPerson(browser, html, url, {
      lang: 'en',
      method: 'bankid',
      person: '191212121212',
    });
    const identity = await provider.finishLogin(callbackOf(reached), login.pending);
    assert.deepEqual(identity, {
      personalNumber: '191212121212',
      givenName: 'Tolvan',
      familyName: 'Tolvansson',
      name: 'Tolvan Tolvansson',
      loginMethod: 'bankid',
      loa: LOA3,
      providerId: 'dev',
    });
    assert.equal(login.pending.returnTo, '/mina-sidor');
  });

  test('logs a person with a samordningsnummer in with Freja eID+ after choosing the method', async () => {
    const browser = new TestBrowser(callbackUrl);
    const { login, html, url } = await start(browser, { returnTo: '/' });
    assert.match(html, /<html lang="sv"/, 'Swedish by default');
    assert.match(html, /Hur vill du legitimera dig\?/);
    assert.equal(count(html, /<h1[ >]/g), 1);

    const choose = new URL(formAction(html, 'get', /\/choose$/, url));
    choose.search = new URLSearchParams({ lang: 'sv', method: 'freja' }).toString();
    const reached = await browser.follow(choose.href);
    assert.ok('page' in reached);
    const personHtml = await reached.page.text();
    assert.match(personHtml, /Amira Haddad/);
    assert.match(personHtml, /19900574-9826, samordningsnummer/);
    assert.doesNotMatch(personHtml, /Gunnar Ström/, 'BankID-only persons are not offered for Freja eID+');

    const done = await pickPerson(browser, personHtml, reached.url, {
      lang: 'sv',
      method: 'freja',
      person: '199005749826',
    });
    const identity = await provider.finishLogin(callbackOf(done.reached), login.pending);
    assert.equal(identity.personalNumber, '199005749826');
    assert.equal(identity.name, 'Amira Haddad');
    assert.equal(identity.loginMethod, 'freja');
    assert.equal(identity.loa, LOA3);
  });

  test('BankID on another device shows a pretend QR code before the person list', async () => {
    const browser = new TestBrowser(callbackUrl);
    const { login, html, url } = await start(browser, { returnTo: '/', method: 'bankid-qr', lang: 'sv' });
    assert.match(url, /\/qr\?/);
    assert.match(html, /Skanna QR-koden/);
    assert.match(html, /<svg class="dev-idp-qr"[^>]*aria-hidden="true"/);
    assert.doesNotMatch(html, /<script/);

    const next = new URL(formAction(html, 'get', /\/person$/, url));
    next.search = new URLSearchParams({ lang: 'sv', method: 'bankid-qr' }).toString();
    const reached = await browser.follow(next.href);
    assert.ok('page' in reached);
    const done = await pickPerson(browser, await reached.page.text(), reached.url, {
      lang: 'sv',
      method: 'bankid-qr',
      person: '197508309874',
    });
    const identity = await provider.finishLogin(callbackOf(done.reached), login.pending);
    assert.equal(identity.personalNumber, '197508309874');
    assert.equal(identity.loginMethod, 'bankid-qr');
  });

  test('a typed personnummer with a wrong check digit gives an error summary linked to the field', async () => {
    const browser = new TestBrowser(callbackUrl);
    const { login, html, url } = await start(browser, { returnTo: '/', method: 'svenska-pass', lang: 'en' });
    const { res } = await pickPerson(browser, html, url, {
      lang: 'en',
      method: 'svenska-pass',
      person: 'other',
      personalNumber: '19121212-1213',
    });
    assert.equal(res.status, 422);
    const errorHtml = await res.text();
    assert.match(errorHtml, /<title>Error: /);
    assert.match(errorHtml, /class="govuk-error-summary"/);
    assert.match(errorHtml, /<a href="#personalNumber">The personal identity number is not valid/);
    assert.match(errorHtml, /id="personalNumber-error"/);
    assert.match(errorHtml, /aria-describedby="personalNumber-hint personalNumber-error"/);
    assert.match(errorHtml, /value="19121212-1213"/, 'what was typed is kept');
    assert.equal(count(errorHtml, /<h1[ >]/g), 1);

    // Correcting it logs in someone who is not on the list.
    const own = `19800101998${luhnCheckDigit('800101998')}`;
    const done = await pickPerson(browser, errorHtml, url, {
      lang: 'en',
      method: 'svenska-pass',
      person: 'other',
      personalNumber: `${own.slice(0, 8)}-${own.slice(8)}`,
    });
    const identity = await provider.finishLogin(callbackOf(done.reached), login.pending);
    assert.equal(identity.personalNumber, own);
    assert.equal(identity.loginMethod, 'svenska-pass');
  });

  test('submitting without choosing a person asks for one', async () => {
    const browser = new TestBrowser(callbackUrl);
    const { html, url } = await start(browser, { returnTo: '/', method: 'freja', lang: 'sv' });
    const { res } = await pickPerson(browser, html, url, { lang: 'sv', method: 'freja' });
    assert.equal(res.status, 422);
    assert.match(await res.text(), /<a href="#person">Välj en testperson eller skriv ett personnummer<\/a>/);
  });

  test('choosing no method shows the method page again with an error', async () => {
    const browser = new TestBrowser(callbackUrl);
    const { html, url } = await start(browser, { returnTo: '/', lang: 'en' });
    const res = await browser.get(`${formAction(html, 'get', /\/choose$/, url)}?lang=en`);
    assert.equal(res.status, 400);
    assert.match(await res.text(), /<a href="#method">Choose how you want to identify yourself<\/a>/);
  });

  test('the resident can change the hinted method', async () => {
    const browser = new TestBrowser(callbackUrl);
    const { html, url } = await start(browser, { returnTo: '/', method: 'bankid', lang: 'en' });
    const link = /<a class="govuk-link" href="([^"]+\/methods\?lang=en)">Choose another way/.exec(html)?.[1];
    assert.ok(link, 'a link back to the methods');
    const res = await browser.get(new URL(link.replaceAll('&amp;', '&'), url).href);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /How do you want to identify yourself\?/);
  });

  test('cancelling returns access_denied to the client, which reports a cancelled login', async () => {
    const browser = new TestBrowser(callbackUrl);
    const { login, html, url } = await start(browser, { returnTo: '/', method: 'bankid', lang: 'sv' });
    const action = formAction(html, 'post', /\/cancel$/, url);
    const reached = await browser.follow(await browser.post(action, { lang: 'sv' }), action);
    const callback = callbackOf(reached);
    assert.equal(callback.searchParams.get('error'), 'access_denied');
    await assert.rejects(provider.finishLogin(callback, login.pending), (err: unknown) => {
      assert.ok(err instanceof IdentityError);
      assert.equal(err.code, 'cancelled');
      return true;
    });
  });

  test('a tampered state is rejected', async () => {
    const browser = new TestBrowser(callbackUrl);
    const { login, html, url } = await start(browser, { returnTo: '/', method: 'bankid', lang: 'sv' });
    const done = await pickPerson(browser, html, url, {
      lang: 'sv',
      method: 'bankid',
      person: '191212121212',
    });
    const callback = callbackOf(done.reached);
    callback.searchParams.set('state', 'forged-state');
    await assert.rejects(provider.finishLogin(callback, login.pending), (err: unknown) => {
      assert.ok(err instanceof IdentityError);
      assert.equal(err.code, 'rejected');
      return true;
    });
  });

  test('a second login in the same browser shows the picker again and may be someone else', async () => {
    const browser = new TestBrowser(callbackUrl);
    const first = await start(browser, { returnTo: '/', method: 'bankid', lang: 'sv' });
    const one = await pickPerson(browser, first.html, first.url, {
      lang: 'sv',
      method: 'bankid',
      person: '191212121212',
    });
    await provider.finishLogin(callbackOf(one.reached), first.login.pending);

    const second = await start(browser, { returnTo: '/', method: 'bankid', lang: 'sv' });
    assert.match(second.html, /Vem vill du logga in som\?/);
    const two = await pickPerson(browser, second.html, second.url, {
      lang: 'sv',
      method: 'bankid',
      person: '198403099842',
    });
    const identity = await provider.finishLogin(callbackOf(two.reached), second.login.pending);
    assert.equal(identity.name, 'Karin Lindqvist');
  });

  test('pages are labelled, keyboard-usable forms with no scripts or inline styles', async () => {
    const browser = new TestBrowser(callbackUrl);
    const method = await start(browser, { returnTo: '/', lang: 'en' });
    const person = await start(browser, { returnTo: '/', method: 'freja', lang: 'en' });
    for (const html of [method.html, person.html]) {
      assert.match(html, /^<!DOCTYPE html><html lang="en"/);
      assert.match(html, /<link rel="stylesheet" href="\/assets\/ingang.css">/);
      assert.match(html, /<a href="#main-content" class="govuk-skip-link">/);
      assert.match(html, /<legend[^>]*>/);
      assert.doesNotMatch(html, /<script|style=/);
      for (const m of html.matchAll(/<input class="govuk-(?:radios__input|input)[^"]*" id="([^"]+)"/g)) {
        assert.match(html, new RegExp(`<label [^>]*for="${m[1]}"`), `input ${m[1]} has a label`);
      }
    }
  });

  test('an unknown or expired interaction gets a clear page, not a stack trace', async () => {
    const res = await fetch(`${base}/dev-idp/interaction/no-such-interaction?lang=en`);
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /The login cannot continue/);
    assert.match(html, /Go back to the e-service and log in again/);
  });

  test('the discovery document advertises the Swedish claims, PKCE and LoA 3', async () => {
    const res = await fetch(`${base}/dev-idp/.well-known/openid-configuration`);
    assert.equal(res.status, 200);
    const doc = (await res.json()) as Record<string, unknown>;
    assert.equal(doc.issuer, `${base}/dev-idp`);
    assert.deepEqual(doc.acr_values_supported, [LOA3]);
    assert.deepEqual(doc.code_challenge_methods_supported, ['S256']);
    assert.ok((doc.claims_supported as string[]).includes('https://id.oidc.se/claim/personalIdentityNumber'));
    assert.ok((doc.scopes_supported as string[]).includes('https://id.oidc.se/scope/naturalPersonNumber'));
  });
});

describe('createOidcResidentProvider configuration', () => {
  test('refuses a plain-http issuer unless it is loopback and allowed', () => {
    const options = {
      id: 'x',
      displayName: 'X',
      clientId: 'c',
      clientSecret: 's',
      redirectUri: 'https://kommun.example/auth/callback',
      methods: ['bankid'] as const,
    };
    assert.throws(() => createOidcResidentProvider({ ...options, issuer: 'http://127.0.0.1:9/idp' }));
    assert.throws(() =>
      createOidcResidentProvider({ ...options, issuer: 'http://idp.example/', allowInsecure: true }),
    );
    assert.doesNotThrow(() =>
      createOidcResidentProvider({ ...options, issuer: 'http://127.0.0.1:9/idp', allowInsecure: true }),
    );
  });

  test('an unreachable provider is reported as unavailable', async () => {
    const unreachable = createOidcResidentProvider({
      id: 'down',
      displayName: 'Down',
      issuer: 'http://127.0.0.1:9/idp',
      clientId: 'c',
      clientSecret: 's',
      redirectUri: 'http://127.0.0.1:9/cb',
      methods: ['bankid'],
      allowInsecure: true,
    });
    await assert.rejects(unreachable.startLogin({ returnTo: '/' }), (err: unknown) => {
      assert.ok(err instanceof IdentityError);
      assert.equal(err.code, 'unavailable');
      return true;
    });
  });

  test('returnTo must stay on this site', async () => {
    await assert.rejects(provider.startLogin({ returnTo: '//evil.example/' }), IdentityError);
    await assert.rejects(provider.startLogin({ returnTo: 'https://evil.example/' }), IdentityError);
  });
});
