import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { pageContext, sendPage } from './render.ts';
import type { MessageKey } from './ui/i18n/translator.ts';
import { Page } from './ui/layout.tsx';

/** An error a route throws on purpose: a status and nothing else to reveal. */
export class HttpError extends Error {
  readonly statusCode: number;
  /** Which error page explains it; by default the status decides. */
  readonly kind: ErrorKind | undefined;
  constructor(statusCode: number, message = 'HTTP error', kind?: ErrorKind) {
    super(message);
    this.statusCode = statusCode;
    this.kind = kind;
  }
}
export const notFound = () => new HttpError(404, 'Not found');
export const forbidden = () => new HttpError(403, 'Forbidden');
/** A staff member's session on a resident's page that needs a resident (or anonymous) session. */
export const staffSessionConflict = () => new HttpError(409, 'Logged in as staff', 'staffSession');

type ErrorKind =
  | 'notFound'
  | 'forbidden'
  | 'csrf'
  | 'rateLimited'
  | 'server'
  | 'badRequest'
  | 'tooLarge'
  | 'staffSession';

function kindOf(status: number, code: string | undefined): ErrorKind {
  if (code?.startsWith('FST_CSRF')) return 'csrf';
  if (status === 404) return 'notFound';
  if (status === 403 || status === 401) return 'forbidden';
  if (status === 429) return 'rateLimited';
  if (status === 413) return 'tooLarge';
  if (status >= 400 && status < 500) return 'badRequest';
  return 'server';
}

function errorPage(
  req: FastifyRequest,
  reply: FastifyReply,
  config: Config,
  status: number,
  kind: ErrorKind,
) {
  const area = req.url.includes('/handlaggare') ? 'staff' : 'public';
  const ctx = pageContext(req, reply, config, area);
  const title = ctx.t.t(`errors.${kind}.title` as MessageKey);
  const home = ctx.municipality ? `${ctx.basePath}/` : '/';
  return sendPage(
    reply,
    status,
    <Page ctx={ctx} title={title}>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{ctx.t.t(`errors.${kind}.body` as MessageKey)}</p>
      {kind === 'server' ? <p class="govuk-body">{ctx.t.t('errors.reference', { id: req.id })}</p> : null}
      <p class="govuk-body">
        <a class="govuk-link" href={home}>
          {ctx.t.t('errors.goHome')}
        </a>
      </p>
    </Page>,
  );
}

export function registerErrorPages(app: FastifyInstance, config: Config): void {
  app.setNotFoundHandler((req, reply) => errorPage(req, reply, config, 404, 'notFound'));
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: err.code, status }, 'request refused');
    if (req.url.startsWith('/api/')) {
      return reply.status(status).send({ error: kindOf(status, err.code), status });
    }
    const kind = err instanceof HttpError && err.kind ? err.kind : kindOf(status, err.code);
    return errorPage(req, reply, config, status, kind);
  });
}
