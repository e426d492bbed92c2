import { createOidcClient, type OidcChecks, type OidcClientOptions } from './oidc-client.ts';
import { IdentityError } from './types.ts';

/**
 * Staff login through a municipality's own directory (Entra ID, Keycloak,
 * ADFS …) over OpenID Connect. It proves who someone is in that directory;
 * which staff account that is, is decided by services/auth/staff-directory.ts.
 */

/** Claims a directory account can be matched on. */
export const DIRECTORY_CLAIMS = ['email', 'preferred_username', 'sub'] as const;
export type DirectoryClaim = (typeof DIRECTORY_CLAIMS)[number];

export interface DirectoryIdentity {
  /** The issuer that signed the ID token (checked against discovery). */
  issuer: string;
  /** The directory's stable id of the person. */
  subject: string;
  /** Null when the directory says the address is not verified. */
  email: string | null;
  preferredUsername: string | null;
  name: string | null;
}

export interface StaffDirectoryClient {
  start(input: { lang?: string }): Promise<{ redirectUrl: string; checks: OidcChecks }>;
  /** Throws IdentityError (`cancelled`, `rejected`, `unavailable`) when the answer is no good. */
  finish(callbackUrl: URL, checks: OidcChecks): Promise<DirectoryIdentity>;
}

const SCOPE = 'openid profile email';

function text(claims: Record<string, unknown>, name: string): string | null {
  const v = claims[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** Reads the claims we use; an e-mail the directory marks unverified is ignored. */
export function directoryIdentityFromClaims(claims: Record<string, unknown>): DirectoryIdentity {
  const issuer = text(claims, 'iss');
  const subject = text(claims, 'sub');
  if (!issuer || !subject) throw new IdentityError('The directory gave no issuer or subject', 'rejected');
  const given = text(claims, 'given_name');
  const family = text(claims, 'family_name');
  return {
    issuer,
    subject,
    email: claims.email_verified === false ? null : text(claims, 'email'),
    preferredUsername: text(claims, 'preferred_username'),
    name: text(claims, 'name') ?? ([given, family].filter(Boolean).join(' ') || null),
  };
}

export function claimValue(identity: DirectoryIdentity, claim: DirectoryClaim): string | null {
  if (claim === 'email') return identity.email;
  if (claim === 'preferred_username') return identity.preferredUsername;
  return identity.subject;
}

/**
 * A client for one municipality's directory. `matchClaim` says which claim
 * must be there; if the ID token lacks it (Entra ID leaves out `email`
 * unless configured), userinfo is read.
 */
export function createStaffDirectoryClient(
  options: OidcClientOptions & { matchClaim: DirectoryClaim },
): StaffDirectoryClient {
  const oidc = createOidcClient(options);
  return {
    async start(input) {
      const params: Record<string, string> = { scope: SCOPE };
      if (input.lang) params.ui_locales = input.lang;
      return oidc.authorize(params);
    },
    async finish(callbackUrl, checks) {
      const claims = await oidc.callback(
        callbackUrl,
        checks,
        (c) => typeof c[options.matchClaim] !== 'string',
      );
      return directoryIdentityFromClaims(claims);
    },
  };
}
