import type { LoginMethod } from '../types.ts';

/**
 * The e-identifications the development provider pretends to perform. Each
 * one is reported in the ID token the way a real Swedish provider would:
 * `authnProvider` names it, `amr` says it was multi-factor, `acr` is LoA 3.
 */
export const DEV_METHODS = [
  'bankid',
  'bankid-qr',
  'freja',
  'svenska-pass',
] as const satisfies readonly LoginMethod[];
export type DevMethod = (typeof DEV_METHODS)[number];

export function isDevMethod(value: unknown): value is DevMethod {
  return typeof value === 'string' && (DEV_METHODS as readonly string[]).includes(value);
}

/** Value of the authnProvider claim. A URN so nobody mistakes it for a real provider's URI. */
export function authnProviderFor(method: DevMethod): string {
  return `urn:ingang:dev-idp:authn:${method}`;
}

/** Reads the method back from the `amr` the login stored on the authorization code. */
export function methodFromAmr(amr: readonly string[] | undefined): DevMethod | undefined {
  return amr?.find(isDevMethod);
}

/** BankID on another device is still BankID: test persons list the e-IDs they hold. */
export type EidKind = 'bankid' | 'freja' | 'svenska-pass';

export function eidKindOf(method: DevMethod): EidKind {
  return method === 'bankid-qr' ? 'bankid' : method;
}

/** Authorization request parameter that preselects the method (sent by the OIDC client). */
export const METHOD_HINT_PARAM = 'method_hint';
