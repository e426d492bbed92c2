import type { Db } from '../../db/database.ts';
import { type CaseStatus, statusByKey, statusSetOf } from '../../domain/cases/statuses.ts';
import type { LangText } from '../../domain/forms/definition.ts';
import { textIn } from '../../domain/forms/localize.ts';
import type { TemplateVars } from '../../domain/notifications/template-text.ts';
import { municipalityBase, notificationLink } from './links.ts';

/** What a message about a case may say: its number, e-service, status, a link and the municipality. */
export async function caseMessageContext(db: Db, caseId: string) {
  return db
    .selectFrom('case as c')
    .innerJoin('e_service as e', 'e.id', 'c.e_service_id')
    .innerJoin('municipality as m', 'm.id', 'c.municipality_id')
    .select([
      'c.id',
      'c.case_number',
      'c.status',
      'c.submitter_personal_number',
      'c.concerns_personal_number',
      'e.id as e_service_id',
      'e.name as e_service_name',
      'e.status_set',
      'm.slug',
      'm.host_name',
      'm.name as municipality_name',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
}

export type CaseMessageContext = NonNullable<Awaited<ReturnType<typeof caseMessageContext>>>;

/** The template variables for one reader of one case. */
export function caseVars(
  ctx: CaseMessageContext,
  o: { lang: string; audience: 'applicant' | 'officer'; status: string | null; publicUrl: string },
): TemplateVars {
  const key = o.status ?? ctx.status;
  const status = statusByKey(key, statusSetOf({ statusSet: ctx.status_set as CaseStatus[] }));
  return {
    caseNumber: ctx.case_number,
    eService: textIn(ctx.e_service_name as LangText, o.lang),
    status: status ? textIn(status.name, o.lang) : key,
    link: notificationLink(municipalityBase(o.publicUrl, ctx), o.audience, {
      id: ctx.id,
      hasOwner: Boolean(ctx.submitter_personal_number ?? ctx.concerns_personal_number),
    }),
    municipality: ctx.municipality_name,
  };
}
