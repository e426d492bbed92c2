import * as client from 'openid-client';
import { IdentityError } from './types.ts';

/**
 * The OpenID Connect relying party shared by resident login (`oidc.ts`) and
 * staff login through a municipality's own directory (`staff-oidc.ts`):
 * authorization code flow with PKCE (S256), state and nonce, and
 * client_secret_basic. What to ask for and how to read the claims is the
 * caller's business; this file is the only one that talks to openid-client.
 */

export interface OidcClientOptions {
  /** Names the provider in error messages. */
  id: string;
  /** Issuer identifier; discovery reads `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Our callback URL, registered at the provider. */
  redirectUri: string;
  /** Allow plain http, only for an issuer on loopback (development and tests). */
  allowInsecure?: boolean;
}

/** What must be kept between leaving for the provider and coming back. */
export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcClient {
  /** The authorization URL for these extra parameters (scope, acr_values, ui_locales …), with fresh checks. */
  authorize(params: Record<string, string>): Promise<{ redirectUrl: string; checks: OidcChecks }>;
  /**
   * Redeems the code at our callback URL and returns the ID token's claims
   * (`iss` and `sub` always present). When `needsUserinfo(claims)` says so,
   * userinfo is read as well and fills in what the ID token lacked.
   */
  callback(
    callbackUrl: URL,
    checks: OidcChecks,
    needsUserinfo?: (claims: Record<string, unknown>) => boolean,
  ): Promise<Record<string, unknown>>;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Maps whatever went wrong to an IdentityError the login routes understand. */
export function toIdentityError(err: unknown, fallback: string): IdentityError {
  if (err instanceof IdentityError) return err;
  if (err instanceof client.AuthorizationResponseError) {
    return err.error === 'access_denied'
      ? new IdentityError('The user cancelled the login', 'cancelled', { cause: err })
      : new IdentityError(`The identity provider refused the login: ${err.error}`, 'rejected', {
          cause: err,
        });
  }
  if (err instanceof client.ResponseBodyError && err.status >= 500) {
    return new IdentityError(fallback, 'unavailable', { cause: err });
  }
  if (err instanceof TypeError || (err instanceof Error && err.name === 'TimeoutError')) {
    // fetch failed: network, DNS, refused connection, timeout
    return new IdentityError(fallback, 'unavailable', { cause: err });
  }
  return new IdentityError(fallback, 'rejected', { cause: err });
}

/** Discovery runs once, on first use, and again after a failure. */
export function createOidcClient(options: OidcClientOptions): OidcClient {
  const issuer = new URL(options.issuer);
  const insecure = issuer.protocol === 'http:';
  if (insecure && !(options.allowInsecure && LOOPBACK.has(issuer.hostname))) {
    throw new Error(
      `Identity provider ${options.id}: an http issuer is allowed only on loopback with allowInsecure (got ${options.issuer})`,
    );
  }

  let discovered: Promise<client.Configuration> | undefined;
  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(
        issuer,
        options.clientId,
        { client_secret: options.clientSecret, redirect_uris: [options.redirectUri] },
        client.ClientSecretBasic(options.clientSecret),
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        discovered = undefined; // try again on the next login
        throw toIdentityError(err, `Identity provider ${options.id} could not be discovered`);
      });
    return discovered;
  };

  return {
    async authorize(extra) {
      const config = await configuration();
      const checks: OidcChecks = {
        codeVerifier: client.randomPKCECodeVerifier(),
        state: client.randomState(),
        nonce: client.randomNonce(),
      };
      const params: Record<string, string> = {
        ...extra,
        redirect_uri: options.redirectUri,
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
        state: checks.state,
        nonce: checks.nonce,
      };
      return { redirectUrl: client.buildAuthorizationUrl(config, params).href, checks };
    },

    async callback(callbackUrl, checks, needsUserinfo) {
      const config = await configuration();
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        });
        const claims: Record<string, unknown> = { ...tokens.claims() };
        if (!needsUserinfo?.(claims)) return claims;
        // Providers that follow OIDC Core strictly put scope claims only in userinfo.
        const userinfo = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub));
        return { ...userinfo, ...claims };
      } catch (err) {
        throw toIdentityError(err, `Login with identity provider ${options.id} failed`);
      }
    },
  };
}
