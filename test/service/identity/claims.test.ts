import assert from 'node:assert/strict';
import { test } from 'node:test';
import { identityFromClaims, loginMethodFrom } from '../../../src/integrations/identity/oidc.ts';
import { CLAIM, LOA3 } from '../../../src/integrations/identity/swedish-oidc.ts';
import { IdentityError } from '../../../src/integrations/identity/types.ts';

test('reads the login method from authnProvider and amr values', () => {
  assert.equal(loginMethodFrom(['urn:ingang:dev-idp:authn:bankid']), 'bankid');
  assert.equal(loginMethodFrom(['urn:ingang:dev-idp:authn:bankid-qr']), 'bankid-qr');
  assert.equal(loginMethodFrom(['http://bankid.com/other-device']), 'bankid-qr');
  assert.equal(loginMethodFrom(['https://frejaeid.com/oidc']), 'freja');
  assert.equal(loginMethodFrom(['urn:x:svenska-pass']), 'svenska-pass');
  assert.equal(loginMethodFrom(['mfa', 'freja']), 'freja');
  assert.equal(loginMethodFrom(['https://idp.example/eidas']), 'other');
  assert.equal(
    loginMethodFrom(['https://idp.example/m1'], { 'https://idp.example/m1': 'svenska-pass' }),
    'svenska-pass',
  );
});

test('maps Swedish OIDC claims to a resident identity', () => {
  const identity = identityFromClaims(
    {
      [CLAIM.personalIdentityNumber]: '191212121212',
      given_name: 'Tolvan',
      family_name: 'Tolvansson',
      acr: LOA3,
      [CLAIM.authnProvider]: 'urn:ingang:dev-idp:authn:svenska-pass',
    },
    'oidc',
  );
  assert.deepEqual(identity, {
    personalNumber: '191212121212',
    givenName: 'Tolvan',
    familyName: 'Tolvansson',
    name: 'Tolvan Tolvansson',
    loginMethod: 'svenska-pass',
    loa: LOA3,
    providerId: 'oidc',
  });
});

test('takes a samordningsnummer from the coordinationNumber claim', () => {
  const identity = identityFromClaims(
    { [CLAIM.coordinationNumber]: '199005749826', name: 'Amira Haddad' },
    'oidc',
  );
  assert.equal(identity.personalNumber, '199005749826');
  assert.equal(identity.loginMethod, 'other');
  assert.equal(identity.loa, null);
});

test('rejects identities without a valid 12-digit personal number', () => {
  for (const number of [undefined, '', '19121212-1212', '1212121212', '191212121213', '191213121212']) {
    assert.throws(
      () => identityFromClaims({ [CLAIM.personalIdentityNumber]: number, name: 'X' }, 'oidc'),
      (err: unknown) => err instanceof IdentityError && err.code === 'invalid_identity',
      String(number),
    );
  }
});
