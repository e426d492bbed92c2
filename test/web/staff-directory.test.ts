import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import Provider, { type Configuration } from 'oidc-provider';
import { memoryAdapter } from '../../src/integrations/identity/dev-idp/memory-adapter.ts';
import { createSecretBox } from '../../src/services/auth/secret-box.ts';
import { TestBrowser } from '../service/identity/browser.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { csrfTokenIn, h1 } from '../support/http.ts';

/**
 * Staff login through a municipality's own directory, against the whole app
 * on a real port and a real OpenID provider (oidc-provider) standing in for
 * the municipality's Entra ID or Keycloak. Like Entra ID, it puts e-mail and
 * name in userinfo only, so the client has to read userinfo.
 */

const CLIENT_ID = 'ingang-staff';
const CLIENT_SECRET = 'directory-client-secret-9f8e7d6c5b4a';

/** The directory's people, by `sub`. */
const PEOPLE: Record<string, Record<string, unknown>> = {
  'u-anna': { email: 'Anna@Demo.Kommun.Example', email_verified: true, name: 'Anna Handläggare' },
  'u-erik': { email: 'erik@demo.kommun.example', email_verified: true, name: 'Erik Handläggare' },
  'u-okand': { email: 'okand@demo.kommun.example', email_verified: true, name: 'Okänd Person' },
  'u-greta': { email: 'greta@grannby.example', email_verified: true, name: 'Greta Grannby' },
  'u-ny': { email: 'ny.person@demo.kommun.example', email_verified: true, name: 'Nora Ny' },
  'u-ej-verifierad': { email: 'admin@demo.kommun.example', email_verified: false, name: 'Falsk Admin' },
};

