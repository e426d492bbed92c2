import { generateKeyPairSync } from 'node:crypto';
import Provider, { type Configuration, interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import { CLAIM, LOA3, SCOPE } from '../swedish-oidc.ts';
import type { DevAccounts } from './accounts.ts';
import { memoryAdapter } from './memory-adapter.ts';
import { METHOD_HINT_PARAM } from './methods.ts';

export interface DevClient {
  client_id: string;
  client_secret: string;
  redirect_uris: readonly string[];
}

export interface DevProviderOptions {
  /** The exact external URL, prefix included, e.g. http://localhost:3000/dev-idp */
  issuer: string;
  clients: readonly DevClient[];
  /** Secrets that sign the provider's cookies; the first one signs, the rest still verify. */
  cookieKeys: readonly string[];
  accounts: DevAccounts;
  renderError: NonNullable<Configuration['renderError']>;
}

const PERSON_INFO = ['given_name', 'family_name', 'name', 'birthdate'];

/**
 * Forces the login prompt on every authorization request, so each new login
 * shows the method and person pickers even if the browser still has a
 * session here: testers switch persons all the time. The check passes only
 * when the request resumes from our own login page.
 */
function freshLoginEveryTime(): interactionPolicy.Check {
  return new interactionPolicy.Check(
    'fresh_login',
    'every login picks a person anew',
    (ctx: KoaContextWithOIDC) =>
      ctx.oidc.result?.login
        ? interactionPolicy.Check.NO_NEED_TO_PROMPT
        : interactionPolicy.Check.REQUEST_PROMPT,
  );
}

function signingKey() {
  // A fresh key per start is fine for a test provider: tokens live minutes.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' };
}

/** Builds the oidc-provider instance behind the development identity provider. */
export function createDevProvider(options: DevProviderOptions): Provider {
  const basePath = new URL(options.issuer).pathname.replace(/\/$/, '');
  const policy = interactionPolicy.base();
  policy.get('login')?.checks.add(freshLoginEveryTime(), 0);

  const cookie = { path: basePath || '/', httpOnly: true, sameSite: 'lax', signed: true } as const;

  const configuration: Configuration = {
    clients: options.clients.map((c) => ({
      client_id: c.client_id,
      client_secret: c.client_secret,
      redirect_uris: [...c.redirect_uris],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    findAccount: options.accounts.findAccount,
    claims: {
      sid: null,
      iss: null,
      // Tied to openid so every ID token says how and how strongly the
      // person logged in, whether or not the client sent acr_values.
      openid: ['sub', 'acr', 'amr', 'auth_time', CLAIM.authnProvider],
      profile: PERSON_INFO,
      [SCOPE.naturalPersonInfo]: PERSON_INFO,
      [SCOPE.naturalPersonNumber]: [CLAIM.personalIdentityNumber, CLAIM.coordinationNumber],
      [SCOPE.naturalPersonOrgId]: ['name', CLAIM.orgNumber, CLAIM.orgName],
      [SCOPE.children]: [CLAIM.children],
    },
    acrValues: [LOA3],
    adapter: memoryAdapter(),
    // Names and numbers go in the ID token too, as Swedish providers do.
    conformIdTokenClaims: false,
    cookies: {
      keys: [...options.cookieKeys],
      names: { session: 'devidp_session', interaction: 'devidp_interaction', resume: 'devidp_resume' },
      long: cookie,
      short: cookie,
    },
    extraParams: [METHOD_HINT_PARAM],
    features: {
      devInteractions: { enabled: false },
      // Nothing to log out of: every login starts afresh.
      rpInitiatedLogout: { enabled: false },
    },
    interactions: {
      policy,
      url: (_ctx, interaction) => `${basePath}/interaction/${interaction.uid}`,
    },
    jwks: { keys: [signingKey()] },
    pkce: { required: () => true },
    renderError: options.renderError,
    responseTypes: ['code'],
    ttl: {
      AccessToken: 10 * 60,
      AuthorizationCode: 60,
      Grant: 60 * 60,
      IdToken: 10 * 60,
      Interaction: 30 * 60,
      Session: 60 * 60,
    },
  };
  return new Provider(options.issuer, configuration);
}
