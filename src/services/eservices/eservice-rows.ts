import type { Selectable } from 'kysely';
import type { EServiceTable } from '../../db/schema.ts';
import type { EServiceInfo } from '../../domain/eservices/eservice.ts';

export function toEServiceInfo(r: Selectable<EServiceTable>): EServiceInfo {
  return {
    id: r.id,
    municipalityId: r.municipality_id,
    slug: r.slug,
    category: r.category,
    name: r.name,
    description: r.description,
    whatYouNeed: r.what_you_need,
    contact: r.contact,
    loginRequirement: r.login_requirement,
    personalData: r.personal_data,
    summaryKeys: r.summary_keys,
    handleWithinDays: r.handle_within_days,
    offeredLanguages: r.offered_languages,
  };
}
