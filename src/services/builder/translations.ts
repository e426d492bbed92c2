/**
 * Translating an e-service version through the page or a file (issue 7, item
 * 4): the texts of a version go out for a translator and come back in.
 * Translating never requires a new version:
 *
 * - a DRAFT's translations are written into its definition;
 * - a PUBLISHED or RETIRED version's definition is immutable (the database
 *   refuses changes), so its translations go into `version_translation`
 *   beside it and are laid over it when it is read
 *   (eservices/definitions-cache.ts `readableDefinition`). Swedish texts never
 *   change after publishing; only other languages are stored there.
 *
 * Every save is audited (`eservice.translation.saved`, change 'translationSaved').
 */
import type { Db } from '../../db/database.ts';
import {
  applyTranslations,
  completeness,
  type LanguageCompleteness,
  overlayFor,
  TRANSLATION_LANG,
  type TranslationProblem,
  type TranslationRow,
  translationTable,
  withOverlay,
} from '../../domain/builder/translations.ts';
import { completeLanguages } from '../../domain/forms/localize.ts';
import type { Result } from '../../domain/forms/result.ts';
import { parseDefinition } from '../../domain/forms/schema/parse-definition.ts';
import { forgetReadable, overlayOf, readableDefinition } from '../eservices/definitions-cache.ts';
import { auditBuilderChange, type BuilderActor } from './audit.ts';

export const TRANSLATIONS_FORMAT = 'ingang.translations';

/** The file a translator gets and sends back: only `rows[].text` is theirs to change. */
export interface TranslationDocument {
  format: typeof TRANSLATIONS_FORMAT;
  formatVersion: 1;
  eService: string;
  version: number;
  lang: string;
  rows: TranslationRow[];
}

export type TranslationImportProblem =
  | TranslationProblem
  | {
      index: -1;
      path: string;
      code: 'notATranslationFile' | 'wrongVersion' | 'invalidDefinition';
    };

