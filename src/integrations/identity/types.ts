/**
 * The port every resident identity provider implements: OpenID Connect today
 * (the built-in development provider and any configured OIDC provider), SAML
 * 2.0 in the Sweden Connect profile later. Callers (the login routes) only see
 * this interface, so a new protocol never touches them.
 */

/** How the resident proved who they are. Statistics count these. */
export const LOGIN_METHODS = ['bankid', 'bankid-qr', 'freja', 'svenska-pass', 'other'] as const;
export type LoginMethod = (typeof LOGIN_METHODS)[number];

export interface ResidentIdentity {
  /** 12 digits, no separator: personnummer or samordningsnummer. */
  personalNumber: string;
  givenName: string;
  familyName: string;
  /** Full name as the provider gives it. */
  name: string;
  loginMethod: LoginMethod;
  /** Level of assurance URI, e.g. http://id.elegnamnden.se/loa/1.0/loa3 */
  loa: string | null;
  /** Which configured provider authenticated the resident. */
  providerId: string;
}

/** State the caller keeps (in the session) between start and finish. */
export interface PendingLogin {
  providerId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export interface StartLoginResult {
  /** Where to send the browser (the provider's authorization/SSO endpoint). */
  redirectUrl: string;
  pending: PendingLogin;
}

export interface ResidentIdentityProvider {
  readonly id: string;
  /** Shown on the login button, e.g. "BankID, Freja eID+ eller Svenska Pass". */
  readonly displayName: string;
  /** Login methods this provider can offer, for the municipality's settings. */
  readonly methods: readonly LoginMethod[];
  startLogin(input: { returnTo: string; method?: LoginMethod; lang?: string }): Promise<StartLoginResult>;
  /** Validates the provider's answer at our callback URL. Throws IdentityError if invalid. */
  finishLogin(callbackUrl: URL, pending: PendingLogin): Promise<ResidentIdentity>;
}

/**
 * Why a login failed, so the login routes can pick the right message:
 * - `cancelled`: the resident cancelled at the provider (OIDC access_denied);
 * - `rejected`: the provider's answer failed a check (state, nonce, PKCE, signature);
 * - `invalid_identity`: the answer was genuine but lacks a valid 12-digit personal number;
 * - `unavailable`: the provider could not be reached or answered with a server error.
 */
export type IdentityErrorCode = 'cancelled' | 'rejected' | 'invalid_identity' | 'unavailable';

export class IdentityError extends Error {
  override readonly name = 'IdentityError';
  readonly code: IdentityErrorCode;
  constructor(message: string, code: IdentityErrorCode = 'rejected', options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
