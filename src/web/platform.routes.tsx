import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Services } from '../services/index.ts';
import { pageContext, sendPage } from './render.ts';
import { Page } from './ui/layout.tsx';

/**
 * The platform's own start page. With one municipality it goes straight to
 * it; with several (the nine eSamverkan municipalities on one installation)
 * the resident chooses.
 */
export function registerPlatformRoutes(app: FastifyInstance, config: Config, services: Services): void {
  app.get('/', async (req, reply) => {
    const list = await services.municipalities.list();
    if (list.length === 1 && list[0]) return reply.redirect(`/${list[0].slug}/`, 302);
    const ctx = pageContext(req, reply, config);
    const title = ctx.t.t('layout.chooseMunicipality');
    return sendPage(
      reply,
      200,
      <Page ctx={ctx} title={title}>
        <h1 class="govuk-heading-xl">{title}</h1>
        <h2 class="govuk-heading-m">{ctx.t.t('layout.municipalities')}</h2>
        <ul class="govuk-list">
          {list.map((m) => (
            <li>
              <a class="govuk-link" href={`/${m.slug}/`}>
                {m.name}
              </a>
            </li>
          ))}
        </ul>
      </Page>,
    );
  });
}
