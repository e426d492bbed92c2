import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Html } from '#jsx/jsx-runtime';
import {
  type DirectoryLoginFailure,
  type PendingDirectoryLogin,
  STAFF_DIRECTORY_CALLBACK_PATH,
} from '../../services/auth/staff-directory-types.ts';
import { ensureSession, setSessionCookie } from '../plugins/session.ts';
import { pageContext, safeReturnTo, sendPage } from '../render.ts';
import { Button, Form } from '../ui/components/index.ts';
import type { MessageKey } from '../ui/i18n/translator.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import type { OfficerDeps } from './index.ts';

/**
 * Staff login through the municipality's own OIDC directory: the button on
 * the login page, the start at /:kommun/handlaggare/logga-in/katalog and the
 * one callback URL every directory is registered with (/auth/staff-callback).
 * Which account the directory's person is, is services/auth/staff-directory.ts'.
 */

const START_PATH = '/handlaggare/logga-in/katalog';
const SESSION_KEY = 'pendingStaffDirectoryLogin';

/** Saved in the session while the browser is at the directory. */
interface PendingStaffDirectoryLogin extends PendingDirectoryLogin {
  municipalitySlug: string;
  basePath: string;
}

/** "Logga in med {directory}" above the password form. Its own form: forms do not nest. */
export function DirectoryLoginButton(props: { ctx: PageContext; directory: string; returnTo: string }): Html {
  const { ctx } = props;
  return (
    <>
      <Form ctx={ctx} action={href(ctx, START_PATH)}>
        <input type="hidden" name="returnTo" value={props.returnTo} />
        <Button preventDoubleClick>
          {ctx.t.t('staff.directory.button', { directory: props.directory })}
        </Button>
      </Form>
      <h2 class="govuk-heading-m">{ctx.t.t('staff.directory.orLocal')}</h2>
    </>
  );
}

const FAILURE: Record<
  DirectoryLoginFailure,
  { status: number; title: MessageKey; body: MessageKey; admin: boolean }
> = {
  unknownUser: {
    status: 403,
    title: 'staff.directory.unknownUser.title',
    body: 'staff.directory.unknownUser.body',
    admin: true,
  },
  deactivated: {
    status: 403,
    title: 'staff.directory.deactivated.title',
    body: 'staff.directory.deactivated.body',
    admin: true,
  },
  conflict: {
    status: 403,
    title: 'staff.directory.conflict.title',
    body: 'staff.directory.conflict.body',
    admin: true,
  },
  missingClaim: {
    status: 403,
    title: 'staff.directory.failed.title',
    body: 'staff.directory.missingClaim.body',
    admin: true,
  },
  cancelled: {
    status: 400,
    title: 'staff.directory.failed.title',
    body: 'staff.directory.cancelled.body',
    admin: false,
  },
  rejected: {
    status: 400,
    title: 'staff.directory.failed.title',
    body: 'staff.directory.rejected.body',
    admin: false,
  },
  unavailable: {
    status: 503,
    title: 'staff.directory.failed.title',
    body: 'staff.directory.unavailable.body',
    admin: false,
  },
  notConfigured: {
    status: 404,
    title: 'staff.directory.failed.title',
    body: 'staff.directory.notConfigured.body',
    admin: false,
  },
};

function failurePage(
  ctx: PageContext,
  reason: DirectoryLoginFailure,
  opts: { directory: string; identifiedAs?: string | undefined; returnTo: string },
): Html {
  const t = ctx.t;
  const f = FAILURE[reason];
  const vars = { directory: opts.directory, municipality: ctx.municipality?.name ?? '' };
  const title = t.t(f.title);
  const again = ctx.municipality
    ? `${href(ctx, '/handlaggare/logga-in')}?returnTo=${encodeURIComponent(opts.returnTo)}`
    : '/';
  return (
    <Page ctx={ctx} title={title}>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t.t(f.body, vars)}</p>
      {opts.identifiedAs ? (
        <p class="govuk-body">{t.t('staff.directory.identifiedAs', { value: opts.identifiedAs })}</p>
      ) : null}
      {f.admin && ctx.municipality ? <p class="govuk-body">{t.t('staff.directory.askAdmin', vars)}</p> : null}
      <p class="govuk-body">
        <a class="govuk-link" href={again}>
          {t.t('staff.directory.tryAgain')}
        </a>
      </p>
    </Page>
  );
}

