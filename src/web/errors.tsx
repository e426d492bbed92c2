import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { pageContext, sendPage } from './render.ts';
import type { MessageKey } from './ui/i18n/translator.ts';
import { Page } from './ui/layout.tsx';

/** An error a route throws on purpose: a status and nothing else to reveal. */
export class HttpError extends Error {
  readonly statusCode: number;
  constructor(statusCode: number, message = 'HTTP error') {
    super(message);
    this.statusCode = statusCode;
  }
}
export const notFound = () => new HttpError(404, 'Not found');
export const forbidden = () => new HttpError(403, 'Forbidden');

type ErrorKind = 'notFound' | 'forbidden' | 'csrf' | 'rateLimited' | 'server' | 'badRequest' | 'tooLarge';

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
    return errorPage(req, reply, config, status, kindOf(status, err.code));
  });
}
