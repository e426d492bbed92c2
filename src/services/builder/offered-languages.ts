/**
 * The languages an e-service is offered in (issue 7, item 4): Swedish always,
 * plus those the developer chooses from OFFERABLE_LANGUAGES. Publish checks
 * require every text in exactly these; residents are shown them on the
 * e-service's start page. Saving is audited (`eservice.settings.saved`,
 * change 'languagesSaved').
 */
import type { Db } from '../../db/database.ts';
import {
  completeness,
  type LanguageCompleteness,
  normalizeOfferedLanguages,
  OFFERABLE_LANGUAGES,
} from '../../domain/builder/translations.ts';
import { readableDefinition } from '../eservices/definitions-cache.ts';
import { auditBuilderChange, type BuilderActor } from './audit.ts';

export interface VersionCompleteness {
  versionId: string;
  number: number;
  status: string;
  /** One entry per offered language other than Swedish. */
  languages: LanguageCompleteness[];
}

export type SaveLanguagesResult =
  | { ok: true; languages: string[] }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'unknownLanguage'; codes: string[] };

export function createOfferedLanguagesService(db: Db) {
  async function get(municipalityId: string, eServiceId: string): Promise<string[] | undefined> {
    const row = await db
      .selectFrom('e_service')
      .select('offered_languages')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', eServiceId)
      .executeTakeFirst();
    return row?.offered_languages;
  }

  /** Replaces the offered languages; codes outside the list are refused and nothing changes. */
  async function save(
    municipalityId: string,
    eServiceId: string,
    codes: readonly string[],
    actor: BuilderActor,
  ): Promise<SaveLanguagesResult> {
    const known = new Set(OFFERABLE_LANGUAGES.map((l) => l.code));
    const unknown = codes.filter((c) => c !== 'sv' && !known.has(c));
    if (unknown.length > 0) return { ok: false, reason: 'unknownLanguage', codes: unknown };
    const languages = normalizeOfferedLanguages(codes);
    return db.transaction().execute(async (trx) => {
      const before = await trx
        .selectFrom('e_service')
        .select('offered_languages')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', eServiceId)
        .forUpdate()
        .executeTakeFirst();
      if (!before) return { ok: false, reason: 'notFound' } as const;
      await trx
        .updateTable('e_service')
        .set({ offered_languages: languages, updated_at: new Date() })
        .where('id', '=', eServiceId)
        .execute();
      const added = languages.filter((l) => !before.offered_languages.includes(l));
      const removed = before.offered_languages.filter((l) => !languages.includes(l));
      await auditBuilderChange(trx, municipalityId, eServiceId, actor, 'eservice.settings.saved', {
        change: 'languagesSaved',
        languages: languages.join(', '),
        added: added.join(', '),
        removed: removed.join(', '),
      });
      return { ok: true, languages } as const;
    });
  }

  /** For every version of the e-service, newest first: how complete each offered language is. */
  async function completenessByVersion(
    municipalityId: string,
    eServiceId: string,
  ): Promise<VersionCompleteness[] | undefined> {
    const languages = await get(municipalityId, eServiceId);
    if (!languages) return undefined;
    const versions = await db
      .selectFrom('e_service_version')
      .select(['id', 'number', 'status', 'definition'])
      .where('municipality_id', '=', municipalityId)
      .where('e_service_id', '=', eServiceId)
      .orderBy('number', 'desc')
      .execute();
    const targets = languages.filter((l) => l !== 'sv');
    const out: VersionCompleteness[] = [];
    for (const v of versions) {
      const def = await readableDefinition(db, v.id, v.status, v.definition);
      out.push({
        versionId: v.id,
        number: v.number,
        status: v.status,
        languages: completeness(def, targets),
      });
    }
    return out;
  }

  return { get, save, completenessByVersion };
}

export type OfferedLanguagesService = ReturnType<typeof createOfferedLanguagesService>;
