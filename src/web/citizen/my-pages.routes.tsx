import type { FastifyInstance } from 'fastify';
import type { MessageKey } from '../ui/i18n/translator.ts';
import { pageContext, sendPage } from '../render.ts';
import { SummaryList } from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import type { CitizenDeps } from './index.ts';

/** Formats 191212121212 as 19121212-1212, the way residents write it. */
export function formatPersonalNumber(pnr: string): string {
  return pnr.length === 12 ? `${pnr.slice(0, 8)}-${pnr.slice(8)}` : pnr;
}

/** "Mina sidor": the logged-in resident's own page. */
export function registerMyPagesRoutes(app: FastifyInstance, { config }: CitizenDeps): void {
  app.get('/mina-sidor', async (req, reply) => {
    const s = req.session;
    if (s?.kind !== 'resident' || !s.resident) {
      return reply.redirect(`${req.basePath}/logga-in?returnTo=${encodeURIComponent(req.originalUrl)}`, 303);
    }
    const ctx = pageContext(req, reply, config, 'resident');
    const t = ctx.t;
    const title = t.t('auth.myPages.title');
    const method = s.loginMethod ? t.t(`auth.method.${s.loginMethod}` as MessageKey) : '';
    return sendPage(
      reply,
      200,
      <Page ctx={ctx} title={title}>
        <h1 class="govuk-heading-xl">{title}</h1>
        <p class="govuk-body-l">{t.t('auth.myPages.welcome', { name: s.resident.name })}</p>
        <SummaryList
          t={t}
          rows={[
            { key: t.t('auth.myPages.name'), value: s.resident.name },
            { key: t.t('auth.myPages.personalNumber'), value: formatPersonalNumber(s.resident.personalNumber) },
          ]}
        />
        <p class="govuk-body">{t.t('auth.myPages.loginMethod', { method })}</p>
      </Page>,
    );
  });
}
