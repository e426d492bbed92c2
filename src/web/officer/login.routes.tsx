import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ensureSession, setSessionCookie } from '../plugins/session.ts';
import { pageContext, safeReturnTo, sendPage } from '../render.ts';
import { Button, type FieldError, Form, TextInput } from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { DirectoryLoginButton } from './directory-login.routes.tsx';
import type { OfficerDeps } from './index.ts';

/** A password checked, waiting for the one-time code. Valid for five minutes. */
interface PendingStaffLogin {
  userId: string;
  municipalityId: string;
  returnTo: string;
  until: number;
}

interface LoginForm {
  username?: string;
  returnTo: string;
  step: 'password' | 'totp';
  /** The municipality's directory, offered above the password form. */
  directory?: string | undefined;
}

function loginPage(ctx: PageContext, form: LoginForm, errors: FieldError[] = []) {
  const t = ctx.t;
  const title = t.t('staff.login.title');
  const err = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <Page ctx={ctx} title={title} errors={errors}>
      <h1 class="govuk-heading-xl">{title}</h1>
      <p class="govuk-body">{t.t('staff.login.lead', { municipality: ctx.municipality?.name ?? '' })}</p>
      {form.step === 'password' && form.directory ? (
        <DirectoryLoginButton ctx={ctx} directory={form.directory} returnTo={form.returnTo} />
      ) : null}
      <Form
        ctx={ctx}
        action={href(ctx, form.step === 'totp' ? '/handlaggare/logga-in/kod' : '/handlaggare/logga-in')}
      >
        <input type="hidden" name="returnTo" value={form.returnTo} />
        {form.step === 'password' ? (
          <>
            <TextInput
              t={t}
              name="username"
              label={t.t('staff.login.username')}
              value={form.username ?? ''}
              autocomplete="username"
              spellcheck={false}
              width={20}
              error={err('username')}
            />
            <TextInput
              t={t}
              name="password"
              type="password"
              label={t.t('staff.login.password')}
              autocomplete="current-password"
              width={20}
              error={err('password')}
            />
          </>
        ) : (
          <TextInput
            t={t}
            name="totp"
            label={t.t('staff.login.totp')}
            hint={t.t('staff.login.totpHint')}
            inputmode="numeric"
            autocomplete="one-time-code"
            width={5}
            error={err('totp')}
          />
        )}
        <Button preventDoubleClick>{t.t('staff.login.submit')}</Button>
      </Form>
    </Page>
  );
}

export function registerStaffLoginRoutes(app: FastifyInstance, { config, services }: OfficerDeps): void {
  // Attempts are counted per address and user name (a slow guess at one
  // account) and per address alone (a spray over many accounts).
  const perAccount = {
    max: config.loginMaxAttempts,
    timeWindow: '15 minutes',
    hook: 'preHandler' as const,
    keyGenerator: (req: FastifyRequest) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const user = typeof body.username === 'string' ? body.username.trim().toLowerCase() : '';
      return `staff-login:${req.ip}:${req.municipality?.id ?? ''}:${user}`;
    },
  };

  const finish = async (
    req: FastifyRequest,
    reply: FastifyReply,
    r: { principal: { id: string }; method: 'password' | 'password+totp' },
    returnTo: string,
  ) => {
    const m = req.municipality;
    if (!m) throw new Error('municipality missing');
    const token = await services.sessions.login(req.sessionToken, {
      kind: 'staff',
      municipalityId: m.id,
      staffUserId: r.principal.id,
      loginMethod: r.method,
    });
    setSessionCookie(reply, config, token);
    return reply.redirect(safeReturnTo(returnTo, `${req.basePath}/handlaggare`), 303);
  };

  app.get('/handlaggare/logga-in', async (req, reply) => {
    const ctx = pageContext(req, reply, config, 'staff');
    const q = req.query as Record<string, unknown>;
    const returnTo = safeReturnTo(q.returnTo, href(ctx, '/handlaggare'));
    const directory = req.municipality
      ? await services.staffDirectory.displayName(req.municipality.id)
      : undefined;
    return sendPage(reply, 200, loginPage(ctx, { step: 'password', returnTo, directory }));
  });

  app.post('/handlaggare/logga-in', { config: { rateLimit: perAccount } }, async (req, reply) => {
    const m = req.municipality;
    if (!m) throw new Error('municipality missing');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const ctx = pageContext(req, reply, config, 'staff');
    const t = ctx.t;
    const username = typeof body.username === 'string' ? body.username.slice(0, 200) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1000) : '';
    const returnTo = safeReturnTo(body.returnTo, href(ctx, '/handlaggare'));
    const directory = await services.staffDirectory.displayName(m.id);
    const form: LoginForm = { step: 'password', username, returnTo, directory };
    const errors: FieldError[] = [];
    if (!username.trim()) errors.push({ field: 'username', message: t.t('staff.login.usernameRequired') });
    if (!password) errors.push({ field: 'password', message: t.t('staff.login.passwordRequired') });
    if (errors.length) return sendPage(reply, 422, loginPage(ctx, form, errors));

    const r = await services.staffLogin.withPassword({ municipalityId: m.id, username, password });
    if (r.ok) return finish(req, reply, r, returnTo);
    if (r.reason === 'totpRequired') {
      await ensureSession(req, reply, services.sessions, config);
      const s = req.session;
      if (!s) throw new Error('session could not be started');
      const pending: PendingStaffLogin = {
        userId: r.userId,
        municipalityId: m.id,
        returnTo,
        until: Date.now() + 300_000,
      };
      await services.sessions.setData(s.idHash, { ...s.data, pendingStaffLogin: pending });
      return sendPage(
        reply,
        200,
        loginPage(pageContext(req, reply, config, 'staff'), { step: 'totp', returnTo }),
      );
    }
    return sendPage(
      reply,
      401,
      loginPage(ctx, form, [{ field: 'username', message: t.t('staff.login.invalidCredentials') }]),
    );
  });

  app.post(
    '/handlaggare/logga-in/kod',
    {
      config: { rateLimit: { ...perAccount, keyGenerator: (req: FastifyRequest) => `staff-totp:${req.ip}` } },
    },
    async (req, reply) => {
      const m = req.municipality;
      const ctx = pageContext(req, reply, config, 'staff');
      const pending = req.session?.data.pendingStaffLogin as PendingStaffLogin | undefined;
      if (!m || !pending || pending.municipalityId !== m.id || pending.until < Date.now()) {
        return reply.redirect(href(ctx, '/handlaggare/logga-in'), 303);
      }
      const body = (req.body ?? {}) as Record<string, unknown>;
      const code = typeof body.totp === 'string' ? body.totp.slice(0, 20) : '';
      const form: LoginForm = { step: 'totp', returnTo: pending.returnTo };
      if (!code.trim()) {
        return sendPage(
          reply,
          422,
          loginPage(ctx, form, [{ field: 'totp', message: ctx.t.t('staff.login.totpRequired') }]),
        );
      }
      const r = await services.staffLogin.withTotp({ municipalityId: m.id, userId: pending.userId, code });
      if (r.ok) return finish(req, reply, r, pending.returnTo);
      return sendPage(
        reply,
        401,
        loginPage(ctx, form, [{ field: 'totp', message: ctx.t.t('staff.login.invalidTotp') }]),
      );
    },
  );
}
