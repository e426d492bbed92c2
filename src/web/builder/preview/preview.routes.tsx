import type { FastifyInstance } from 'fastify';
import { completeLanguages } from '../../../domain/forms/localize.ts';
import { contentLanguage } from '../../citizen/content-language.ts';
import { StartPage } from '../../citizen/eservice-start.routes.tsx';
import type { OfficerDeps } from '../../officer/index.ts';
import { requireStaff } from '../../officer/require-staff.ts';
import { pageContext, sendPage } from '../../render.ts';
import { href } from '../../ui/page-context.ts';
import { eServiceOf } from '../eservice-of.ts';
import { builderPath } from '../paths.ts';

/**
 * GET /:kommun/handlaggare/bygg/:eServiceId/forhandsgranska — the
 * e-service's start page (description, what you need, login, personal-data
 * information) as residents will see it, before it is published too. Nothing
 * on it starts an application; it leads to "Prova" for the version being built.
 */
export function registerPreviewRoutes(app: FastifyInstance, { config, services }: OfficerDeps): void {
  const preHandler = requireStaff(services, 'developer');
  app.get('/handlaggare/bygg/:eServiceId/forhandsgranska', { preHandler }, async (req, reply) => {
    const e = await eServiceOf(services, req);
    // The draft being built, else what residents have now.
    const shownId = await services.builderVersions.currentVersionId(e.municipalityId, e.id);
    const version = shownId
      ? await services.builderVersions.getVersion(e.municipalityId, e.id, shownId)
      : undefined;
    const ctx = pageContext(req, reply, config, 'resident');
    const lang = contentLanguage(req, reply, config, e.offeredLanguages, ctx.lang);
    const partlyTranslated =
      version !== undefined && lang !== 'sv' && !completeLanguages(version.definition).includes(lang);
    const path = builderPath(e.id, '/forhandsgranska');
    return sendPage(
      reply,
      200,
      <StartPage
        ctx={ctx}
        e={e}
        lang={lang}
        partlyTranslated={partlyTranslated}
        preview={{
          path,
          tryHref: version ? href(ctx, builderPath(e.id, `/versioner/${version.id}/prova`)) : null,
          backHref: href(ctx, builderPath(e.id)),
        }}
      />,
    );
  });
}
