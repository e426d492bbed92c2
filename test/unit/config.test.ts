import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, DEFAULT_SECRET, loadConfig } from '../../src/config.ts';

const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
};

describe('configuration', () => {
  it('starts on embedded defaults with nothing set', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.publicUrl, 'http://127.0.0.1:3000');
    assert.equal(c.databaseUrl, undefined);
    assert.equal(c.dataDir, './data');
    assert.equal(c.devIdp, true);
    assert.equal(c.seedDemo, true);
  });

  it('names the variable that is wrong', () => {
    assert.match(problems({ PORT: 'eighty' }).join(), /PORT must be a whole number/);
    assert.match(problems({ DATABASE_URL: 'mysql://x' }).join(), /DATABASE_URL must be a URL/);
    assert.match(problems({ DEV_IDP: 'maybe' }).join(), /DEV_IDP must be true or false/);
    assert.match(problems({ LOG_LEVEL: 'loud' }).join(), /LOG_LEVEL must be one of/);
    assert.match(problems({ SESSION_SECRET: 'short' }).join(), /SESSION_SECRET must be at least 32/);
    assert.match(problems({ OIDC_ISSUER: 'https://idp.example' }).join(), /OIDC_CLIENT_ID is required/);
  });

  it('turns the development identity provider off by default in production', () => {
    assert.equal(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }).devIdp, false);
  });

  it('refuses production with the default secret, the development IdP or demo data', () => {
    const p = problems({ NODE_ENV: 'production' });
    assert.deepEqual(
      p.map((x) => x.split(' ')[0]),
      ['SESSION_SECRET'],
    );
    const withIdp = problems({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DEV_IDP: 'true' });
    assert.deepEqual(
      withIdp.map((x) => x.split(' ')[0]),
      ['DEV_IDP'],
    );
  });

  it('accepts a complete production configuration', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'a-real-secret-that-is-long-enough-123456',
      DATABASE_URL: 'postgres://u:p@db:5432/ingang',
      PUBLIC_URL: 'https://e.example.se/',
      OIDC_ISSUER: 'https://idp.example.se',
      OIDC_CLIENT_ID: 'ingang',
      OIDC_CLIENT_SECRET: 's',
    });
    assert.equal(c.devIdp, false);
    assert.equal(c.seedDemo, false);
    assert.equal(c.publicUrl, 'https://e.example.se');
    assert.notEqual(c.sessionSecret, DEFAULT_SECRET);
    assert.equal(c.residentOidc?.clientId, 'ingang');
  });
});
