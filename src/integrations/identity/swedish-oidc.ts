/**
 * Names from the Swedish OpenID Connect profile (oidc.se, "Claims and Scopes
 * Specification") and the Swedish eID framework's levels of assurance, shared
 * by the development identity provider and the OIDC client so both sides
 * spell them the same way.
 */

export const CLAIM = {
  /** Personnummer, 12 digits. */
  personalIdentityNumber: 'https://id.oidc.se/claim/personalIdentityNumber',
  /** Samordningsnummer, 12 digits. The SAML profile carries it in personalIdentityNumber instead. */
  coordinationNumber: 'https://id.oidc.se/claim/coordinationNumber',
  orgNumber: 'https://id.oidc.se/claim/orgNumber',
  orgName: 'https://id.oidc.se/claim/orgName',
  /** Which e-identification the provider used (BankID, Freja eID+ …). */
  authnProvider: 'https://id.oidc.se/claim/authnProvider',
  /**
   * Not part of the profile: the children a guardian has custody of, as
   * `[{ personalIdentityNumber, given_name, family_name }]`. Only the
   * development provider issues it; a real one would ask the population
   * register (Navet). Personal data about third parties: never log it.
   */
  children: 'https://ingang.se/claim/children',
} as const;

export const SCOPE = {
  naturalPersonInfo: 'https://id.oidc.se/scope/naturalPersonInfo',
  naturalPersonNumber: 'https://id.oidc.se/scope/naturalPersonNumber',
  naturalPersonOrgId: 'https://id.oidc.se/scope/naturalPersonOrgId',
  children: 'https://ingang.se/scope/children',
} as const;

/** Level of assurance 3 (substantial): BankID, Freja eID+ and Svenska Pass all reach it. */
export const LOA3 = 'http://id.elegnamnden.se/loa/1.0/loa3';

/** What the resident login asks for unless a provider is configured otherwise. */
export const DEFAULT_RESIDENT_SCOPE = [
  'openid',
  'profile',
  SCOPE.naturalPersonInfo,
  SCOPE.naturalPersonNumber,
].join(' ');
