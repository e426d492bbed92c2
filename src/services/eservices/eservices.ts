import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { EServiceInfo, PublishedVersion } from '../../domain/eservices/eservice.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import { parseDefinition } from '../../domain/forms/schema/parse-definition.ts';
import { readableDefinition } from './definitions-cache.ts';
import { toEServiceInfo } from './eservice-rows.ts';

export interface CatalogueEntry {
  eService: EServiceInfo;
  versionNumber: number;
}

export type NewEService = Omit<EServiceInfo, 'id' | 'municipalityId' | 'offeredLanguages'> & {
  offeredLanguages?: string[];
};

/** E-services of a municipality: the catalogue residents see, and versions. */
export function createEServiceService(db: Db) {
  async function listPublished(municipalityId: string, query?: string): Promise<CatalogueEntry[]> {
    let q = db
      .selectFrom('e_service as e')
      .innerJoin('e_service_version as v', (j) =>
        j.onRef('v.e_service_id', '=', 'e.id').on('v.status', '=', 'published'),
      )
      .selectAll('e')
      .select('v.number as version_number')
      .where('e.municipality_id', '=', municipalityId);
    const words = (query ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
    for (const w of words) {
      // Every word must be found in the name, description or category, in any
      // language; similar spellings count too (trigram similarity).
      const like = `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) =>
        eb.or([
          eb(sql`lower(e.name::text)`, 'like', like),
          eb(sql`lower(e.description::text)`, 'like', like),
          eb(sql`lower(e.category::text)`, 'like', like),
          eb(sql`word_similarity(${w}, lower(e.name::text))`, '>', 0.5),
        ]),
      );
    }
    const rows = await q.orderBy(sql`e.name->>'sv'`).execute();
    return rows.map((r) => ({ eService: toEServiceInfo(r), versionNumber: r.version_number }));
  }

  async function bySlug(municipalityId: string, slug: string): Promise<EServiceInfo | undefined> {
    const row = await db
      .selectFrom('e_service')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row && toEServiceInfo(row);
  }

  async function byId(municipalityId: string, id: string): Promise<EServiceInfo | undefined> {
    const row = await db
      .selectFrom('e_service')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toEServiceInfo(row);
  }

  async function publishedVersion(
    municipalityId: string,
    eServiceId: string,
  ): Promise<PublishedVersion | undefined> {
    const v = await db
      .selectFrom('e_service_version')
      .select(['id', 'number', 'status', 'definition'])
      .where('municipality_id', '=', municipalityId)
      .where('e_service_id', '=', eServiceId)
      .where('status', '=', 'published')
      .executeTakeFirst();
    return (
      v && {
        id: v.id,
        number: v.number,
        definition: await readableDefinition(db, v.id, v.status, v.definition),
      }
    );
  }

  /** Any version (cases and drafts keep pointing at theirs after a new one is published). */
  async function version(municipalityId: string, versionId: string) {
    const v = await db
      .selectFrom('e_service_version')
      .select(['id', 'number', 'status', 'definition', 'e_service_id'])
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', versionId)
      .executeTakeFirst();
    if (!v) return undefined;
    return {
      id: v.id,
      number: v.number,
      status: v.status,
      eServiceId: v.e_service_id,
      definition: await readableDefinition(db, v.id, v.status, v.definition),
    };
  }

  async function create(municipalityId: string, e: NewEService): Promise<EServiceInfo> {
    const row = await db
      .insertInto('e_service')
      .values({
        municipality_id: municipalityId,
        slug: e.slug,
        category: JSON.stringify(e.category),
        name: JSON.stringify(e.name),
        description: JSON.stringify(e.description),
        what_you_need: e.whatYouNeed ? JSON.stringify(e.whatYouNeed) : null,
        contact: JSON.stringify(e.contact),
        login_requirement: e.loginRequirement,
        personal_data: JSON.stringify(e.personalData),
        summary_keys: e.summaryKeys,
        handle_within_days: e.handleWithinDays,
        // Unless given, the languages the name is written in (as migration 0010 did for existing ones).
        offered_languages: e.offeredLanguages ?? [
          'sv',
          ...Object.keys(e.name).filter((l) => l !== 'sv' && (e.name[l] ?? '').trim() !== ''),
        ],
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toEServiceInfo(row);
  }

  /** Adds a draft version; the definition must pass the schema. */
  async function addVersion(
    municipalityId: string,
    eServiceId: string,
    definition: FormDefinition | unknown,
  ) {
    const parsed = parseDefinition(definition);
    if (!parsed.ok) throw new Error(`Invalid definition: ${JSON.stringify(parsed.error.slice(0, 5))}`);
    const last = await db
      .selectFrom('e_service_version')
      .select(sql<number>`coalesce(max(number), 0)`.as('n'))
      .where('e_service_id', '=', eServiceId)
      .executeTakeFirstOrThrow();
    return db
      .insertInto('e_service_version')
      .values({
        municipality_id: municipalityId,
        e_service_id: eServiceId,
        number: Number(last.n) + 1,
        status: 'draft',
        definition: JSON.stringify(parsed.value),
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
  }

  /** Publishes a draft version; the previously published one is retired. */
  async function publish(municipalityId: string, versionId: string): Promise<void> {
    await db.transaction().execute(async (trx) => {
      const v = await trx
        .selectFrom('e_service_version')
        .select(['e_service_id', 'status'])
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', versionId)
        .forUpdate()
        .executeTakeFirstOrThrow();
      if (v.status !== 'draft') throw new Error('Only a draft version can be published');
      await trx
        .updateTable('e_service_version')
        .set({ status: 'retired', retired_at: new Date() })
        .where('e_service_id', '=', v.e_service_id)
        .where('status', '=', 'published')
        .execute();
      await trx
        .updateTable('e_service_version')
        .set({ status: 'published', published_at: new Date() })
        .where('id', '=', versionId)
        .execute();
    });
  }

  async function retire(municipalityId: string, versionId: string): Promise<void> {
    await db
      .updateTable('e_service_version')
      .set({ status: 'retired', retired_at: new Date() })
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', versionId)
      .where('status', '=', 'published')
      .execute();
  }

  return { listPublished, bySlug, byId, publishedVersion, version, create, addVersion, publish, retire };
}

export type EServiceService = ReturnType<typeof createEServiceService>;
