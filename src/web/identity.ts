import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { devIdentityProvider } from '../integrations/identity/dev-idp/plugin.ts';
import { createOidcResidentProvider } from '../integrations/identity/oidc.ts';
import { createIdentityRegistry } from '../integrations/identity/registry.ts';
import type { ResidentIdentityProvider } from '../integrations/identity/types.ts';
import type { Services } from '../services/index.ts';

export const CALLBACK_PATH = '/auth/callback';

export interface ResidentIdentity {
  /** The provider residents log in with, or undefined when none is configured. */
  provider: ResidentIdentityProvider | undefined;
}

/**
 * Wires the resident identity providers: a configured OpenID Connect provider
 * (production) and/or the built-in development provider mounted at /dev-idp.
 * Login routes only ever see the ResidentIdentityProvider port.
 */
export async function registerIdentity(
  app: FastifyInstance,
  config: Config,
  _services: Services,
): Promise<ResidentIdentity> {
  const registry = createIdentityRegistry();
  const redirectUri = `${config.publicUrl}${CALLBACK_PATH}`;
  if (config.residentOidc) {
    registry.register(
      createOidcResidentProvider({
        id: 'oidc',
        displayName: config.residentOidc.name,
        issuer: config.residentOidc.issuer,
        clientId: config.residentOidc.clientId,
        clientSecret: config.residentOidc.clientSecret,
        redirectUri,
        methods: ['bankid', 'bankid-qr', 'freja', 'svenska-pass'],
        allowInsecure: config.env !== 'production',
      }),
    );
  }
  if (config.devIdp) {
    // The client secret is derived from the session secret so it is never a
    // constant in the code, yet stable across restarts.
    const clientSecret = createHmac('sha256', config.sessionSecret)
      .update('dev-idp-client')
      .digest('base64url');
    const issuer = `${config.publicUrl}/dev-idp`;
    await app.register(devIdentityProvider, {
      prefix: '/dev-idp',
      issuer,
      clients: [{ client_id: 'ingang', client_secret: clientSecret, redirect_uris: [redirectUri] }],
      cookieKeys: [createHmac('sha256', config.sessionSecret).update('dev-idp-cookies').digest('base64url')],
    });
    registry.register(
      createOidcResidentProvider({
        id: 'dev',
        displayName: 'Test-legitimation',
        issuer,
        clientId: 'ingang',
        clientSecret,
        redirectUri,
        methods: ['bankid', 'bankid-qr', 'freja', 'svenska-pass'],
        allowInsecure: true,
      }),
    );
  }
  return { provider: registry.list()[0] };
}
