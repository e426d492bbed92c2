import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../config.ts';
import {
  ownLanguageName,
  type TextPlace,
  type TranslationRow,
  textPlaces,
} from '../../../domain/builder/translations.ts';
import {
  TRANSLATIONS_FORMAT,
  type TranslationImportProblem,
} from '../../../services/builder/translations.ts';
import { isUuid } from '../../../services/drafts/drafts.ts';
import type { Services } from '../../../services/index.ts';
import { notFound } from '../../errors.tsx';
import { requireStaff } from '../../officer/require-staff.ts';
import { readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import type { FieldError } from '../../ui/components/index.ts';
import type { Translator } from '../../ui/i18n/translator.ts';
import { href } from '../../ui/page-context.ts';
import { languageName, TARGET_LANGUAGES } from './languages.ts';
import {
  readTranslationWorkbook,
  type SheetHeaders,
  type SheetReadProblem,
  translationWorkbook,
  XLSX_TYPE,
} from './spreadsheet.ts';
import { pathField, TranslationsPage, textField, textId } from './translations-page.tsx';

export interface TranslationRouteDeps {
  config: Config;
  services: Services;
}

/** The domain's limit on one text (applyTranslations refuses longer ones). */
const MAX_TEXT = 20000;
const PATH = '/handlaggare/bygg/:eServiceId/versioner/:versionId/oversattning';

type Params = { eServiceId: string; versionId: string };

/**
 * The translation page of a version (issue 7, item 4): Swedish beside another
 * language, completeness per language, and JSON files for translators.
 * A draft's translations go into its definition; a published or retired
 * version's beside it (services/builder/translations.ts). Files: JSON and
 * .xlsx (spreadsheet.ts), both read back through the same strict import.
 */
export function registerTranslationRoutes(
  app: FastifyInstance,
  { config, services }: TranslationRouteDeps,
): void {
  const preHandler = requireStaff(services, 'developer');

  /** The version, if it is one of this e-service in this municipality. */
  async function load(req: FastifyRequest) {
    const { eServiceId, versionId } = req.params as Params;
    const staff = req.staff;
    if (!staff) throw new Error('requireStaff did not run');
    if (!isUuid(eServiceId) || !isUuid(versionId)) throw notFound();
    const m = staff.municipalityId;
    const service = await services.eServices.byId(m, eServiceId);
    if (!service) throw notFound();
    // Only this version: the version list would count every case of the e-service.
    const version = await services.builderVersions.getVersion(m, eServiceId, versionId);
    if (!version) throw notFound();
    return {
      m,
      actor: { id: staff.id, name: staff.name },
      service,
      version,
      base: href(
        { basePath: req.basePath },
        `/handlaggare/bygg/${eServiceId}/versioner/${versionId}/oversattning`,
      ),
      versionsHref: href({ basePath: req.basePath }, `/handlaggare/bygg/${eServiceId}`),
    };
  }

  /** The language asked for (?sprak=xx), else the first one the e-service is offered in, else English. */
  function chosenLang(req: FastifyRequest, offered: readonly string[] = []): string {
    const q = (req.query as Record<string, unknown>).sprak;
    if (typeof q === 'string' && /^[a-z]{2,3}$/.test(q) && q !== 'sv') return q;
    return offered.find((l) => l !== 'sv') ?? 'en';
  }

  async function render(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    lang: string,
    opts: { rows?: TranslationRow[]; errors?: FieldError[]; notice?: string } = {},
  ) {
    const { m, service, version, base, versionsHref } = await load(req);
    const doc = await services.builderTranslations.exportTexts(m, version.id, lang);
    if (!doc) throw notFound();
    // The offered languages first, then the usual ones, then the one asked for.
    const languages = [
      ...new Set([...service.offeredLanguages.filter((l) => l !== 'sv'), ...TARGET_LANGUAGES, lang]),
    ];
    const done = await services.builderTranslations.versionCompleteness(m, version.id, languages);
    const ctx = pageContext(req, reply, config, 'staff');
    return sendPage(
      reply,
      status,
      <TranslationsPage
        ctx={ctx}
        action={base}
        backHref={versionsHref}
        serviceName={service.name.sv}
        versionNumber={version.number}
        editable
        published={version.status !== 'draft'}
        offered={service.offeredLanguages}
        lang={lang}
        languages={languages}
        completeness={done?.languages ?? []}
        rows={opts.rows ?? doc.rows}
        errors={opts.errors ?? []}
        notice={opts.notice}
      />,
    );
  }

  app.get(PATH, { preHandler }, async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const { service } = await load(req);
    const lang = chosenLang(req, service.offeredLanguages);
    const t = pageContext(req, reply, config, 'staff').t;
    const notice =
      typeof q.sparat === 'string'
        ? t.t('builderTr.saved', { count: q.sparat })
        : typeof q.inlast === 'string'
          ? t.t('builderTr.imported', { count: q.inlast, language: languageName(lang, t.lang) })
          : undefined;
    return render(req, reply, 200, lang, { notice });
  });

  app.get(`${PATH}/export`, { preHandler }, async (req, reply) => {
    const { m, service, version } = await load(req);
    const lang = chosenLang(req, service.offeredLanguages);
    const doc = await services.builderTranslations.exportTexts(m, version.id, lang);
    if (!doc) throw notFound();
    if ((req.query as Record<string, unknown>).format === 'xlsx') {
      const t = pageContext(req, reply, config, 'staff').t;
      const full = await services.eServices.version(m, version.id);
      const places = full ? textPlaces(full.definition) : [];
      const file = await translationWorkbook(doc, places, sheetHeaders(t, lang), (p) => placeText(t, p));
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="${service.slug}-v${version.number}-${lang}.xlsx"`,
        )
        .header('cache-control', 'no-store')
        .send(file);
    }
    const name = `${service.slug}-v${version.number}-${lang}.json`;
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(`${JSON.stringify(doc, null, 2)}\n`);
  });

  app.post(PATH, { preHandler }, async (req, reply) => {
    const { m, version, base, actor, service } = await load(req);
    const form = await readPostedForm(req);
    const lang = chosenLang(req, service.offeredLanguages);
    const t = pageContext(req, reply, config, 'staff').t;
    const current = await services.builderTranslations.exportTexts(m, version.id, lang);
    if (!current) throw notFound();
    // What was typed, row by row as posted; each row names its own path.
    const sv = new Map(current.rows.map((r) => [r.path, r.sv]));
    const rows: TranslationRow[] = [];
    for (let i = 0; ; i++) {
      const path = form.fields[pathField(i)];
      if (typeof path !== 'string') break;
      const text = form.fields[textField(i)];
      rows.push({
        path,
        sv: sv.get(path) ?? '',
        text: typeof text === 'string' ? text.replace(/\r\n/g, '\n') : '',
      });
    }
    const errors: FieldError[] = [];
    rows.forEach((r, i) => {
      if (r.text.length > MAX_TEXT)
        errors.push({
          field: textField(i),
          href: `#${textId(i)}`,
          message: t.t('builderTr.error.tooLong', { max: t.number(MAX_TEXT) }),
        });
    });
    if (errors.length === 0) {
      const result = await services.builderTranslations.importTexts(
        m,
        version.id,
        {
          format: TRANSLATIONS_FORMAT,
          formatVersion: 1,
          eService: current.eService,
          version: version.number,
          lang,
          rows,
        },
        actor,
      );
      if (result.ok) return reply.redirect(`${base}?sprak=${lang}&sparat=${rows.length}`, 303);
      errors.push(...problemsAsErrors(t, result.error, rows));
    }
    return render(req, reply, 422, lang, { rows, errors });
  });

  app.post(`${PATH}/import`, { preHandler }, async (req, reply) => {
    const { m, version, base, actor, service } = await load(req);
    const form = await readPostedForm(req);
    const t = pageContext(req, reply, config, 'staff').t;
    const file = form.files.find((f) => f.field === 'file');
    const lang = chosenLang(req, service.offeredLanguages);
    const fail = (...messages: string[]) =>
      render(req, reply, 422, lang, {
        errors: messages.map((message) => ({ field: 'file', href: '#file', message })),
      });
    if (!file || file.data.length === 0) return fail(t.t('builderTr.error.noFile'));
    let document: unknown;
    if (file.data[0] === 0x50 && file.data[1] === 0x4b) {
      // A spreadsheet (an .xlsx is a zip file): checked strictly against the texts in `lang`.
      const current = await services.builderTranslations.exportTexts(m, version.id, lang);
      if (!current) throw notFound();
      const read = await readTranslationWorkbook(file.data, {
        version: version.number,
        lang,
        languageHeader: sheetHeaders(t, lang).language,
        rows: current.rows,
      });
      if (!read.ok) return fail(...read.error.map((p) => sheetProblemText(t, p, lang)));
      document = { ...current, rows: read.value.rows.map((r) => ({ ...r, sv: '' })) };
    } else {
      try {
        document = JSON.parse(file.data.toString('utf8'));
      } catch {
        return fail(t.t('builderTr.error.notJson'));
      }
    }
    const result = await services.builderTranslations.importTexts(m, version.id, document, actor);
    if (!result.ok) {
      const errors = problemsAsErrors(t, result.error, []).map((e) => ({
        ...e,
        field: 'file',
        href: '#file',
      }));
      // The summary lists every problem; the field shows the first.
      return render(req, reply, 422, lang, { errors });
    }
    return reply.redirect(`${base}?sprak=${result.value.lang}&inlast=${result.value.applied}`, 303);
  });
}

