import {
  IdentityError,
  type LoginMethod,
  type PendingLogin,
  type ResidentIdentity,
  type ResidentIdentityProvider,
} from './types.ts';

/**
 * The resident identity providers the platform knows, by id. Login routes
 * look providers up here and never care whether one speaks OIDC or SAML.
 */
export class ResidentIdentityRegistry {
  readonly #providers = new Map<string, ResidentIdentityProvider>();

  constructor(providers: readonly ResidentIdentityProvider[] = []) {
    for (const provider of providers) this.register(provider);
  }

  register(provider: ResidentIdentityProvider): this {
    if (this.#providers.has(provider.id)) {
      throw new Error(`A resident identity provider with id "${provider.id}" is already registered`);
    }
    this.#providers.set(provider.id, provider);
    return this;
  }

  get(id: string): ResidentIdentityProvider | undefined {
    return this.#providers.get(id);
  }

  /** In registration order, for the login page's buttons. */
  list(): readonly ResidentIdentityProvider[] {
    return [...this.#providers.values()];
  }

  /** The first provider offering the method, for a "Log in with Freja eID+" button. */
  forMethod(method: LoginMethod): ResidentIdentityProvider | undefined {
    return this.list().find((p) => p.methods.includes(method));
  }

  /** Finishes a login with the provider that started it. */
  finishLogin(callbackUrl: URL, pending: PendingLogin): Promise<ResidentIdentity> {
    const provider = this.#providers.get(pending.providerId);
    if (!provider) {
      return Promise.reject(
        new IdentityError(`Unknown identity provider "${pending.providerId}"`, 'rejected'),
      );
    }
    return provider.finishLogin(callbackUrl, pending);
  }
}

export function createIdentityRegistry(
  providers: readonly ResidentIdentityProvider[] = [],
): ResidentIdentityRegistry {
  return new ResidentIdentityRegistry(providers);
}
