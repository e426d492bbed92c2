/**
 * Sharing an e-service between municipalities (issue 7, item 7): export one
 * as an `ingang.eservice` document and import such a document into another
 * municipality, of this installation or another. The format and what it
 * leaves out are described in domain/builder/eservice-package.ts.
 *
 * On import, officer groups are matched by NAME in the receiving
 * municipality: a handler group or an assignment rule whose group exists
 * there is connected to it; one whose group does not exist is dropped and
 * listed in the result, so the developer knows what to set up by hand.
 * Everything is written in one transaction: a refused import creates nothing.
 */
import type { Db } from '../../db/database.ts';
import {
  buildEServicePackage,
  type EServicePackage,
  type PackagedAssignmentRule,
  type PackagedEService,
  type PackagedHandlerGroup,
  type PackageProblem,
  parseEServicePackage,
} from '../../domain/builder/eservice-package.ts';
import { parsePurgeRule } from '../../domain/builder/settings/handling.ts';
import { normalizeOfferedLanguages } from '../../domain/builder/translations.ts';
import type { FormDefinition, JsonLogicRule, JsonValue } from '../../domain/forms/definition.ts';
import type { Result } from '../../domain/forms/result.ts';
import { readableDefinition } from '../eservices/definitions-cache.ts';

export interface ImportedEService {
  eServiceId: string;
  slug: string;
  versions: { id: string; number: number; status: string }[];
  /** Handler groups and rules whose group this municipality does not have: not imported. */
  dropped: { handlerGroups: string[]; assignmentRules: { index: number; group: string }[] };
}

export interface ImportOptions {
  /** Import under another address than the document's (e.g. when the slug is taken). */
  slug?: string;
  now?: Date;
}

const SLUG = /^[a-z0-9][a-z0-9-]{1,80}$/;

/** The languages a name is written in: what an older package without offeredLanguages offered. */
const languagesOf = (name: { [lang: string]: string }) =>
  Object.keys(name).filter((l) => (name[l] ?? '').trim() !== '');

