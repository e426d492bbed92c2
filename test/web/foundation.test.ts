import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { base32Encode, totp } from '../../src/domain/auth/totp.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testDatabaseKind } from '../support/db.ts';
import { h1, TestClient } from '../support/http.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp({ env: { LOGIN_MAX_ATTEMPTS: '5' } });
});
after(() => t.close());

async function loginAsAnna(client: TestClient, slug = 'demo') {
  await client.get(`/${slug}/handlaggare/logga-in`);
  return client.post(`/${slug}/handlaggare/logga-in`, {
    username: 'anna',
    password: 'demo-handlaggare-2026',
  });
}

describe('health', () => {
  it('reports the database in use', async () => {
    const res = await t.app.inject('/healthz');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok', database: testDatabaseKind() });
    const ready = await t.app.inject('/readyz');
    assert.equal(ready.statusCode, 200);
    assert.equal(ready.json().database, testDatabaseKind());
  });
});

describe('pages and headers', () => {
  it('sends a CSP without inline script and the usual security headers', async () => {
    const res = await t.app.inject('/demo/');
    assert.equal(res.statusCode, 200);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.doesNotMatch(res.body, /<script>(?!<\/script>)|<script(?![^>]*src=)[^>]*>[^<]/);
    assert.doesNotMatch(res.body, / style="/);
  });

  it('a single municipality: the platform start page goes to it', async () => {
    const res = await t.app.inject('/');
    assert.equal(res.statusCode, 302);
    assert.equal(res.headers.location, '/demo/');
  });

  it('an unknown municipality or page is a 404 page in the chosen language', async () => {
    const sv = await t.app.inject('/nowhere/');
    assert.equal(sv.statusCode, 404);
    assert.equal(h1(sv.body), 'Sidan finns inte');
    const en = await t.app.inject({ url: '/demo/no-such-page', headers: { cookie: 'ingang_lang=en' } });
    assert.equal(en.statusCode, 404);
    assert.equal(h1(en.body), 'Page not found');
    assert.match(en.body, /<html lang="en" dir="ltr"/);
  });

  it('switches language with ?lang=, remembers it and renders Arabic right-to-left', async () => {
    const c = new TestClient(t.app);
    const sw = await c.get('/demo/tillganglighet?lang=en');
    assert.equal(sw.statusCode, 303);
    assert.equal(sw.headers.location, '/demo/tillganglighet');
    const en = await c.get('/demo/tillganglighet');
    assert.match(en.body, /<html lang="en" dir="ltr"/);
    assert.equal(h1(en.body), 'Accessibility statement');
    await c.get('/demo/?lang=ar');
    const ar = await c.get('/demo/');
    assert.match(ar.body, /<html lang="ar" dir="rtl"/);
    await c.get('/demo/?lang=sv');
    assert.match((await c.get('/demo/')).body, /<html lang="sv" dir="ltr"/);
  });

  it('serves the municipality theme with its colour', async () => {
    const res = await t.app.inject('/demo/theme.css');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/css/);
    assert.match(res.body, /--/);
  });
});