type Obj = { [k: string]: unknown };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function createTranslationService(db: Db) {
  async function loadVersion(municipalityId: string, versionId: string) {
    return db
      .selectFrom('e_service_version as v')
      .innerJoin('e_service as e', 'e.id', 'v.e_service_id')
      .select(['v.id', 'v.number', 'v.status', 'v.definition', 'v.e_service_id', 'e.slug'])
      .where('v.municipality_id', '=', municipalityId)
      .where('v.id', '=', versionId)
      .executeTakeFirst();
  }

  /** Every text of the version in Swedish and `lang`, as a file for a translator. */
  async function exportTexts(
    municipalityId: string,
    versionId: string,
    lang: string,
  ): Promise<TranslationDocument | undefined> {
    if (!TRANSLATION_LANG.test(lang)) return undefined;
    const v = await loadVersion(municipalityId, versionId);
    if (!v) return undefined;
    const def = await readableDefinition(db, v.id, v.status, v.definition);
    return {
      format: TRANSLATIONS_FORMAT,
      formatVersion: 1,
      eService: v.slug,
      version: v.number,
      lang,
      rows: translationTable(def, lang),
    };
  }

  /** Per language: texts missing and percent done; plus the languages that are complete. */
  async function versionCompleteness(
    municipalityId: string,
    versionId: string,
    languages: readonly string[],
  ): Promise<{ languages: LanguageCompleteness[]; complete: string[] } | undefined> {
    const v = await loadVersion(municipalityId, versionId);
    if (!v) return undefined;
    const def = await readableDefinition(db, v.id, v.status, v.definition);
    return { languages: completeness(def, languages), complete: completeLanguages(def) };
  }

  /**
   * Puts a translator's file (or the page's rows) into the version it was
   * made from: into a draft's definition, or beside a published/retired
   * version's. Only `lang` changes; an unknown path or a file of another
   * version is refused and nothing is stored.
   */
  async function importTexts(
    municipalityId: string,
    versionId: string,
    document: unknown,
    actor?: BuilderActor,
  ): Promise<Result<{ lang: string; applied: number }, TranslationImportProblem[]>> {
    const doc = readDocument(document);
    if (!doc) return { ok: false, error: [{ index: -1, path: '', code: 'notATranslationFile' }] };
    type Done = Result<{ lang: string; applied: number }, TranslationImportProblem[]> & {
      versionId?: string;
    };
    const result = await db.transaction().execute(async (trx): Promise<Done> => {
      const v = await trx
        .selectFrom('e_service_version')
        .select(['id', 'number', 'status', 'definition', 'e_service_id'])
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', versionId)
        .forUpdate()
        .executeTakeFirst();
      if (!v) return { ok: false, error: [{ index: -1, path: '', code: 'wrongVersion' }] };
      if (v.number !== doc.version) {
        return { ok: false, error: [{ index: -1, path: '/version', code: 'wrongVersion' }] };
      }
      const stored = parseDefinition(v.definition);
      if (!stored.ok) return { ok: false, error: [{ index: -1, path: '', code: 'invalidDefinition' }] };
      const draft = v.status === 'draft';
      const overlay = draft ? {} : await overlayOf(trx, v.id);
      const current = withOverlay(stored.value, overlay);
      const applied = applyTranslations(current, doc.lang, doc.rows);
      if (!applied.ok) return applied;
      // The translated definition must still be a definition (e.g. no over-long texts).
      const check = parseDefinition(applied.value);
      if (!check.ok) return { ok: false, error: [{ index: -1, path: '', code: 'invalidDefinition' }] };
      if (draft) {
        await trx
          .updateTable('e_service_version')
          .set({ definition: JSON.stringify(check.value) })
          .where('id', '=', v.id)
          .where('status', '=', 'draft')
          .execute();
      } else {
        // Only what differs from the immutable definition is stored.
        const texts = overlayFor(stored.value, check.value, doc.lang);
        await trx
          .insertInto('version_translation')
          .values({
            version_id: v.id,
            municipality_id: municipalityId,
            lang: doc.lang,
            texts: JSON.stringify(texts),
          })
          .onConflict((oc) =>
            oc
              .columns(['version_id', 'lang'])
              .doUpdateSet({ texts: JSON.stringify(texts), updated_at: new Date() }),
          )
          .execute();
      }
      if (actor) {
        await auditBuilderChange(trx, municipalityId, v.e_service_id, actor, 'eservice.translation.saved', {
          change: 'translationSaved',
          versionId: v.id,
          number: v.number,
          lang: doc.lang,
          count: doc.rows.length,
          published: !draft,
        });
      }
      return { ok: true, value: { lang: doc.lang, applied: doc.rows.length }, versionId: v.id };
    });
    if (!result.ok) return result;
    if (result.versionId) forgetReadable(result.versionId);
    return { ok: true, value: result.value };
  }

  return { exportTexts, versionCompleteness, importTexts };
}

/** The translator's file, strictly: the properties we wrote and nothing else. */
function readDocument(
  v: unknown,
): { version: number; lang: string; rows: { path: string; text: string }[] } | undefined {
  if (!isObj(v)) return undefined;
  const keys = ['format', 'formatVersion', 'eService', 'version', 'lang', 'rows'];
  if (Object.keys(v).some((k) => !keys.includes(k))) return undefined;
  if (v.format !== TRANSLATIONS_FORMAT || v.formatVersion !== 1) return undefined;
  if (typeof v.version !== 'number' || typeof v.lang !== 'string' || !Array.isArray(v.rows)) return undefined;
  const rows: { path: string; text: string }[] = [];
  for (const r of v.rows) {
    if (!isObj(r) || Object.keys(r).some((k) => !['path', 'sv', 'text'].includes(k))) return undefined;
    if (typeof r.path !== 'string' || typeof r.text !== 'string') return undefined;
    rows.push({ path: r.path, text: r.text });
  }
  return { version: v.version, lang: v.lang, rows };
}

export type TranslationService = ReturnType<typeof createTranslationService>;