/** The start, under /:kommun. A form POST (with CSRF) from the login page, or a plain link. */
export function registerStaffDirectoryLoginRoutes(
  app: FastifyInstance,
  { config, services }: OfficerDeps,
): void {
  const start = async (req: FastifyRequest, reply: FastifyReply) => {
    const m = req.municipality;
    if (!m) throw new Error('municipality missing');
    const ctx = pageContext(req, reply, config, 'staff');
    const input = ((req.method === 'POST' ? req.body : req.query) ?? {}) as Record<string, unknown>;
    const returnTo = safeReturnTo(input.returnTo, href(ctx, '/handlaggare'));
    const r = await services.staffDirectory.startLogin(
      { id: m.id, hostName: m.hostName },
      { returnTo, lang: ctx.lang },
    );
    if (!r.ok) {
      req.log.warn({ reason: r.reason, detail: r.detail }, 'staff directory login could not start');
      const directory = (await services.staffDirectory.displayName(m.id)) ?? '';
      return sendPage(reply, FAILURE[r.reason].status, failurePage(ctx, r.reason, { directory, returnTo }));
    }
    await ensureSession(req, reply, services.sessions, config);
    const session = req.session;
    if (!session) throw new Error('session could not be started');
    const saved: PendingStaffDirectoryLogin = {
      ...r.pending,
      municipalitySlug: m.slug,
      basePath: req.basePath,
    };
    await services.sessions.setData(session.idHash, { ...session.data, [SESSION_KEY]: saved });
    return reply.redirect(r.redirectUrl, 303);
  };
  app.get(START_PATH, start);
  app.post(START_PATH, start);
}

/**
 * The directory sends the browser back here, outside every municipality's
 * prefix (directories register exact redirect URIs). The pending login in
 * the session says which municipality it was for; only its accounts match.
 */
export function registerStaffDirectoryCallback(
  app: FastifyInstance,
  { config, services }: OfficerDeps,
): void {
  app.get(STAFF_DIRECTORY_CALLBACK_PATH, async (req, reply) => {
    const session = req.session;
    const pending = session?.data[SESSION_KEY] as PendingStaffDirectoryLogin | undefined;
    if (!session || !pending) {
      // No login under way in this browser: expired, a second tab, or forged.
      return sendPage(
        reply,
        400,
        failurePage(pageContext(req, reply, config, 'staff'), 'rejected', { directory: '', returnTo: '/' }),
      );
    }
    // One attempt per start, whatever happens next.
    const { [SESSION_KEY]: _done, ...rest } = session.data;
    await services.sessions.setData(session.idHash, rest);

    const municipality = await services.municipalities.bySlug(pending.municipalitySlug);
    if (!municipality || municipality.id !== pending.municipalityId) {
      return sendPage(
        reply,
        404,
        failurePage(pageContext(req, reply, config, 'staff'), 'notConfigured', {
          directory: '',
          returnTo: '/',
        }),
      );
    }
    // The error page belongs to the municipality the login was for.
    req.municipality = municipality;
    req.basePath = pending.basePath;
    const fallback = `${pending.basePath}/handlaggare`;
    const returnTo = safeReturnTo(pending.returnTo, fallback);

    const r = await services.staffDirectory.finishLogin(new URL(req.url, pending.redirectUri), pending);
    if (!r.ok) {
      req.log.info(
        { reason: r.reason, detail: r.detail, municipality: municipality.slug },
        'staff directory login refused',
      );
      const directory = (await services.staffDirectory.displayName(municipality.id)) ?? '';
      const ctx = pageContext(req, reply, config, 'staff');
      return sendPage(
        reply,
        FAILURE[r.reason].status,
        failurePage(ctx, r.reason, { directory, identifiedAs: r.identifiedAs, returnTo }),
      );
    }
    const token = await services.sessions.login(req.sessionToken, {
      kind: 'staff',
      municipalityId: municipality.id,
      staffUserId: r.principal.id,
      loginMethod: 'oidc',
    });
    setSessionCookie(reply, config, token);
    req.log.info(
      { staffUserId: r.principal.id, provisioned: r.provisioned },
      'staff logged in through directory',
    );
    return reply.redirect(returnTo, 303);
  });
}
