/**
 * Copying an e-service (issue 7, item 1): a new address and name; the copy
 * gets the descriptions, settings and current version's definition as draft
 * version 1 (services/builder/copy-eservice.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { EServiceInfo } from '../../../domain/eservices/eservice.ts';
import type { LangText } from '../../../domain/forms/definition.ts';
import { notFound } from '../../errors.tsx';
import type { OfficerDeps } from '../../officer/index.ts';
import { requireStaff } from '../../officer/require-staff.ts';
import { pageContext, sendPage } from '../../render.ts';
import type { FieldError } from '../../ui/components/index.ts';
import { getTranslator } from '../../ui/i18n/translator.ts';
import { href } from '../../ui/page-context.ts';
import { readFormValues } from '../eservice-form.ts';
import { eServiceOf as eServiceOfRequest, staffOf } from '../eservice-of.ts';
import { builderPath } from '../paths.ts';
import { CopyEServicePage, type CopyValues } from './copy-page.tsx';

const SLUG = /^[a-z0-9][a-z0-9-]{1,80}$/;
const MAX_NAME = 200;

/** The form's first values: the source's address and names, marked as a copy. */
export function copyDefaults(e: EServiceInfo): CopyValues {
  const sv = getTranslator('sv');
  const en = getTranslator('en');
  return {
    slug: `${e.slug}-kopia`.slice(0, 81),
    nameSv: sv.t('builderCopy.copyOf', { name: e.name.sv }),
    nameEn: e.name.en ? en.t('builderCopy.copyOf', { name: e.name.en }) : '',
  };
}

export function registerCopyRoutes(app: FastifyInstance, { config, services }: OfficerDeps): void {
  const preHandler = requireStaff(services, 'developer');
  const eServiceOf = (req: FastifyRequest) => eServiceOfRequest(services, req);
  const route = '/handlaggare/bygg/:eServiceId/kopiera';

  app.get(route, { preHandler }, async (req, reply) => {
    const e = await eServiceOf(req);
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      200,
      <CopyEServicePage ctx={ctx} eService={e} values={copyDefaults(e)} errors={[]} />,
    );
  });

  app.post(route, { preHandler }, async (req, reply) => {
    const staff = staffOf(req);
    const e = await eServiceOf(req);
    const ctx = pageContext(req, reply, config, 'staff');
    const t = ctx.t;
    const posted = readFormValues(req.body);
    const values: CopyValues = {
      slug: posted.slug ?? '',
      nameSv: posted.nameSv ?? '',
      nameEn: posted.nameEn ?? '',
    };
    const errors: FieldError[] = [];
    if (values.slug === '') errors.push({ field: 'slug', message: t.t('builderCopy.error.slugRequired') });
    else if (!SLUG.test(values.slug)) errors.push({ field: 'slug', message: t.t('builderCopy.error.slug') });
    if (values.nameSv === '')
      errors.push({ field: 'nameSv', message: t.t('builderCopy.error.nameRequired') });
    for (const field of ['nameSv', 'nameEn'] as const) {
      if (values[field].length > MAX_NAME) errors.push({ field, message: t.t('builderCopy.error.tooLong') });
    }
    const show = (status: number, errs: FieldError[]) =>
      sendPage(reply, status, <CopyEServicePage ctx={ctx} eService={e} values={values} errors={errs} />);
    if (errors.length > 0) return show(422, errors);
    const name: LangText = { sv: values.nameSv };
    if (values.nameEn !== '') name.en = values.nameEn;
    const r = await services.builderCopy(
      staff.municipalityId,
      e.id,
      { slug: values.slug, name },
      { id: staff.id, name: staff.name },
    );
    if (r.ok) {
      return reply.redirect(
        `${href({ basePath: req.basePath }, builderPath(r.eServiceId))}?klart=created`,
        303,
      );
    }
    if (r.reason === 'notFound') throw notFound();
    if (r.reason === 'slugTaken') {
      return show(409, [{ field: 'slug', message: t.t('builderCopy.error.slugTaken') }]);
    }
    if (r.reason === 'invalidSlug')
      return show(422, [{ field: 'slug', message: t.t('builderCopy.error.slug') }]);
    return show(409, [{ field: 'slug', message: t.t('builderCopy.error.noVersion') }]);
  });
}
