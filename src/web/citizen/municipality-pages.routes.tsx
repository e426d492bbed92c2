import type { FastifyInstance } from 'fastify';
import { pageContext, sendPage } from '../render.ts';
import { Page } from '../ui/layout.tsx';
import { themeCss } from '../ui/theme.ts';
import type { CitizenDeps } from './index.ts';

/** The municipality's theme, accessibility statement and personal-data page. */
export function registerMunicipalityPages(app: FastifyInstance, { config }: CitizenDeps): void {
  app.get('/theme.css', async (req, reply) => {
    return reply
      .header('content-type', 'text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(themeCss(req.municipality?.brandColour ?? ''));
  });

  app.get('/tillganglighet', async (req, reply) => {
    const ctx = pageContext(req, reply, config);
    const m = req.municipality;
    if (!m) throw new Error('municipality missing');
    const own = m.accessibilityStatement[ctx.lang];
    const fallback = own ? undefined : m.accessibilityStatement.sv;
    const title = ctx.t.t('municipality.accessibility.title');
    return sendPage(
      reply,
      200,
      <Page ctx={ctx} title={title}>
        <h1 class="govuk-heading-xl">{title}</h1>
        {own ? <p class="govuk-body">{own}</p> : null}
        {fallback ? (
          <>
            <p class="govuk-inset-text">{ctx.t.t('municipality.fallbackNote')}</p>
            <p class="govuk-body" lang="sv" dir="ltr">
              {fallback}
            </p>
          </>
        ) : null}
        {!own && !fallback ? (
          <p class="govuk-body">{ctx.t.t('municipality.accessibility.missing', { municipality: m.name })}</p>
        ) : null}
        <p class="govuk-body">{ctx.t.t('municipality.accessibility.platform')}</p>
      </Page>,
    );
  });

  app.get('/personuppgifter', async (req, reply) => {
    const ctx = pageContext(req, reply, config);
    const name = req.municipality?.name ?? '';
    const title = ctx.t.t('municipality.personalData.title');
    return sendPage(
      reply,
      200,
      <Page ctx={ctx} title={title}>
        <h1 class="govuk-heading-xl">{title}</h1>
        <p class="govuk-body">{ctx.t.t('municipality.personalData.body', { municipality: name })}</p>
        <p class="govuk-body">{ctx.t.t('municipality.personalData.contact', { municipality: name })}</p>
      </Page>,
    );
  });
}