describe('staff login', () => {
  it('logs an officer in with a new session id and shows their name', async () => {
    const c = new TestClient(t.app);
    await c.get('/demo/handlaggare/logga-in');
    // An anonymous session exists before login (e.g. from a draft)…
    const before = await t.services.sessions.startAnonymous();
    c.cookies.set('ingang_session', t.app.signCookie(before));
    const res = await c.post('/demo/handlaggare/logga-in', {
      username: 'Anna',
      password: 'demo-handlaggare-2026',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/demo/handlaggare');
    // …and login replaces it: the old token no longer works.
    assert.notEqual(c.cookies.get('ingang_session'), t.app.signCookie(before));
    assert.equal(await t.services.sessions.load(before), null);
    const home = await c.get('/demo/handlaggare');
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /Välkommen, Anna Handläggare/);
    assert.match(home.body, /Skolmat/);
    const cookie = res.cookies.find((x) => x.name === 'ingang_session') as {
      httpOnly?: boolean;
      sameSite?: string;
    };
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
  });

  it('a wrong password gives a clear error and keeps the user name', async () => {
    const c = new TestClient(t.app);
    await c.get('/demo/handlaggare/logga-in');
    const res = await c.post('/demo/handlaggare/logga-in', { username: 'erik', password: 'wrong' });
    assert.equal(res.statusCode, 401);
    assert.match(res.body, /govuk-error-summary/);
    assert.match(res.body, /Användarnamnet eller lösenordet är fel/);
    assert.match(res.body, /value="erik"/);
    assert.match(res.body, /<title>Fel: /);
    const empty = await c.post('/demo/handlaggare/logga-in', { username: '', password: '' });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /Ange ditt användarnamn/);
    assert.match(empty.body, /Ange ditt lösenord/);
  });

  it('throttles repeated attempts', async () => {
    const c = new TestClient(t.app);
    await c.get('/demo/handlaggare/logga-in');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await c.post('/demo/handlaggare/logga-in', { username: 'admin', password: `guess${i}` })).statusCode,
      );
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
    assert.equal(h1(c.lastHtml), 'För många försök');
    // Even the right password is refused while throttled.
    await c.get('/demo/handlaggare/logga-in');
    const right = await c.post('/demo/handlaggare/logga-in', {
      username: 'admin',
      password: 'demo-admin-2026',
    });
    assert.equal(right.statusCode, 429);
  });

  it('a post without a CSRF token gets a 403 page in the user’s language and changes nothing', async () => {
    const c = new TestClient(t.app);
    c.cookies.set('ingang_lang', 'en');
    await c.get('/demo/handlaggare/logga-in');
    const res = await c.post(
      '/demo/handlaggare/logga-in',
      { username: 'anna', password: 'demo-handlaggare-2026' },
      { csrf: false },
    );
    assert.equal(res.statusCode, 403);
    assert.equal(h1(res.body), 'The form could not be sent');
    assert.equal(c.cookies.has('ingang_session'), false);
    const forged = await c.post('/demo/logga-ut', { _csrf: 'forged-token' }, { csrf: false });
    assert.equal(forged.statusCode, 403);
  });

  it('a tampered session cookie logs the user out', async () => {
    const c = new TestClient(t.app);
    await loginAsAnna(c);
    const good = c.cookies.get('ingang_session') as string;
    c.cookies.set('ingang_session', `${good.slice(0, -3)}abc`);
    const res = await c.get('/demo/handlaggare');
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /\/demo\/handlaggare\/logga-in/);
    assert.equal(c.cookies.has('ingang_session'), false);
  });

  it('an idle session expires', async () => {
    const c = new TestClient(t.app);
    await loginAsAnna(c);
    assert.equal((await c.get('/demo/handlaggare')).statusCode, 200);
    await t.services.db
      .updateTable('session')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('kind', '=', 'staff')
      .execute();
    assert.equal((await c.get('/demo/handlaggare')).statusCode, 303);
  });

  it('logout ends the session', async () => {
    const c = new TestClient(t.app);
    await loginAsAnna(c);
    const home = await c.get('/demo/handlaggare');
    assert.match(home.body, /Logga ut/);
    const out = await c.post('/demo/logga-ut', {});
    assert.equal(out.statusCode, 303);
    assert.equal(c.cookies.has('ingang_session'), false);
    assert.equal((await c.get('/demo/handlaggare')).statusCode, 303);
  });

  it('asks for a one-time code when the account has TOTP', async () => {
    const m = await t.services.municipalities.bySlug('demo');
    assert.ok(m);
    const secret = base32Encode(Buffer.from('12345678901234567890'));
    await t.services.staffUsers.create({
      municipalityId: m.id,
      username: 'totpuser',
      name: 'Tora Totp',
      password: 'a-long-password-1',
      totpSecret: secret,
      roles: ['officer'],
    });
    const c = new TestClient(t.app);
    await c.get('/demo/handlaggare/logga-in');
    const step1 = await c.post('/demo/handlaggare/logga-in', {
      username: 'totpuser',
      password: 'a-long-password-1',
    });
    assert.equal(step1.statusCode, 200);
    assert.match(step1.body, /Engångskod/);
    const wrong = await c.post('/demo/handlaggare/logga-in/kod', { totp: '000000' });
    assert.equal(wrong.statusCode, 401);
    assert.match(wrong.body, /Engångskoden är fel/);
    const ok = await c.post('/demo/handlaggare/logga-in/kod', { totp: totp(secret, Date.now()) });
    assert.equal(ok.statusCode, 303);
    assert.match((await c.get('/demo/handlaggare')).body, /Tora Totp/);
  });
});

describe('municipalities are kept apart', () => {
  it('a session and accounts of one municipality mean nothing in another', async () => {
    const other = await t.services.municipalities.create({ slug: 'grannby', name: 'Grannby kommun' });
    await t.services.staffUsers.create({
      municipalityId: other.id,
      username: 'anna',
      name: 'Anna i Grannby',
      password: 'grannby-password-1',
      roles: ['admin'],
    });
    const c = new TestClient(t.app);
    await loginAsAnna(c, 'demo');
    assert.equal((await c.get('/demo/handlaggare')).statusCode, 200);
    const there = await c.get('/grannby/handlaggare');
    assert.equal(there.statusCode, 303);
    assert.match(String(there.headers.location), /^\/grannby\/handlaggare\/logga-in/);
    // Demo's password does not open Grannby's account of the same name.
    const c2 = new TestClient(t.app);
    const res = await loginAsAnna(c2, 'grannby');
    assert.equal(res.statusCode, 401);
    assert.match((await c.get('/')).body, /Grannby kommun/);
  });

  it('a municipality on its own host name is served at the root', async () => {
    await t.services.db
      .updateTable('municipality')
      .set({ host_name: 'etjanster.grannby.example' })
      .where('slug', '=', 'grannby')
      .execute();
    await t.services.municipalities.reload();
    const res = await t.app.inject({
      url: '/tillganglighet',
      headers: { host: 'etjanster.grannby.example' },
    });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Grannby kommun/);
    assert.match(res.body, /href="\/theme.css"/);
  });
});
