import { createOidcClient } from './oidc-client.ts';
import { isValidPersonalNumber } from './personal-number.ts';
import { CLAIM, DEFAULT_RESIDENT_SCOPE, LOA3 } from './swedish-oidc.ts';
import {
  IdentityError,
  type LoginMethod,
  type PendingLogin,
  type ResidentIdentity,
  type ResidentIdentityProvider,
  type StartLoginResult,
} from './types.ts';

export interface OidcResidentProviderOptions {
  id: string;
  displayName: string;
  /** Issuer identifier; discovery reads `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Our callback URL, registered at the provider. */
  redirectUri: string;
  methods: readonly LoginMethod[];
  /** Allow plain http, only for an issuer on loopback (the development provider). */
  allowInsecure?: boolean;
  /** Space-separated scopes; defaults to openid, profile and the Swedish person scopes. */
  scope?: string;
  /** Level of assurance asked for (`acr_values`); LoA 3 unless given. Null: not sent. */
  acrValues?: string | null;
  /**
   * Authorization parameter that carries the method the resident clicked
   * (`method_hint` for the development provider). Null: never sent.
   */
  methodHintParam?: string | null;
  /** Exact authnProvider values of this provider mapped to our methods, checked before the built-in guesses. */
  authnProviders?: Readonly<Record<string, LoginMethod>>;
}

/** Guesses the method from an authnProvider (or amr) value by the names providers use. */
export function loginMethodFrom(
  values: readonly string[],
  exact: Readonly<Record<string, LoginMethod>> = {},
): LoginMethod {
  for (const value of values) {
    const known = exact[value];
    if (known) return known;
  }
  for (const value of values) {
    const v = value.toLowerCase();
    if (v.includes('bankid'))
      return /qr|other-device|another-device|annan-enhet/.test(v) ? 'bankid-qr' : 'bankid';
    if (v.includes('freja')) return 'freja';
    if (/svenska[-_ ]?pass|svenskapass/.test(v)) return 'svenska-pass';
  }
  return 'other';
}

function stringClaim(claims: Record<string, unknown>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Turns validated claims into a ResidentIdentity, or says why it cannot. */
export function identityFromClaims(
  claims: Record<string, unknown>,
  providerId: string,
  authnProviders: Readonly<Record<string, LoginMethod>> = {},
): ResidentIdentity {
  // A samordningsnummer comes in its own claim in the OIDC profile, and in
  // personalIdentityNumber from SAML-minded providers; accept both.
  const personalNumber =
    stringClaim(claims, CLAIM.personalIdentityNumber) ?? stringClaim(claims, CLAIM.coordinationNumber);
  if (!isValidPersonalNumber(personalNumber)) {
    throw new IdentityError(
      'The identity provider gave no valid 12-digit personal identity number',
      'invalid_identity',
    );
  }
  const givenName = stringClaim(claims, 'given_name') ?? '';
  const familyName = stringClaim(claims, 'family_name') ?? '';
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === 'string') : [];
  const authnProvider = stringClaim(claims, CLAIM.authnProvider);
  return {
    personalNumber,
    givenName,
    familyName,
    name: stringClaim(claims, 'name') ?? `${givenName} ${familyName}`.trim(),
    loginMethod: loginMethodFrom(authnProvider ? [authnProvider, ...amr] : amr, authnProviders),
    loa: stringClaim(claims, 'acr') ?? null,
    providerId,
  };
}

function isLocalPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

/**
 * A resident identity provider over OpenID Connect (authorization code flow
 * with PKCE, state and nonce, client_secret_basic), for the development
 * provider and any Swedish OIDC provider. Discovery runs once, on first use.
 */
export function createOidcResidentProvider(options: OidcResidentProviderOptions): ResidentIdentityProvider {
  const oidc = createOidcClient(options);
  const scope = options.scope ?? DEFAULT_RESIDENT_SCOPE;
  const acrValues = options.acrValues === undefined ? LOA3 : options.acrValues;
  const hintParam = options.methodHintParam === undefined ? 'method_hint' : options.methodHintParam;
  const authnProviders = options.authnProviders ?? {};

  return {
    id: options.id,
    displayName: options.displayName,
    methods: options.methods,

    async startLogin(input): Promise<StartLoginResult> {
      if (!isLocalPath(input.returnTo))
        throw new IdentityError('returnTo must be a path on this site', 'rejected');
      const params: Record<string, string> = { scope };
      if (acrValues) params.acr_values = acrValues;
      if (input.lang) params.ui_locales = input.lang;
      if (input.method && hintParam) params[hintParam] = input.method;
      const { redirectUrl, checks } = await oidc.authorize(params);
      return { redirectUrl, pending: { providerId: options.id, ...checks, returnTo: input.returnTo } };
    },

    async finishLogin(callbackUrl: URL, pending: PendingLogin): Promise<ResidentIdentity> {
      if (pending.providerId !== options.id) {
        throw new IdentityError('The pending login belongs to another provider', 'rejected');
      }
      const claims = await oidc.callback(
        callbackUrl,
        pending,
        (c) => !c[CLAIM.personalIdentityNumber] && !c[CLAIM.coordinationNumber],
      );
      return identityFromClaims(claims, options.id, authnProviders);
    },
  };
}
