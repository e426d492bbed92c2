/**
 * What the builder's pages need of e-services beyond the resident catalogue:
 * every e-service of the municipality (published or not) with its numbers,
 * and changing an e-service's descriptive information (audited).
 */
import type { Db } from '../../db/database.ts';
import type { EServiceInfo, PersonalDataInfo } from '../../domain/eservices/eservice.ts';
import type { LangText } from '../../domain/forms/definition.ts';
import { toEServiceInfo } from '../eservices/eservice-rows.ts';
import type { NewEService } from '../eservices/eservices.ts';
import { auditBuilderChange, type BuilderActor } from './audit.ts';

export interface BuilderListEntry {
  eService: EServiceInfo;
  publishedNumber: number | null;
  drafts: number;
  cases: number;
}

/** The fields the builder's metadata form edits; `whatYouNeed` only when given (the edit form). */
export type EServiceMetadata = Pick<
  NewEService,
  'category' | 'name' | 'description' | 'contact' | 'loginRequirement' | 'personalData'
> & { whatYouNeed?: LangText | null };

/**
 * The new text, with the old text's languages the form did not show kept:
 * a language no longer offered keeps its translation (hidden, not deleted),
 * so offering it again brings it back.
 */
function keepHidden(
  next: LangText | null,
  old: LangText | null | undefined,
  shown: readonly string[],
): LangText | null {
  if (!old) return next;
  const kept = Object.fromEntries(Object.entries(old).filter(([lang]) => !shown.includes(lang)));
  if (!next) return null;
  return { ...kept, ...next };
}

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
    const old = await db
      .selectFrom('e_service')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', eServiceId)
      .executeTakeFirst();
    if (!old) return false;
    // The form shows Swedish, English and the offered languages.
    const shown = [...new Set(['sv', 'en', ...old.offered_languages])];
    const keep = (next: LangText, prev: LangText | null | undefined): LangText =>
      keepHidden(next, prev, shown) ?? next;
    const personalData = Object.fromEntries(
      Object.entries(m.personalData).map(([k, t]) => [
        k,
        keep(t, (old.personal_data as unknown as Record<string, LangText | undefined>)[k]),
      ]),
    ) as unknown as PersonalDataInfo;
    const contact = { ...m.contact };
    if (contact.unit) contact.unit = keep(contact.unit, old.contact.unit);
    const res = await db
      .updateTable('e_service')
      .set({
        category: JSON.stringify(keep(m.category, old.category)),
        name: JSON.stringify(keep(m.name, old.name)),
        description: JSON.stringify(keep(m.description, old.description)),
        contact: JSON.stringify(contact),
        login_requirement: m.loginRequirement,
        personal_data: JSON.stringify(personalData),
        ...(m.whatYouNeed === undefined
          ? {}
          : {
              what_you_need: m.whatYouNeed
                ? JSON.stringify(keepHidden(m.whatYouNeed, old.what_you_need, shown))
                : null,
            }),
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
