import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  IdentityError,
  LOGIN_METHODS,
  type LoginMethod,
  type PendingLogin,
} from '../../integrations/identity/types.ts';
import { CALLBACK_PATH } from '../identity.ts';
import { clearSessionCookie, ensureSession, setSessionCookie } from '../plugins/session.ts';
import { pageContext, safeReturnTo, sendPage } from '../render.ts';
import {
  Button,
  type FieldError,
  Form,
  InlineHelp,
  NotificationBanner,
  Radios,
} from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import type { CitizenDeps } from './index.ts';

/** Saved in the session between leaving for the identity provider and coming back. */
interface PendingResidentLogin extends PendingLogin {
  municipalitySlug: string;
  basePath: string;
}

const isLoginMethod = (v: unknown): v is LoginMethod =>
  typeof v === 'string' && (LOGIN_METHODS as readonly string[]).includes(v);

function offeredMethods(req: FastifyRequest, deps: CitizenDeps): LoginMethod[] {
  const provider = deps.identity.provider;
  if (!provider || !req.municipality) return [];
  return provider.methods.filter((m) => req.municipality?.loginMethods.includes(m));
}

function loginPage(
  ctx: PageContext,
  methods: LoginMethod[],
  returnTo: string,
  opts: { errors?: FieldError[]; failed?: boolean; chosen?: string | undefined } = {},
) {
  const t = ctx.t;
  const title = t.t('auth.resident.title');
  return (
    <Page ctx={ctx} title={title} errors={opts.errors}>
      {opts.failed ? (
        <NotificationBanner t={t} title={t.t('auth.resident.title')}>
          <p class="govuk-notification-banner__heading">{t.t('auth.resident.failed')}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-xl">{title}</h1>
      <p class="govuk-body-l">{t.t('auth.resident.lead')}</p>
      {methods.length === 0 ? (
        <p class="govuk-body">{t.t('auth.resident.noProvider')}</p>
      ) : (
        <Form ctx={ctx} action={href(ctx, '/logga-in')}>
          <input type="hidden" name="returnTo" value={returnTo} />
          <Radios
            t={t}
            name="method"
            legend={t.t('auth.resident.chooseMethod')}
            legendSize="m"
            value={opts.chosen ?? null}
            error={opts.errors?.[0]?.message}
            items={methods.map((m) => ({
              value: m,
              label: t.t(`auth.method.${m}`),
              hint: t.t(`auth.method.${m}.hint`),
            }))}
          />
          <Button preventDoubleClick>{t.t('auth.resident.continue')}</Button>
        </Form>
      )}
      <InlineHelp summary={t.t('auth.resident.help')}>
        <p class="govuk-body">{t.t('auth.resident.helpBody')}</p>
      </InlineHelp>
    </Page>
  );
}

export function registerLoginRoutes(app: FastifyInstance, deps: CitizenDeps): void {
  const { config, services } = deps;

  app.get('/logga-in', async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const ctx = pageContext(req, reply, config, 'resident');
    const returnTo = safeReturnTo(q.returnTo, href(ctx, '/mina-sidor'));
    return sendPage(
      reply,
      200,
      loginPage(ctx, offeredMethods(req, deps), returnTo, { failed: q.fel === '1' }),
    );
  });

  app.post('/logga-in', async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const methods = offeredMethods(req, deps);
    const provider = deps.identity.provider;
    const ctx = pageContext(req, reply, config, 'resident');
    const returnTo = safeReturnTo(body.returnTo, href(ctx, '/mina-sidor'));
    const method = body.method;
    if (!provider || !isLoginMethod(method) || !methods.includes(method)) {
      const errors = [{ field: 'method', message: ctx.t.t('auth.resident.noMethod') }];
      return sendPage(reply, 422, loginPage(ctx, methods, returnTo, { errors }));
    }
    const { redirectUrl, pending } = await provider.startLogin({ returnTo, method, lang: ctx.lang });
    await ensureSession(req, reply, services.sessions, config);
    const session = req.session;
    if (!session) throw new Error('session could not be started');
    const saved: PendingResidentLogin = {
      ...pending,
      municipalitySlug: req.municipality?.slug ?? '',
      basePath: req.basePath,
    };
    await services.sessions.setData(session.idHash, { ...session.data, pendingLogin: saved });
    return reply.redirect(redirectUrl, 303);
  });

  app.post('/logga-ut', async (req, reply) => {
    const wasStaff = req.session?.kind === 'staff';
    if (req.sessionToken) await services.sessions.destroy(req.sessionToken);
    clearSessionCookie(reply, config);
    req.session = null;
    req.sessionToken = undefined;
    if (wasStaff) return reply.redirect(`${req.basePath}/handlaggare/logga-in`, 303);
    return reply.redirect(`${req.basePath}/utloggad`, 303);
  });

  app.get('/utloggad', async (req, reply) => {
    const ctx = pageContext(req, reply, config, 'resident');
    const title = ctx.t.t('auth.loggedOut.title');
    return sendPage(
      reply,
      200,
      <Page ctx={ctx} title={title}>
        <h1 class="govuk-heading-xl">{title}</h1>
        <p class="govuk-body">{ctx.t.t('auth.loggedOut.body')}</p>
      </Page>,
    );
  });
}

/**
 * The identity provider sends the browser back here (one fixed URL for every
 * municipality, as providers register exact redirect URIs). The pending login
 * in the session says which municipality and page to return to.
 */
export function registerLoginCallback(app: FastifyInstance, deps: CitizenDeps): void {
  const { config, services } = deps;
  app.get(CALLBACK_PATH, async (req: FastifyRequest, reply: FastifyReply) => {
    const pending = req.session?.data.pendingLogin as PendingResidentLogin | undefined;
    const provider = deps.identity.provider;
    if (!pending || !provider || !req.session) return reply.redirect('/', 303);
    const loginPath = `${pending.basePath}/logga-in?fel=1&returnTo=${encodeURIComponent(pending.returnTo)}`;
    const { pendingLogin: _done, ...rest } = req.session.data;
    let identity: Awaited<ReturnType<typeof provider.finishLogin>>;
    try {
      identity = await provider.finishLogin(new URL(req.url, config.publicUrl), pending);
    } catch (err) {
      req.log.info(
        { err: err instanceof IdentityError ? err.message : String(err) },
        'resident login failed',
      );
      await services.sessions.setData(req.session.idHash, rest);
      return reply.redirect(loginPath, 303);
    }
    const municipality = await services.municipalities.bySlug(pending.municipalitySlug);
    // Drafts started anonymously in this browser become the resident's own.
    await services.drafts.claimSessionDrafts(req.session.idHash, identity.personalNumber);
    const token = await services.sessions.login(
      req.sessionToken,
      {
        kind: 'resident',
        municipalityId: municipality?.id ?? null,
        loginMethod: identity.loginMethod,
        resident: {
          personalNumber: identity.personalNumber,
          name: identity.name,
          givenName: identity.givenName,
          familyName: identity.familyName,
          loa: identity.loa,
          providerId: identity.providerId,
        },
      },
      rest,
    );
    setSessionCookie(reply, config, token);
    return reply.redirect(safeReturnTo(pending.returnTo, `${pending.basePath}/mina-sidor`), 303);
  });
}