export function createSharingService(db: Db) {
  /** The e-service as a package, or undefined when the municipality has no such e-service. */
  async function exportEService(
    municipalityId: string,
    eServiceId: string,
    now: Date = new Date(),
  ): Promise<EServicePackage | undefined> {
    const e = await db
      .selectFrom('e_service')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', eServiceId)
      .executeTakeFirst();
    if (!e) return undefined;
    const versions = await db
      .selectFrom('e_service_version')
      .select(['id', 'number', 'status', 'definition'])
      .where('e_service_id', '=', e.id)
      .orderBy('number')
      .execute();
    const groupNames = new Map(
      (
        await db
          .selectFrom('officer_group')
          .select(['id', 'name'])
          .where('municipality_id', '=', municipalityId)
          .execute()
      ).map((g) => [g.id, g.name]),
    );
    const handlers = await db
      .selectFrom('e_service_officer')
      .select(['group_id', 'restricted'])
      .where('e_service_id', '=', e.id)
      .where('group_id', 'is not', null)
      .execute();
    const handlerGroups: PackagedHandlerGroup[] = handlers.flatMap((h) => {
      const name = h.group_id ? groupNames.get(h.group_id) : undefined;
      return name ? [{ group: name, restricted: h.restricted }] : [];
    });
    // Rules to a person are left out: people do not travel between installations.
    const assignmentRules: PackagedAssignmentRule[] = (
      e.assignment_rules as { when?: unknown; groupId?: unknown }[]
    ).flatMap((r) => {
      const name = typeof r.groupId === 'string' ? groupNames.get(r.groupId) : undefined;
      return name ? [{ when: r.when as JsonLogicRule, group: name }] : [];
    });
    const templates = await db
      .selectFrom('notification_template')
      .select(['event', 'channel', 'lang', 'subject', 'body'])
      .where('e_service_id', '=', e.id)
      .execute();
    const eService: PackagedEService = {
      slug: e.slug,
      category: e.category,
      name: e.name,
      description: e.description,
      whatYouNeed: e.what_you_need,
      contact: e.contact,
      loginRequirement: e.login_requirement,
      personalData: e.personal_data,
      summaryKeys: e.summary_keys,
      handleWithinDays: e.handle_within_days,
      statusSet: e.status_set as JsonValue[],
      colourLabels: e.colour_labels as JsonValue[],
      exportColumns: e.export_columns as JsonValue[] | null,
      answersEditable: e.answers_editable,
      manualCasesAllowed: e.manual_cases_allowed,
      purgeRule: parsePurgeRule(e.purge_rule),
      offeredLanguages: e.offered_languages,
      notificationSettings: e.notification_settings as { [event: string]: JsonValue },
      notificationTemplates: templates,
      handlerGroups,
      assignmentRules,
    };
    // A published version's translations added afterwards travel inside its
    // definition: the receiving municipality gets the texts, not the overlay.
    const packaged = await Promise.all(
      versions.map(async (v) => ({
        number: v.number,
        status: v.status,
        definition: (await readableDefinition(db, v.id, v.status, v.definition)) as FormDefinition,
      })),
    );
    return buildEServicePackage(eService, packaged, now);
  }

  /**
   * Creates the e-service and all its versions from a package. Versions keep
   * their numbers and states: the published one is what residents get, older
   * ones stay retired and drafts stay drafts.
   */
  async function importEService(
    municipalityId: string,
    document: unknown,
    options: ImportOptions = {},
  ): Promise<Result<ImportedEService, PackageProblem[]>> {
    const parsed = parseEServicePackage(document);
    if (!parsed.ok) return parsed;
    const pkg = parsed.value;
    const e = pkg.eService;
    const slug = options.slug ?? e.slug;
    if (!SLUG.test(slug)) return { ok: false, error: [{ path: '/eService/slug', code: 'invalidSlug' }] };
    const now = options.now ?? new Date();

    return db.transaction().execute(async (trx) => {
      const clash = await trx
        .selectFrom('e_service')
        .select('id')
        .where('municipality_id', '=', municipalityId)
        .where('slug', '=', slug)
        .executeTakeFirst();
      if (clash) {
        return {
          ok: false,
          error: [{ path: '/eService/slug', code: 'slugTaken', params: { slug } }],
        } as const;
      }
      const groups = new Map(
        (
          await trx
            .selectFrom('officer_group')
            .select(['id', 'name'])
            .where('municipality_id', '=', municipalityId)
            .execute()
        ).map((g) => [g.name, g.id]),
      );
      const dropped: ImportedEService['dropped'] = { handlerGroups: [], assignmentRules: [] };
      const rules: { when: JsonLogicRule; groupId: string }[] = [];
      e.assignmentRules.forEach((r, index) => {
        const groupId = groups.get(r.group);
        if (groupId) rules.push({ when: r.when, groupId });
        else dropped.assignmentRules.push({ index, group: r.group });
      });
      const row = await trx
        .insertInto('e_service')
        .values({
          municipality_id: municipalityId,
          slug,
          category: JSON.stringify(e.category),
          name: JSON.stringify(e.name),
          description: JSON.stringify(e.description),
          what_you_need: e.whatYouNeed ? JSON.stringify(e.whatYouNeed) : null,
          contact: JSON.stringify(e.contact),
          login_requirement: e.loginRequirement,
          personal_data: JSON.stringify(e.personalData),
          summary_keys: e.summaryKeys,
          handle_within_days: e.handleWithinDays,
          status_set: JSON.stringify(e.statusSet),
          assignment_rules: JSON.stringify(rules),
          colour_labels: JSON.stringify(e.colourLabels),
          export_columns: e.exportColumns === null ? null : JSON.stringify(e.exportColumns),
          answers_editable: e.answersEditable,
          manual_cases_allowed: e.manualCasesAllowed,
          purge_rule: e.purgeRule ? JSON.stringify(e.purgeRule) : null,
          offered_languages: normalizeOfferedLanguages(e.offeredLanguages ?? languagesOf(e.name)),
          notification_settings: JSON.stringify(e.notificationSettings),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const handlers = e.handlerGroups.flatMap((h) => {
        const groupId = groups.get(h.group);
        if (!groupId) dropped.handlerGroups.push(h.group);
        return groupId ? [{ group_id: groupId, restricted: h.restricted }] : [];
      });
      if (handlers.length > 0) {
        await trx
          .insertInto('e_service_officer')
          .values(
            handlers.map((h) => ({
              ...h,
              municipality_id: municipalityId,
              e_service_id: row.id,
              user_id: null,
            })),
          )
          .execute();
      }
      if (e.notificationTemplates.length > 0) {
        await trx
          .insertInto('notification_template')
          .values(
            e.notificationTemplates.map((t) => ({
              ...t,
              municipality_id: municipalityId,
              e_service_id: row.id,
            })),
          )
          .execute();
      }
      const versions: ImportedEService['versions'] = [];
      for (const v of pkg.versions) {
        const inserted = await trx
          .insertInto('e_service_version')
          .values({
            municipality_id: municipalityId,
            e_service_id: row.id,
            number: v.number,
            status: v.status,
            definition: JSON.stringify(v.definition),
            published_at: v.status === 'draft' ? null : now,
            retired_at: v.status === 'retired' ? now : null,
          })
          .returning(['id', 'number', 'status'])
          .executeTakeFirstOrThrow();
        versions.push(inserted);
      }
      return { ok: true, value: { eServiceId: row.id, slug, versions, dropped } } as const;
    });
  }

  return { exportEService, importEService };
}

export type SharingService = ReturnType<typeof createSharingService>;
