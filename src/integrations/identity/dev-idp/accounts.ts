import { createHmac } from 'node:crypto';
import type { Account, FindAccount } from 'oidc-provider';
import { birthDateOf, isCoordinationNumber } from '../personal-number.ts';
import { CLAIM } from '../swedish-oidc.ts';
import { authnProviderFor, methodFromAmr } from './methods.ts';
import type { TestPerson } from './persons.ts';

/** Keeps memory bounded however many numbers testers type. */
const MAX_ACCOUNTS = 10_000;

/**
 * The accounts the development provider has logged in. The subject is a
 * pseudonym (an HMAC of the personal number), as real Swedish providers
 * issue, so the relying party cannot lean on `sub` being the personnummer.
 */
export class DevAccounts {
  readonly #secret: string;
  readonly #bySub = new Map<string, TestPerson>();

  constructor(secret: string) {
    this.#secret = secret;
  }

  /** Remembers the person and returns their subject identifier. */
  remember(person: TestPerson): string {
    const sub = createHmac('sha256', this.#secret)
      .update(person.personalNumber)
      .digest('base64url')
      .slice(0, 32);
    this.#bySub.delete(sub);
    this.#bySub.set(sub, person);
    if (this.#bySub.size > MAX_ACCOUNTS) {
      const oldest = this.#bySub.keys().next().value;
      if (oldest !== undefined) this.#bySub.delete(oldest);
    }
    return sub;
  }

  readonly findAccount: FindAccount = (_ctx, sub, token) => {
    const person = this.#bySub.get(sub);
    if (!person) return undefined;
    // The method is a property of the login, not of the person: it travels
    // in the authorization code's amr (set by the login page).
    const amr = token && 'amr' in token ? (token.amr as string[] | undefined) : undefined;
    const method = methodFromAmr(amr);
    const account: Account = {
      accountId: sub,
      claims: () => ({
        sub,
        ...personClaims(person),
        ...(method ? { [CLAIM.authnProvider]: authnProviderFor(method) } : {}),
      }),
    };
    return account;
  };
}

/** Every claim the person can have; oidc-provider releases only those the granted scopes cover. */
export function personClaims(person: TestPerson): Record<string, unknown> {
  const number = person.personalNumber;
  return {
    given_name: person.givenName,
    family_name: person.familyName,
    name: `${person.givenName} ${person.familyName}`,
    birthdate: birthDateOf(number),
    [isCoordinationNumber(number) ? CLAIM.coordinationNumber : CLAIM.personalIdentityNumber]: number,
    ...(person.signatoryFor
      ? { [CLAIM.orgNumber]: person.signatoryFor.orgNumber, [CLAIM.orgName]: person.signatoryFor.name }
      : {}),
    ...(person.children
      ? {
          [CLAIM.children]: person.children.map((c) => ({
            personalIdentityNumber: c.personalNumber,
            given_name: c.givenName,
            family_name: c.familyName,
          })),
        }
      : {}),
  };
}