/** The spreadsheet's headers in the page's language; the language column names the language in itself and by code. */
function sheetHeaders(t: Translator, lang: string): SheetHeaders {
  return {
    path: t.t('builderTr.sheet.path'),
    where: t.t('builderTr.sheet.where'),
    sv: 'Svenska (sv)',
    language: `${ownLanguageName(lang)} (${lang})`,
  };
}

/** "Steg 2 "Om barnet" › fråga "Namn" › hjälptext" */
function placeText(t: Translator, p: TextPlace): string {
  const parts = [t.t('builderTr.sheet.step', { number: String(p.step), title: p.stepTitle })];
  if (p.question) parts.push(t.t('builderTr.sheet.question', { label: p.question }));
  if (p.option) parts.push(t.t('builderTr.sheet.option', { label: p.option }));
  const field = p.field as
    | 'title'
    | 'description'
    | 'label'
    | 'hint'
    | 'help'
    | 'text'
    | 'unit'
    | 'patternMessage';
  parts.push(t.t(`builderTr.field.${field}`));
  return parts.join(' › ');
}

function sheetProblemText(t: Translator, p: SheetReadProblem, lang: string): string {
  if (p.row === 0)
    return t.t(`builderTr.sheet.error.${p.code}`, { language: `${ownLanguageName(lang)} (${lang})` });
  return t.t(`builderTr.sheet.error.${p.code}`, { row: String(p.row), path: p.path });
}

/** Plain words for the service's problems; those of one row point at its input when it is on the page. */
function problemsAsErrors(
  t: Translator,
  problems: readonly TranslationImportProblem[],
  rows: readonly TranslationRow[],
): FieldError[] {
  return problems.map((p) => {
    const message =
      p.code === 'tooLong'
        ? t.t('builderTr.error.tooLong', { max: t.number(MAX_TEXT) })
        : t.t(`builderTr.error.${p.code}`, { path: p.path });
    const onPage = p.index >= 0 && p.index < rows.length;
    return onPage
      ? { field: textField(p.index), href: `#${textId(p.index)}`, message }
      : { field: 'file', href: '#file', message };
  });
}
