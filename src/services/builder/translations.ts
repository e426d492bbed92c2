/**
 * Translating an e-service version through a file (issue 7, item 4): the
 * texts of a version go out as JSON for a translator, and come back into a
 * DRAFT version. Translating a draft needs no new version.
 *
 * A published (or retired) version is refused: the database forbids changing
 * its definition (the immutability trigger), and a translation overlay for
 * published versions — a separate table `localize` would read on top — does
 * not exist yet. Until it does, a translation of a published version goes
 * into a new draft version (create it from the published one, import, publish).
 */
import type { Db } from '../../db/database.ts';
import {
  applyTranslations,
  completeness,
  type LanguageCompleteness,
  TRANSLATION_LANG,
  type TranslationProblem,
  type TranslationRow,
  translationTable,
} from '../../domain/builder/translations.ts';
import { completeLanguages } from '../../domain/forms/localize.ts';
import type { Result } from '../../domain/forms/result.ts';
import { parseDefinition } from '../../domain/forms/schema/parse-definition.ts';
import { definitionOf } from '../eservices/definitions-cache.ts';

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
      code: 'notADraft' | 'notATranslationFile' | 'wrongVersion' | 'invalidDefinition';
    };

type Obj = { [k: string]: unknown };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function createTranslationService(db: Db) {
  async function loadVersion(municipalityId: string, versionId: string) {
    return db
      .selectFrom('e_service_version as v')
      .innerJoin('e_service as e', 'e.id', 'v.e_service_id')
      .select(['v.id', 'v.number', 'v.status', 'v.definition', 'e.slug'])
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
    const def = definitionOf(v.id, v.status, v.definition);
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
    const def = definitionOf(v.id, v.status, v.definition);
    return { languages: completeness(def, languages), complete: completeLanguages(def) };
  }

  /**
   * Puts a translator's file into the draft version it was made from. Only
   * `lang` changes; an unknown path, a file of another version, or a version
   * that is not a draft is refused and nothing is stored.
   */
  async function importTexts(
    municipalityId: string,
    versionId: string,
    document: unknown,
  ): Promise<Result<{ lang: string; applied: number }, TranslationImportProblem[]>> {
    const doc = readDocument(document);
    if (!doc) return { ok: false, error: [{ index: -1, path: '', code: 'notATranslationFile' }] };
    return db.transaction().execute(async (trx) => {
      const v = await trx
        .selectFrom('e_service_version')
        .select(['id', 'number', 'status', 'definition'])
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', versionId)
        .forUpdate()
        .executeTakeFirst();
      if (!v) return { ok: false, error: [{ index: -1, path: '', code: 'wrongVersion' }] } as const;
      if (v.status !== 'draft')
        return { ok: false, error: [{ index: -1, path: '', code: 'notADraft' }] } as const;
      if (v.number !== doc.version) {
        return { ok: false, error: [{ index: -1, path: '/version', code: 'wrongVersion' }] } as const;
      }
      const current = parseDefinition(v.definition);
      if (!current.ok)
        return { ok: false, error: [{ index: -1, path: '', code: 'invalidDefinition' }] } as const;
      const applied = applyTranslations(current.value, doc.lang, doc.rows);
      if (!applied.ok) return applied;
      // The translated definition must still be a definition (e.g. no over-long texts).
      const check = parseDefinition(applied.value);
      if (!check.ok)
        return { ok: false, error: [{ index: -1, path: '', code: 'invalidDefinition' }] } as const;
      await trx
        .updateTable('e_service_version')
        .set({ definition: JSON.stringify(check.value) })
        .where('id', '=', v.id)
        .where('status', '=', 'draft')
        .execute();
      return { ok: true, value: { lang: doc.lang, applied: doc.rows.length } } as const;
    });
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