let t: TestApp;
let directory: Server;
let issuer: string;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** A directory on its own loopback port: oidc-provider plus a one-field login page. */
async function startDirectory(redirectUri: string): Promise<void> {
  directory = createServer();
  await new Promise<void>((resolve) => directory.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(directory.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    findAccount: (_ctx, sub) => {
      const person = PEOPLE[sub];
      return person ? { accountId: sub, claims: () => ({ sub, ...person }) } : undefined;
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    adapter: memoryAdapter(),
    cookies: { keys: ['cookie-key-of-the-test-directory-0123456789'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' }] },
    pkce: { required: () => true },
    responseTypes: ['code'],
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
  };
  const provider = new Provider(issuer, configuration);
  const handle = provider.callback();
  directory.on('request', async (req, res) => {
    try {
      const m = /^\/interaction\/([^/?]+)(\/login)?/.exec(req.url ?? '');
      if (!m) return void (await handle(req, res));
      const details = await provider.interactionDetails(req, res);
      if (!m[2]) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(`<form method="post" action="/interaction/${details.uid}/login"><input name="sub"></form>`);
        return;
      }
      const accountId = new URLSearchParams(await readBody(req)).get('sub') ?? '';
      const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (err) {
      res.statusCode = 500;
      res.end(String(err));
    }
  });
}

async function municipalityId(slug: string): Promise<string> {
  const m = await t.services.municipalities.bySlug(slug);
  assert.ok(m, `municipality ${slug}`);
  return m.id;
}

async function configure(slug: string, extra: { autoProvision?: boolean } = {}) {
  const r = await t.services.staffDirectory.configure(
    await municipalityId(slug),
    { displayName: 'Kommunens katalog', issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, ...extra },
    'test',
  );
  assert.ok(r.ok, JSON.stringify(r));
  return r.settings;
}

interface Attempt {
  browser: TestBrowser;
  /** Where the directory sent the browser back to (not yet fetched). */
  callback: URL;
}

/** From the staff login page, through the directory's login as `sub`, to the callback URL. */
async function throughDirectory(sub: string, opts: { slug?: string; returnTo?: string; lang?: string } = {}) {
  const slug = opts.slug ?? 'demo';
  const browser = new TestBrowser(`${t.url}/auth/staff-callback`);
  if (opts.lang) await browser.get(`${t.url}/${slug}/handlaggare/logga-in?lang=${opts.lang}`);
  const page = await browser.get(`${t.url}/${slug}/handlaggare/logga-in`);
  const token = csrfTokenIn(await page.text());
  assert.ok(token, 'the login page has a CSRF token');
  const startUrl = `${t.url}/${slug}/handlaggare/logga-in/katalog`;
  const start = await browser.post(startUrl, { _csrf: token, returnTo: opts.returnTo ?? '' });
  assert.equal(start.status, 303);
  assert.ok(start.headers.get('location')?.startsWith(`${issuer}/auth?`), 'off to the directory');
  const loginPage = await browser.follow(start, startUrl);
  assert.ok('page' in loginPage, 'the directory shows its login page');
  assert.equal(loginPage.page.status, 200);
  const action = /action="([^"]+)"/.exec(await loginPage.page.text())?.[1];
  assert.ok(action);
  const loginUrl = new URL(action, loginPage.url).href;
  const back = await browser.follow(await browser.post(loginUrl, { sub }), loginUrl);
  assert.ok('callback' in back, 'the directory sends the browser back to the callback');
  return { browser, callback: back.callback } satisfies Attempt;
}

async function login(sub: string, opts: Parameters<typeof throughDirectory>[1] = {}) {
  const attempt = await throughDirectory(sub, opts);
  const res = await attempt.browser.get(attempt.callback.href);
  return { ...attempt, res, html: res.status === 303 ? '' : await res.text() };
}

async function hasStaffSession(browser: TestBrowser, slug = 'demo'): Promise<boolean> {
  const res = await browser.get(`${t.url}/${slug}/handlaggare`);
  return res.status === 200;
}

before(async () => {
  t = await startTestApp({ listen: true });
  await startDirectory(`${t.url}/auth/staff-callback`);
  await configure('demo');
});

after(async () => {
  await t.close();
  directory.closeAllConnections();
  await new Promise((resolve) => directory.close(resolve));
});

describe('directory settings', () => {
  it('keeps the client secret sealed with AES-256-GCM, never in plain text', async () => {
    const id = await municipalityId('demo');
    const row = await t.services.db
      .selectFrom('staff_directory')
      .selectAll()
      .where('municipality_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.match(row.client_secret_sealed, /^v1\.[A-Za-z0-9_-]+$/);
    assert.ok(!row.client_secret_sealed.includes(CLIENT_SECRET));
    assert.ok(
      !Buffer.from(row.client_secret_sealed.slice(3), 'base64url').toString('latin1').includes(CLIENT_SECRET),
    );
    const box = createSecretBox(t.config.sessionSecret, 'staff-directory-client-secret');
    assert.equal(box.open(row.client_secret_sealed, id), CLIENT_SECRET);
    assert.throws(
      () => box.open(row.client_secret_sealed, 'another-municipality'),
      'bound to its municipality',
    );
    const other = createSecretBox(
      'another-session-secret-of-32-characters!',
      'staff-directory-client-secret',
    );
    assert.throws(() => other.open(row.client_secret_sealed, id), 'needs the key from SESSION_SECRET');

    const audit = await t.services.db
      .selectFrom('audit_event')
      .select('details')
      .where('municipality_id', '=', id)
      .execute();
    assert.ok(audit.length > 0);
    assert.ok(!JSON.stringify(audit).includes(CLIENT_SECRET), 'the audit log does not have it either');

    const settings = await t.services.staffDirectory.settings(id);
    assert.deepEqual(
      { ...settings, updatedAt: undefined },
      {
        municipalityId: id,
        displayName: 'Kommunens katalog',
        issuer,
        clientId: CLIENT_ID,
        matchClaim: 'email',
        autoProvision: false,
        provisionRoles: ['officer'],
        updatedAt: undefined,
      },
    );
    assert.ok(!JSON.stringify(settings).includes(CLIENT_SECRET));
  });

  it('refuses bad settings with a problem per field', async () => {
    const id = await t.services.municipalities.create({ slug: 'tomby', name: 'Tomby kommun' });
    const r = await t.services.staffDirectory.configure(
      id.id,
      {
        displayName: ' ',
        issuer: 'http://login.example.com/tenant',
        clientId: 'x',
        matchClaim: 'upn' as 'email',
        provisionRoles: ['admin'],
      },
      'test',
    );
    assert.equal(r.ok, false);
    assert.deepEqual(!r.ok && r.problems.map((p) => `${p.field}:${p.code}`).sort(), [
      'clientSecret:required',
      'displayName:required',
      'issuer:insecure',
      'matchClaim:invalid',
      'provisionRoles:notAllowed',
    ]);
    assert.equal(await t.services.staffDirectory.settings(id.id), undefined);
  });

  it('an update without a secret keeps the stored one', async () => {
    const id = await municipalityId('demo');
    const before = await t.services.db
      .selectFrom('staff_directory')
      .select('client_secret_sealed')
      .executeTakeFirstOrThrow();
    const r = await t.services.staffDirectory.configure(
      id,
      { displayName: 'Kommunens katalog', issuer, clientId: CLIENT_ID },
      'test',
    );
    assert.ok(r.ok);
    const row = await t.services.db
      .selectFrom('staff_directory')
      .select('client_secret_sealed')
      .where('municipality_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.client_secret_sealed, before.client_secret_sealed);
  });
});

describe('login page', () => {
  it('offers "Logga in med" the directory above the password form', async () => {
    const res = await t.app.inject('/demo/handlaggare/logga-in?returnTo=%2Fdemo%2Fhandlaggare%2Fx');
    assert.equal(res.statusCode, 200);
    const button = res.body.indexOf('Logga in med Kommunens katalog');
    assert.ok(button > 0);
    assert.ok(button < res.body.indexOf('name="password"'), 'above the local login form');
    assert.match(res.body, /<form method="post" action="\/demo\/handlaggare\/logga-in\/katalog"/);
    assert.match(res.body, /name="returnTo" value="\/demo\/handlaggare\/x"/);
    assert.match(res.body, /Eller logga in med användarnamn och lösenord/);
  });

  it('shows no directory button where none is configured', async () => {
    await t.services.municipalities.create({ slug: 'utanby', name: 'Utanby kommun' });
    const res = await t.app.inject('/utanby/handlaggare/logga-in');
    assert.equal(res.statusCode, 200);
    assert.doesNotMatch(res.body, /Logga in med|logga-in\/katalog/);
    const start = await t.app.inject('/utanby/handlaggare/logga-in/katalog');
    assert.equal(start.statusCode, 404);
    assert.match(start.body, /Inloggning via katalog är inte inställd för Utanby kommun/);
  });

  it('the start form needs the CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/demo/handlaggare/logga-in/katalog',
      payload: 'returnTo=%2F',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.statusCode, 403);
  });
});

describe('login through the directory', () => {
  it('logs a known officer in by e-mail, ignoring case, and shows their name', async () => {
    const eventsBefore = await t.services.db
      .selectFrom('login_event')
      .select(({ fn }) => fn.countAll<string>().as('n'))
      .where('method', '=', 'oidc')
      .where('success', '=', true)
      .executeTakeFirstOrThrow();
    const { browser, res } = await login('u-anna');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/demo/handlaggare');
    const home = await browser.get(`${t.url}/demo/handlaggare`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /Välkommen, Anna Handläggare/);

    const session = await t.services.db
      .selectFrom('session')
      .select(['kind', 'login_method', 'staff_user_id'])
      .where('kind', '=', 'staff')
      .where('login_method', '=', 'oidc')
      .execute();
    assert.equal(session.length, 1);
    const anna = await t.services.db
      .selectFrom('staff_user')
      .select(['id', 'oidc_subject'])
      .where('username', '=', 'anna')
      .executeTakeFirstOrThrow();
    assert.equal(session[0]?.staff_user_id, anna.id);
    assert.equal(anna.oidc_subject, `${issuer} u-anna`, 'linked to the directory account');
    const eventsAfter = await t.services.db
      .selectFrom('login_event')
      .select(({ fn }) => fn.countAll<string>().as('n'))
      .where('method', '=', 'oidc')
      .where('success', '=', true)
      .executeTakeFirstOrThrow();
    assert.equal(Number(eventsAfter.n), Number(eventsBefore.n) + 1);
  });

  it('once linked, the directory account logs in even after the e-mail changes', async () => {
    await t.services.db
      .updateTable('staff_user')
      .set({ email: 'anna.ny@demo.kommun.example' })
      .where('username', '=', 'anna')
      .execute();
    const { browser, res } = await login('u-anna');
    assert.equal(res.status, 303);
    assert.match(await (await browser.get(`${t.url}/demo/handlaggare`)).text(), /Anna Handläggare/);
  });

  it('goes back to the page asked for, but never to another site', async () => {
    const local = await login('u-anna', { returnTo: '/demo/handlaggare?flik=2' });
    assert.equal(local.res.headers.get('location'), '/demo/handlaggare?flik=2');
    const evil = await login('u-anna', { returnTo: 'https://evil.example/' });
    assert.equal(evil.res.headers.get('location'), '/demo/handlaggare');
    const sneaky = await login('u-anna', { returnTo: '//evil.example/' });
    assert.equal(sneaky.res.headers.get('location'), '/demo/handlaggare');
  });

  it('refuses an unknown e-mail with an error page and no staff session', async () => {
    const failuresBefore = await t.services.db
      .selectFrom('login_event')
      .select(({ fn }) => fn.countAll<string>().as('n'))
      .where('method', '=', 'oidc')
      .where('success', '=', false)
      .executeTakeFirstOrThrow();
    const { browser, res, html } = await login('u-okand');
    assert.equal(res.status, 403);
    assert.equal(h1(html), 'Du har inget konto här');
    assert.match(html, /Du loggade in som okand@demo\.kommun\.example\./);
    assert.match(html, /ingen handläggare i Demo kommun/);
    assert.match(html, /href="\/demo\/handlaggare\/logga-in\?returnTo=%2Fdemo%2Fhandlaggare"/);
    assert.equal(await hasStaffSession(browser), false);
    const failuresAfter = await t.services.db
      .selectFrom('login_event')
      .select(({ fn }) => fn.countAll<string>().as('n'))
      .where('method', '=', 'oidc')
      .where('success', '=', false)
      .executeTakeFirstOrThrow();
    assert.equal(Number(failuresAfter.n), Number(failuresBefore.n) + 1);
    const created = await t.services.db
      .selectFrom('staff_user')
      .select('id')
      .where('email', '=', 'okand@demo.kommun.example')
      .execute();
    assert.equal(created.length, 0, 'no account is created when auto-provisioning is off');
  });

  it('says the same in English', async () => {
    const { html, res } = await login('u-okand', { lang: 'en' });
    assert.equal(res.status, 403);
    assert.match(html, /<html lang="en"/);
    assert.equal(h1(html), 'You have no account here');
    assert.match(html, /Ask an administrator in Demo kommun/);
  });

  it('refuses an e-mail the directory has not verified', async () => {
    const { browser, res, html } = await login('u-ej-verifierad');
    assert.equal(res.status, 403);
    assert.match(html, /Kommunens katalog skickade inte de uppgifter/);
    assert.equal(await hasStaffSession(browser), false);
  });

  it('refuses a deactivated officer', async () => {
    await t.services.db
      .updateTable('staff_user')
      .set({ active: false })
      .where('username', '=', 'erik')
      .execute();
    const { browser, res, html } = await login('u-erik');
    assert.equal(res.status, 403);
    assert.equal(h1(html), 'Ditt konto är avstängt');
    assert.equal(await hasStaffSession(browser), false);
  });

  it('a tampered state is refused, and the genuine answer cannot be used afterwards', async () => {
    const { browser, callback } = await throughDirectory('u-anna');
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged-state');
    const res = await browser.get(forged.href);
    assert.equal(res.status, 400);
    assert.equal(h1(await res.text()), 'Inloggningen gick inte');
    assert.equal(await hasStaffSession(browser), false);
    const replay = await browser.get(callback.href);
    assert.equal(replay.status, 400, 'one attempt per start');
    assert.equal(await hasStaffSession(browser), false);
  });

  it('a callback without a login under way is refused', async () => {
    const res = await fetch(`${t.url}/auth/staff-callback?code=abc&state=def`, { redirect: 'manual' });
    assert.equal(res.status, 400);
    assert.equal(h1(await res.text()), 'Inloggningen gick inte');
  });
});

describe('municipalities are kept apart', () => {
  before(async () => {
    const grannby = await t.services.municipalities.create({ slug: 'grannby', name: 'Grannby kommun' });
    await t.services.staffUsers.create({
      municipalityId: grannby.id,
      username: 'greta',
      name: 'Greta Grannby',
      email: 'greta@grannby.example',
      roles: ['officer'],
    });
    await configure('grannby');
  });

  it('an officer of another municipality is never matched', async () => {
    const { browser, res, html } = await login('u-greta', { slug: 'demo' });
    assert.equal(res.status, 403);
    assert.equal(h1(html), 'Du har inget konto här');
    assert.equal(await hasStaffSession(browser, 'demo'), false);
    assert.equal(await hasStaffSession(browser, 'grannby'), false);
  });

  it('the same directory account logs in only where it has an account', async () => {
    const greta = await login('u-greta', { slug: 'grannby' });
    assert.equal(greta.res.status, 303);
    assert.equal(greta.res.headers.get('location'), '/grannby/handlaggare');
    assert.match(await (await greta.browser.get(`${t.url}/grannby/handlaggare`)).text(), /Greta Grannby/);
    assert.equal(await hasStaffSession(greta.browser, 'demo'), false);

    const anna = await login('u-anna', { slug: 'grannby' });
    assert.equal(anna.res.status, 403, 'Anna is linked in Demo kommun, not in Grannby');
  });
});

describe('auto-provisioning', () => {
  it('creates an officer account for an unknown person when the municipality allows it', async () => {
    await configure('demo', { autoProvision: true });
    const { browser, res } = await login('u-ny');
    assert.equal(res.status, 303);
    assert.match(await (await browser.get(`${t.url}/demo/handlaggare`)).text(), /Välkommen, Nora Ny/);
    const user = await t.services.db
      .selectFrom('staff_user')
      .select(['username', 'email', 'roles', 'oidc_subject', 'password_hash'])
      .where('municipality_id', '=', await municipalityId('demo'))
      .where('username', '=', 'ny.person@demo.kommun.example')
      .executeTakeFirstOrThrow();
    assert.deepEqual(user, {
      username: 'ny.person@demo.kommun.example',
      email: 'ny.person@demo.kommun.example',
      roles: ['officer'],
      oidc_subject: `${issuer} u-ny`,
      password_hash: null,
    });
    // Auto-provisioning never reopens a deactivated account.
    const erik = await login('u-erik');
    assert.equal(erik.res.status, 403);
  });
});
