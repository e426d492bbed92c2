import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EServiceInfo } from '../../domain/eservices/eservice.ts';
import type { StaffPrincipal } from '../../domain/staff/roles.ts';
import { notFound } from '../errors.tsx';
import type { OfficerDeps } from '../officer/index.ts';
import { requireStaff } from '../officer/require-staff.ts';
import { readPostedForm } from '../posted-form.ts';
import { pageContext, sendPage } from '../render.ts';
import type { FieldError } from '../ui/components/index.ts';
import type { Translator } from '../ui/i18n/translator.ts';
import { href } from '../ui/page-context.ts';
import { BuilderListPage } from './builder-list-page.tsx';
import { registerConditionRoutes } from './conditions/conditions.routes.tsx';
import { registerCopyRoutes } from './copy/copy.routes.tsx';
import { registerEditorRoutes } from './editor/editor.routes.tsx';
import { fieldLabel } from './eservice-fields.tsx';
import {
  type FormErrorCode,
  type FormValues,
  formValuesOf,
  parseEServiceForm,
  readFormValues,
} from './eservice-form.ts';
import { eServiceOf as eServiceOfRequest, staffOf } from './eservice-of.ts';
import { type BuilderNotice, EServicePage } from './eservice-page.tsx';
import { registerLanguageRoutes } from './languages/languages.routes.tsx';
import { NewEServicePage } from './new-eservice-page.tsx';
import { registerOfficerRoutes } from './officers/officers.routes.tsx';
import { builderPath } from './paths.ts';
import { registerPreviewRoutes } from './preview/preview.routes.tsx';
import { packageProblemText, publishProblemText } from './problem-text.ts';
import { registerSettingsRoutes } from './settings/settings.routes.tsx';
import { registerTranslationRoutes } from './translations/translations.routes.tsx';
import { registerTryRoutes } from './try/try.routes.tsx';

const DONE = ['created', 'saved', 'draftCreated', 'draftExists', 'published', 'retired', 'imported'] as const;
type Done = (typeof DONE)[number];

function errorText(t: Translator, field: string, code: FormErrorCode | 'slugTaken'): string {
  if (code === 'required')
    return t.t('builder.error.required', { field: fieldLabel(t, field).toLowerCase() });
  if (code === 'tooLong') return t.t('builder.error.tooLong', { field: fieldLabel(t, field) });
  return t.t(`builder.error.${code}`);
}

/**
 * The e-service builder, under /:kommun/handlaggare/bygg: for e-service
 * developers (and admins). Every e-service is looked up in the municipality
 * of the session, so another municipality's id is simply not found.
 */
