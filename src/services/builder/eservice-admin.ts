/**
 * What the builder's pages need of e-services beyond the resident catalogue:
 * every e-service of the municipality (published or not) with its numbers,
 * and changing an e-service's descriptive information (audited).
 */
import type { Db } from '../../db/database.ts';
import type { EServiceInfo } from '../../domain/eservices/eservice.ts';
import { toEServiceInfo } from '../eservices/eservice-rows.ts';
import type { NewEService } from '../eservices/eservices.ts';
import { auditBuilderChange, type BuilderActor } from './audit.ts';

export interface BuilderListEntry {
  eService: EServiceInfo;
  publishedNumber: number | null;
  drafts: number;
  cases: number;
}

/** The fields the builder's metadata form edits. */
export type EServiceMetadata = Pick<
  NewEService,
  'category' | 'name' | 'description' | 'contact' | 'loginRequirement' | 'personalData'
>;

export function createEServiceAdminService(db: Db) {
  async function listForBuilder(municipalityId: string): Promise<BuilderListEntry[]> {
    const rows = await db
      .selectFrom('e_service as e')
      .selectAll('e')
      .select((eb) => [
        eb
          .selectFrom('e_service_version as v')
          .select('v.number')
          .whereRef('v.e_service_id', '=', 'e.id')
          .where('v.status', '=', 'published')
          .limit(1)
          .as('published_number'),
        eb
          .selectFrom('e_service_version as v')
          .select((x) => x.fn.countAll<string>().as('n'))
          .whereRef('v.e_service_id', '=', 'e.id')
          .where('v.status', '=', 'draft')
          .as('drafts'),
        eb
          .selectFrom('case as c')
          .select((x) => x.fn.countAll<string>().as('n'))
          .whereRef('c.e_service_id', '=', 'e.id')
          .as('cases'),
      ])
      .where('e.municipality_id', '=', municipalityId)
      .orderBy('e.slug')
      .execute();
    return rows.map((r) => ({
      eService: toEServiceInfo(r),
      publishedNumber: r.published_number ?? null,
      drafts: Number(r.drafts ?? 0),
      cases: Number(r.cases ?? 0),
    }));
  }

  /** Changes the descriptive information; false when the municipality has no such e-service. */
  async function updateMetadata(
    municipalityId: string,
    eServiceId: string,
    m: EServiceMetadata,
    actor: BuilderActor,
  ): Promise<boolean> {
    const res = await db
      .updateTable('e_service')
      .set({
        category: JSON.stringify(m.category),
        name: JSON.stringify(m.name),
        description: JSON.stringify(m.description),
        contact: JSON.stringify(m.contact),
        login_requirement: m.loginRequirement,
        personal_data: JSON.stringify(m.personalData),
      })
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', eServiceId)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return false;
    await auditBuilderChange(db, municipalityId, eServiceId, actor, 'eservice.metadata.saved');
    return true;
  }

  return { listForBuilder, updateMetadata };
}

export type EServiceAdminService = ReturnType<typeof createEServiceAdminService>;
