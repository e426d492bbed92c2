import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { type Configuration, errors } from 'oidc-provider';
import { getTranslator } from '../../../web/ui/i18n/translator.ts';
import { DevAccounts } from './accounts.ts';
import { interactionRoutes, pickLang } from './interaction-routes.ts';
import { createDevProvider, type DevClient } from './provider.ts';
import { FailurePage } from './views/failure-page.tsx';

export type { DevClient } from './provider.ts';

export interface DevIdentityProviderOptions {
  /**
   * The exact URL browsers and the OIDC client use, prefix included, e.g.
   * `http://localhost:3000/dev-idp`. Its path must equal the prefix the
   * plugin is registered with, and one host name must be used everywhere
   * (cookies and redirects are bound to it).
   */
  issuer: string;
  /** Relying parties allowed to log in here (the platform itself). */
  clients: readonly DevClient[];
  /** At least one secret of 32+ characters; signs the provider's cookies and pseudonymises `sub`. */
  cookieKeys: readonly string[];
  /** The platform stylesheet. */
  stylesheetUrl?: string;
  /** Trust X-Forwarded-* (set when a TLS-terminating proxy is in front). */
  trustProxy?: boolean;
}

/**
 * The built-in development identity provider: a real OpenID Connect server
 * (oidc-provider) with pretend BankID, Freja eID+ and Svenska Pass logins
 * for test persons. Test and demo environments only.
 *
 * Register it encapsulated, with the prefix the issuer's path names:
 *   app.register(devIdentityProvider, { prefix: '/dev-idp', issuer, clients, cookieKeys })
 * Do not wrap it in fastify-plugin: it removes the body parsers in its own
 * scope (oidc-provider reads request bodies itself) and must not leak that.
 */
export async function devIdentityProvider(
  app: FastifyInstance,
  options: DevIdentityProviderOptions,
): Promise<void> {
  const issuer = new URL(options.issuer);
  const basePath = issuer.pathname.replace(/\/$/, '');
  if (app.prefix !== basePath) {
    throw new Error(
      `devIdentityProvider: registered under prefix "${app.prefix}" but the issuer's path is "${basePath}"`,
    );
  }
  const [firstKey] = options.cookieKeys;
  if (firstKey === undefined || options.cookieKeys.some((k) => k.length < 32)) {
    throw new Error('devIdentityProvider: cookieKeys needs at least one key, each of 32 characters or more');
  }
  if (options.clients.length === 0) throw new Error('devIdentityProvider: no clients configured');
  const stylesheetUrl = options.stylesheetUrl ?? '/assets/ingang.css';

  const renderError: NonNullable<Configuration['renderError']> = (ctx, out, error) => {
    const t = getTranslator(pickLang(ctx.query.lang, ctx.oidc?.params?.ui_locales));
    const path =
      (ctx.req as IncomingMessage & { originalUrl?: string }).originalUrl?.split('?')[0] ?? ctx.path;
    ctx.type = 'html';
    ctx.set('cache-control', 'no-store');
    ctx.body = FailurePage({
      t,
      stylesheetUrl,
      switchLanguageHref: `${path}?lang=${t.lang === 'sv' ? 'en' : 'sv'}`,
      expired: error instanceof errors.SessionNotFound,
      details: [out.error, out.error_description].filter(Boolean).join(': '),
    }).value;
  };

  const accounts = new DevAccounts(firstKey);
  const provider = createDevProvider({
    issuer: options.issuer,
    clients: options.clients,
    cookieKeys: options.cookieKeys,
    accounts,
    renderError,
  });
  provider.proxy = options.trustProxy ?? false;
  provider.on('server_error', (_ctx, err) => app.log.error({ err }, 'development identity provider failed'));

  app.log.warn({ issuer: options.issuer }, 'development identity provider is on: test identities only');

  await app.register(interactionRoutes, { provider, accounts, basePath, stylesheetUrl });

  // Everything else is oidc-provider's (discovery, jwks, auth, token,
  // userinfo). It is a Koa app that reads bodies itself, so hand it the raw
  // request with the prefix stripped; originalUrl lets it rebuild its URLs.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null));
    const handle = provider.callback();
    scope.all('/*', async (req, reply) => {
      reply.hijack();
      const raw = req.raw as IncomingMessage & { originalUrl?: string };
      const full = raw.url ?? '/';
      raw.originalUrl = full;
      const rest = full.slice(basePath.length);
      raw.url = rest.startsWith('/') ? rest : `/${rest}`;
      await handle(raw, reply.raw);
    });
  });
}