export function registerBuilderRoutes(app: FastifyInstance, { config, services }: OfficerDeps): void {
  registerTranslationRoutes(app, { config, services });
  registerSettingsRoutes(app, { config, services });
  registerLanguageRoutes(app, { config, services });
  registerOfficerRoutes(app, { config, services });
  registerConditionRoutes(app, { config, services });
  registerTryRoutes(app, { config, services });
  registerCopyRoutes(app, { config, services });
  registerEditorRoutes(app, { config, services });
  registerPreviewRoutes(app, { config, services });
  const preHandler = requireStaff(services, 'developer');
  const actorOf = (s: StaffPrincipal) => ({ id: s.id, name: s.name });
  const toPage = (req: FastifyRequest, id: string | undefined, rest = '', query = '') =>
    `${href({ basePath: req.basePath }, builderPath(id, rest))}${query}`;

  const eServiceOf = (req: FastifyRequest) => eServiceOfRequest(services, req);

  async function showEService(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    e: EServiceInfo,
    opts: { values?: FormValues; errors?: FieldError[]; notice?: BuilderNotice | null } = {},
  ) {
    const m = staffOf(req).municipalityId;
    const ctx = pageContext(req, reply, config, 'staff');
    const [versions, history] = await Promise.all([
      services.builderVersions.versionsWithCaseCounts(m, e.id),
      services.builderVersions.history(m, e.id),
    ]);
    return sendPage(
      reply,
      status,
      <EServicePage
        ctx={ctx}
        eService={e}
        values={opts.values ?? formValuesOf(e)}
        errors={opts.errors ?? []}
        versions={versions}
        history={history}
        notice={opts.notice ?? null}
      />,
    );
  }

  async function showList(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    importErrors: FieldError[] = [],
    importProblems: string[] = [],
  ) {
    const ctx = pageContext(req, reply, config, 'staff');
    const entries = await services.builderEServices.listForBuilder(staffOf(req).municipalityId);
    return sendPage(
      reply,
      status,
      <BuilderListPage
        ctx={ctx}
        entries={entries}
        importErrors={importErrors}
        importProblems={importProblems}
      />,
    );
  }

  app.get('/handlaggare/bygg', { preHandler }, (req, reply) => showList(req, reply, 200));

  app.get('/handlaggare/bygg/ny', { preHandler }, async (req, reply) => {
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      200,
      <NewEServicePage ctx={ctx} values={{ loginRequirement: 'required' }} errors={[]} />,
    );
  });

  app.post('/handlaggare/bygg/ny', { preHandler }, async (req, reply) => {
    const staff = staffOf(req);
    const values = readFormValues(req.body);
    const parsed = parseEServiceForm(values, true);
    const taken = parsed.ok && (await services.eServices.bySlug(staff.municipalityId, parsed.slug));
    if (!parsed.ok || taken) {
      const ctx = pageContext(req, reply, config, 'staff');
      const errors = parsed.ok
        ? [{ field: 'slug', message: errorText(ctx.t, 'slug', 'slugTaken') }]
        : parsed.errors.map((e) => ({ field: e.field, message: errorText(ctx.t, e.field, e.code) }));
      return sendPage(reply, 422, <NewEServicePage ctx={ctx} values={values} errors={errors} />);
    }
    const e = await services.eServices.create(staff.municipalityId, {
      ...parsed.metadata,
      slug: parsed.slug,
      whatYouNeed: null,
      summaryKeys: [],
      handleWithinDays: null,
    });
    await services.builderVersions.newDraftFromCurrent(staff.municipalityId, e.id, actorOf(staff));
    return reply.redirect(toPage(req, e.id, '', '?klart=created'), 303);
  });

  app.post('/handlaggare/bygg/importera', { preHandler }, async (req, reply) => {
    const staff = staffOf(req);
    const ctx = pageContext(req, reply, config, 'staff');
    const file = req.isMultipart()
      ? (await readPostedForm(req)).files.find((f) => f.field === 'file')
      : undefined;
    if (!file || file.data.length === 0) {
      return showList(req, reply, 422, [{ field: 'file', message: ctx.t.t('builder.import.noFile') }]);
    }
    let document: unknown;
    try {
      document = JSON.parse(file.data.toString('utf8'));
    } catch {
      return showList(req, reply, 422, [{ field: 'file', message: ctx.t.t('builder.import.notJson') }]);
    }
    const result = await services.builderSharing.importEService(staff.municipalityId, document);
    if (!result.ok) {
      return showList(
        req,
        reply,
        422,
        [{ field: 'file', message: ctx.t.t('builder.import.problems') }],
        result.error.map((p) => packageProblemText(ctx.t, p)),
      );
    }
    return reply.redirect(toPage(req, result.value.eServiceId, '', '?klart=imported'), 303);
  });

  app.get('/handlaggare/bygg/:eServiceId', { preHandler }, async (req, reply) => {
    const e = await eServiceOf(req);
    const t = pageContext(req, reply, config, 'staff').t;
    const q = req.query as { klart?: string; nummer?: string };
    const done = (DONE as readonly string[]).includes(q.klart ?? '') ? (q.klart as Done) : null;
    const number = String(Number(q.nummer) || '');
    const heading: Record<Done, string> = {
      created: t.t('builder.done.created'),
      saved: t.t('builder.page.saved'),
      draftCreated: t.t('builder.done.draftCreated', { number }),
      draftExists: t.t('builder.done.draftExists', { number }),
      published: t.t('builder.done.published'),
      retired: t.t('builder.done.retired'),
      imported: t.t('builder.import.done'),
    };
    return showEService(req, reply, 200, e, { notice: done && { kind: 'success', heading: heading[done] } });
  });

  app.post('/handlaggare/bygg/:eServiceId', { preHandler }, async (req, reply) => {
    const staff = staffOf(req);
    const e = await eServiceOf(req);
    const values = readFormValues(req.body);
    const parsed = parseEServiceForm(values, false, e.offeredLanguages);
    if (!parsed.ok) {
      const t = pageContext(req, reply, config, 'staff').t;
      const errors = parsed.errors.map((x) => ({ field: x.field, message: errorText(t, x.field, x.code) }));
      return showEService(req, reply, 422, e, { values: { ...values, slug: e.slug }, errors });
    }
    await services.builderEServices.updateMetadata(
      staff.municipalityId,
      e.id,
      parsed.metadata,
      actorOf(staff),
    );
    return reply.redirect(toPage(req, e.id, '', '?klart=saved'), 303);
  });

  app.post('/handlaggare/bygg/:eServiceId/ny-version', { preHandler }, async (req, reply) => {
    const staff = staffOf(req);
    const e = await eServiceOf(req);
    const r = await services.builderVersions.newDraftFromCurrent(staff.municipalityId, e.id, actorOf(staff));
    if (!r.ok) throw notFound();
    const done = r.created ? 'draftCreated' : 'draftExists';
    return reply.redirect(toPage(req, e.id, '', `?klart=${done}&nummer=${r.number}`), 303);
  });

  /** The version named in the form, which must be one of this e-service's; undefined when none is named. */
  async function postedVersion(req: FastifyRequest, e: EServiceInfo) {
    const versionId = (req.body as Record<string, unknown> | undefined)?.versionId;
    if (typeof versionId !== 'string' || versionId === '') return undefined;
    const v = await services.builderVersions.getVersion(staffOf(req).municipalityId, e.id, versionId);
    if (!v) throw notFound();
    return v;
  }

  const refusedNotice = (t: Translator, items: string[]): BuilderNotice => ({
    kind: 'refused',
    heading: t.t('builder.publish.refused'),
    items,
  });

  app.post('/handlaggare/bygg/:eServiceId/kontrollera', { preHandler }, async (req, reply) => {
    const e = await eServiceOf(req);
    const t = pageContext(req, reply, config, 'staff').t;
    const v = await postedVersion(req, e);
    if (!v)
      return showEService(req, reply, 422, e, {
        notice: refusedNotice(t, [t.t('builder.refused.noVersion')]),
      });
    const r = await services.builderVersions.check(staffOf(req).municipalityId, v.id);
    if (!r.ok) throw notFound();
    const number = String(r.number);
    const notice: BuilderNotice =
      r.problems.length === 0
        ? { kind: 'success', heading: t.t('builder.check.ok', { number }) }
        : {
            kind: 'problems',
            heading: t.t('builder.check.problems', { number }),
            items: r.problems.map((p) => publishProblemText(t, p)),
          };
    return showEService(req, reply, 200, e, { notice });
  });

  app.post('/handlaggare/bygg/:eServiceId/publicera', { preHandler }, async (req, reply) => {
    const staff = staffOf(req);
    const e = await eServiceOf(req);
    const t = pageContext(req, reply, config, 'staff').t;
    const v = await postedVersion(req, e);
    if (!v)
      return showEService(req, reply, 422, e, {
        notice: refusedNotice(t, [t.t('builder.refused.noVersion')]),
      });
    const r = await services.builderVersions.publishChecked(staff.municipalityId, v.id, actorOf(staff));
    if (r.ok) return reply.redirect(toPage(req, e.id, '', '?klart=published'), 303);
    if (r.reason === 'notFound') throw notFound();
    const items =
      r.reason === 'publishProblems'
        ? r.problems.map((p) => publishProblemText(t, p))
        : [t.t('builder.refused.notDraft')];
    return showEService(req, reply, 409, e, { notice: refusedNotice(t, items) });
  });

  app.post('/handlaggare/bygg/:eServiceId/avpublicera', { preHandler }, async (req, reply) => {
    const staff = staffOf(req);
    const e = await eServiceOf(req);
    const t = pageContext(req, reply, config, 'staff').t;
    const v = await postedVersion(req, e);
    if (!v)
      return showEService(req, reply, 422, e, {
        notice: refusedNotice(t, [t.t('builder.refused.noVersion')]),
      });
    const r = await services.builderVersions.retire(staff.municipalityId, v.id, actorOf(staff));
    if (r.ok) return reply.redirect(toPage(req, e.id, '', '?klart=retired'), 303);
    if (r.reason === 'notFound') throw notFound();
    return showEService(req, reply, 409, e, {
      notice: { kind: 'refused', heading: t.t('builder.refused.notPublished') },
    });
  });

  app.get('/handlaggare/bygg/:eServiceId/export', { preHandler }, async (req, reply) => {
    const e = await eServiceOf(req);
    const pkg = await services.builderSharing.exportEService(staffOf(req).municipalityId, e.id);
    if (!pkg) throw notFound();
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${e.slug}.json"`)
      .header('cache-control', 'no-store')
      .send(JSON.stringify(pkg, null, 2));
  });
}
