import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Services } from '../../services/index.ts';
import { notFound } from '../errors.tsx';

/**
 * Resolves the municipality of every route under /:kommun. An unknown slug
 * is a 404; a staff session from another municipality is treated as logged
 * out here, so nothing crosses municipalities.
 */
export const tenantPlugin = fp(async (app: FastifyInstance, opts: { services: Services }) => {
  app.addHook('onRequest', async (req) => {
    const slug = (req.params as { kommun?: string }).kommun ?? '';
    const m = await opts.services.municipalities.bySlug(slug);
    if (!m) throw notFound();
    // Reached by its own host name when the original URL lacks the prefix.
    const hostMapped = !req.originalUrl.startsWith(`/${slug}`);
    req.municipality = m;
    req.basePath = hostMapped ? '' : `/${m.slug}`;
    if (req.session?.kind === 'staff' && req.session.municipalityId !== m.id) {
      req.session = null;
    }
  });
});
