import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIdentityRegistry } from '../../../src/integrations/identity/registry.ts';
import {
  IdentityError,
  type LoginMethod,
  type ResidentIdentityProvider,
} from '../../../src/integrations/identity/types.ts';

function fakeProvider(id: string, methods: readonly LoginMethod[]): ResidentIdentityProvider {
  return {
    id,
    displayName: id,
    methods,
    startLogin: async ({ returnTo }) => ({
      redirectUrl: `https://idp.example/${id}`,
      pending: { providerId: id, state: 's', nonce: 'n', codeVerifier: 'v', returnTo },
    }),
    finishLogin: async (_url, pending) => ({
      personalNumber: '191212121212',
      givenName: 'Tolvan',
      familyName: 'Tolvansson',
      name: 'Tolvan Tolvansson',
      loginMethod: 'bankid',
      loa: null,
      providerId: pending.providerId,
    }),
  };
}

test('rejects a second provider with the same id', () => {
  const registry = createIdentityRegistry([fakeProvider('dev', ['bankid'])]);
  assert.throws(() => registry.register(fakeProvider('dev', ['freja'])), /already registered/);
});

test('lists providers in registration order and finds one by method', () => {
  const registry = createIdentityRegistry()
    .register(fakeProvider('oidc', ['bankid', 'bankid-qr']))
    .register(fakeProvider('saml', ['freja', 'svenska-pass']));
  assert.deepEqual(
    registry.list().map((p) => p.id),
    ['oidc', 'saml'],
  );
  assert.equal(registry.get('saml')?.id, 'saml');
  assert.equal(registry.forMethod('freja')?.id, 'saml');
  assert.equal(registry.forMethod('other'), undefined);
});

test('finishes a login with the provider that started it', async () => {
  const registry = createIdentityRegistry([
    fakeProvider('oidc', ['bankid']),
    fakeProvider('saml', ['freja']),
  ]);
  const saml = registry.get('saml');
  assert.ok(saml);
  const { pending } = await saml.startLogin({ returnTo: '/' });
  const identity = await registry.finishLogin(new URL('https://kommun.example/auth/callback'), pending);
  assert.equal(identity.providerId, 'saml');
  await assert.rejects(
    registry.finishLogin(new URL('https://kommun.example/auth/callback'), { ...pending, providerId: 'gone' }),
    IdentityError,
  );
});
