import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../../config.ts';
import type { Services } from '../../../services/index.ts';
import { notFound } from '../../errors.tsx';
import { requireStaff } from '../../officer/require-staff.ts';
import { readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import type { FieldError } from '../../ui/components/index.ts';
import { href } from '../../ui/page-context.ts';
import { eServiceOf, staffOf } from '../eservice-of.ts';
import { builderPath } from '../paths.ts';
import { LanguagesPage } from './languages-page.tsx';

const PATH = '/handlaggare/bygg/:eServiceId/sprak';
/** The fields the page posts; anything else is a tampered form. */
const FIELDS = new Set(['_csrf', 'languages']);

/**
 * Which languages an e-service is offered in (issue 7, item 4): Swedish always,
 * the rest chosen here; and how complete each version is in each of them.
 * Publish checks require every text in exactly these languages.
 */
export function registerLanguageRoutes(
  app: FastifyInstance,
  { config, services }: { config: Config; services: Services },
): void {
  const preHandler = requireStaff(services, 'developer');

  async function load(req: FastifyRequest) {
    return { staff: staffOf(req), e: await eServiceOf(services, req) };
  }

  async function show(
    req: FastifyRequest,
    reply: Parameters<typeof pageContext>[1],
    status: number,
    opts: { chosen?: readonly string[]; errors?: FieldError[]; saved?: boolean } = {},
  ) {
    const { staff, e } = await load(req);
    const versions =
      (await services.builderOfferedLanguages.completenessByVersion(staff.municipalityId, e.id)) ?? [];
    const ctx = pageContext(req, reply, config, 'staff');
    const at = (rest: string) => href({ basePath: req.basePath }, builderPath(e.id, rest));
    return sendPage(
      reply,
      status,
      <LanguagesPage
        ctx={ctx}
        action={at('/sprak')}
        backHref={at('')}
        serviceName={e.name.sv}
        chosen={opts.chosen ?? e.offeredLanguages}
        offered={e.offeredLanguages}
        versions={versions}
        translationsHref={(versionId) => at(`/versioner/${versionId}/oversattning`)}
        errors={opts.errors ?? []}
        saved={opts.saved ?? false}
      />,
    );
  }

  app.get(PATH, { preHandler }, (req, reply) =>
    show(req, reply, 200, { saved: (req.query as Record<string, unknown>).sparat === '1' }),
  );

  app.post(PATH, { preHandler }, async (req, reply) => {
    const { staff, e } = await load(req);
    const t = pageContext(req, reply, config, 'staff').t;
    const form = await readPostedForm(req);
    const raw = form.fields.languages;
    const chosen = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    const fail = (message: string) =>
      show(req, reply, 422, {
        chosen: chosen.filter((c) => c.length <= 3),
        errors: [{ field: 'languages', message }],
      });
    if (Object.keys(form.fields).some((k) => !FIELDS.has(k)) || chosen.length > 100) {
      return fail(t.t('builderLang.error.badRequest'));
    }
    const r = await services.builderOfferedLanguages.save(staff.municipalityId, e.id, chosen, {
      id: staff.id,
      name: staff.name,
    });
    if (!r.ok) {
      if (r.reason === 'notFound') throw notFound();
      return fail(t.t('builderLang.error.unknownLanguage', { codes: r.codes.join(', ').slice(0, 60) }));
    }
    return reply.redirect(`${href({ basePath: req.basePath }, builderPath(e.id, '/sprak'))}?sparat=1`, 303);
  });
}
