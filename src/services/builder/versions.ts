/**
 * The builder's version lifecycle: a draft is edited, checked and published
 * (the published one is then immutable, the database sees to it), a new
 * draft is made from the current version, and a version can be retired.
 * Every change is audited (see audit.ts).
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { checkBeforePublish, type PublishProblem } from '../../domain/builder/publish-checks.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import { parseDefinition } from '../../domain/forms/schema/parse-definition.ts';
import type { Problem } from '../../domain/forms/schema/problems.ts';
import type { EServiceService } from '../eservices/eservices.ts';
import { auditBuilderChange, type BuilderActor, builderHistory } from './audit.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type VersionStatus = 'draft' | 'published' | 'retired';

export interface VersionSummary {
  id: string;
  number: number;
  status: VersionStatus;
  createdAt: Date;
  publishedAt: Date | null;
  retiredAt: Date | null;
  /** Cases made on this version. */
  caseCount: number;
}

export type VersionRefusal =
  /** No such version (or e-service) in this municipality. */
  | { ok: false; reason: 'notFound' }
  /** The version is not a draft (published and retired versions never change). */
  | { ok: false; reason: 'notDraft' }
  /** Saving: someone saved the draft after the editor read it (`expectedRevision` no longer matches). */
  | { ok: false; reason: 'stale' }
  /** Retiring: only the published version can be retired. */
  | { ok: false; reason: 'notPublished' }
  | { ok: false; reason: 'invalid'; problems: Problem[] }
  | { ok: false; reason: 'publishProblems'; problems: PublishProblem[] };

/** A first version for an e-service built from nothing: the schema needs one step with one question. */
export function starterDefinition() {
  return {
    schemaVersion: 1,
    steps: [
      {
        id: 'steg-1',
        title: { sv: 'Steg 1' },
        questions: [
          { id: 'fraga-1', key: 'fraga1', type: 'text', label: { sv: 'Fråga 1' }, required: false },
        ],
      },
    ],
  };
}

/** A version as the builder's editing pages read it. */
export interface BuilderVersion {
  id: string;
  eServiceId: string;
  number: number;
  status: VersionStatus;
  definition: FormDefinition;
  /**
   * Names the definition as read: posted back by an editing form, so a save
   * made on a page that someone else's save has overtaken is refused ('stale')
   * instead of silently undoing their change.
   */
  revision: string;
}

const revisionOf = (definition: unknown): string =>
  createHash('sha256').update(JSON.stringify(definition)).digest('base64url').slice(0, 16);

/** What a save changed, in a form the history can put in words (`change` is a builder.history key suffix). */
export interface SaveDetail {
  change?: string;
  [detail: string]: string | number | null | undefined;
}

export function createVersionService(db: Db, eServices: EServiceService) {
  async function versionRow(municipalityId: string, versionId: string) {
    return db
      .selectFrom('e_service_version')
      .select(['id', 'number', 'status', 'e_service_id', 'definition'])
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', versionId)
      .executeTakeFirst();
  }

  /**
   * One version of one e-service of the municipality, with its parsed
   * definition; undefined for another e-service's, another municipality's or
   * no version (a tampered URL is simply not found).
   */
  async function getVersion(
    municipalityId: string,
    eServiceId: string,
    versionId: string,
  ): Promise<BuilderVersion | undefined> {
    if (!UUID.test(versionId) || !UUID.test(eServiceId)) return undefined;
    const row = await versionRow(municipalityId, versionId);
    if (!row || row.e_service_id !== eServiceId) return undefined;
    const parsed = parseDefinition(row.definition);
    if (!parsed.ok) throw new Error(`stored version ${versionId} does not parse`);
    return {
      id: row.id,
      eServiceId: row.e_service_id,
      number: row.number,
      status: row.status,
      definition: parsed.value,
      revision: revisionOf(row.definition),
    };
  }

  /**
   * The e-service's draft, made from the published version (or else the
   * latest) if there is none yet. `created` is false when a draft already
   * existed: there is one draft at a time, and it is returned as it is.
   */
  async function newDraftFromCurrent(
    municipalityId: string,
    eServiceId: string,
    actor: BuilderActor,
  ): Promise<{ ok: true; id: string; number: number; created: boolean } | VersionRefusal> {
    if (!(await eServices.byId(municipalityId, eServiceId))) return { ok: false, reason: 'notFound' };
    const versions = await db
      .selectFrom('e_service_version')
      .select(['id', 'number', 'status', 'definition'])
      .where('municipality_id', '=', municipalityId)
      .where('e_service_id', '=', eServiceId)
      .orderBy('number', 'desc')
      .execute();
    const draft = versions.find((v) => v.status === 'draft');
    if (draft) return { ok: true, id: draft.id, number: draft.number, created: false };
    const from = versions.find((v) => v.status === 'published') ?? versions[0];
    // A published version's translations added after publishing come along (eServices.version lays them over).
    const fromDef = from && (await eServices.version(municipalityId, from.id))?.definition;
    const v = await eServices.addVersion(municipalityId, eServiceId, fromDef ?? starterDefinition());
    await auditBuilderChange(db, municipalityId, eServiceId, actor, 'eservice.version.created', {
      versionId: v.id,
      number: v.number,
      fromNumber: from?.number ?? null,
    });
    return { ok: true, id: v.id, number: v.number, created: true };
  }

  /** Replaces a draft's definition; it must pass the schema (stored drafts are always readable). */
  async function saveDraft(
    municipalityId: string,
    versionId: string,
    definition: unknown,
    actor: BuilderActor,
    opts: { expectedRevision?: string; detail?: SaveDetail } = {},
  ): Promise<{ ok: true; revision: string } | VersionRefusal> {
    const row = await versionRow(municipalityId, versionId);
    if (!row) return { ok: false, reason: 'notFound' };
    if (row.status !== 'draft') return { ok: false, reason: 'notDraft' };
    if (opts.expectedRevision !== undefined && opts.expectedRevision !== revisionOf(row.definition)) {
      return { ok: false, reason: 'stale' };
    }
    const parsed = parseDefinition(definition);
    if (!parsed.ok) return { ok: false, reason: 'invalid', problems: parsed.error };
    // The WHERE on the definition read makes "check revision, then write" one
    // step: a save that lands in between makes this one update nothing.
    // The change and its audit entry in one transaction; RETURNING gives the
    // definition as stored (jsonb orders keys), which the revision names.
    const saved = await db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('e_service_version')
        .set({ definition: JSON.stringify(parsed.value) })
        .where('id', '=', versionId)
        .where('status', '=', 'draft')
        .where(sql<boolean>`definition = ${JSON.stringify(row.definition)}::jsonb`)
        .returning('definition')
        .executeTakeFirst();
      if (!updated) return undefined;
      await auditBuilderChange(trx, municipalityId, row.e_service_id, actor, 'eservice.version.saved', {
        versionId,
        number: row.number,
        ...opts.detail,
      });
      return updated;
    });
    if (!saved) {
      const now = await versionRow(municipalityId, versionId);
      return { ok: false, reason: now?.status === 'draft' ? 'stale' : 'notDraft' };
    }
    return { ok: true, revision: revisionOf(saved.definition) };
  }

  /** The publish checks for a version as it stands, without publishing. */
  async function check(
    municipalityId: string,
    versionId: string,
  ): Promise<{ ok: true; problems: PublishProblem[]; eServiceId: string; number: number } | VersionRefusal> {
    const row = await versionRow(municipalityId, versionId);
    if (!row) return { ok: false, reason: 'notFound' };
    const e = await db
      .selectFrom('e_service')
      .select([
        'offered_languages',
        'assignment_rules',
        'name',
        'category',
        'description',
        'what_you_need',
        'contact',
        'personal_data',
      ])
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', row.e_service_id)
      .executeTakeFirstOrThrow();
    const officers = await db
      .selectFrom('e_service_officer')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('municipality_id', '=', municipalityId)
      .where('e_service_id', '=', row.e_service_id)
      .executeTakeFirstOrThrow();
    const problems = checkBeforePublish(row.definition, {
      languages: e.offered_languages,
      officerCount: Number(officers.n),
      assignmentRules: e.assignment_rules,
      eServiceTexts: {
        name: e.name,
        category: e.category,
        description: e.description,
        whatYouNeed: e.what_you_need,
        contactUnit: e.contact.unit ?? null,
        ...e.personal_data,
      },
    });
    return { ok: true, problems, eServiceId: row.e_service_id, number: row.number };
  }

  /** Publishes a draft if the checks find nothing; the previously published version is retired. */
  async function publishChecked(
    municipalityId: string,
    versionId: string,
    actor: BuilderActor,
  ): Promise<{ ok: true } | VersionRefusal> {
    const row = await versionRow(municipalityId, versionId);
    if (!row) return { ok: false, reason: 'notFound' };
    if (row.status !== 'draft') return { ok: false, reason: 'notDraft' };
    const checked = await check(municipalityId, versionId);
    if (!checked.ok) return checked;
    if (checked.problems.length > 0) {
      await auditBuilderChange(
        db,
        municipalityId,
        row.e_service_id,
        actor,
        'eservice.version.publish_refused',
        {
          versionId,
          number: row.number,
          problems: checked.problems.map((p) => p.code),
        },
      );
      return { ok: false, reason: 'publishProblems', problems: checked.problems };
    }
    await eServices.publish(municipalityId, versionId);
    await auditBuilderChange(db, municipalityId, row.e_service_id, actor, 'eservice.version.published', {
      versionId,
      number: row.number,
    });
    return { ok: true };
  }

  /** Retires the published version: the e-service is then closed to new applications. */
  async function retire(
    municipalityId: string,
    versionId: string,
    actor: BuilderActor,
  ): Promise<{ ok: true } | VersionRefusal> {
    const row = await versionRow(municipalityId, versionId);
    if (!row) return { ok: false, reason: 'notFound' };
    if (row.status !== 'published') return { ok: false, reason: 'notPublished' };
    await eServices.retire(municipalityId, versionId);
    await auditBuilderChange(db, municipalityId, row.e_service_id, actor, 'eservice.version.retired', {
      versionId,
      number: row.number,
    });
    return { ok: true };
  }

  /** The draft being built, else the published version: what a preview or a try shows. Undefined: neither. */
  async function currentVersionId(municipalityId: string, eServiceId: string): Promise<string | undefined> {
    const row = await db
      .selectFrom('e_service_version')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .where('e_service_id', '=', eServiceId)
      .where('status', 'in', ['draft', 'published'])
      // 'draft' sorts before 'published'.
      .orderBy('status')
      .executeTakeFirst();
    return row?.id;
  }

  /** Every version, newest first, with how many cases were made on each. */
  async function versionsWithCaseCounts(
    municipalityId: string,
    eServiceId: string,
  ): Promise<VersionSummary[]> {
    const rows = await db
      .selectFrom('e_service_version as v')
      .leftJoin('case as c', 'c.version_id', 'v.id')
      .select(['v.id', 'v.number', 'v.status', 'v.created_at', 'v.published_at', 'v.retired_at'])
      .select((eb) => eb.fn.count<string>('c.id').as('cases'))
      .where('v.municipality_id', '=', municipalityId)
      .where('v.e_service_id', '=', eServiceId)
      .groupBy(['v.id', 'v.number', 'v.status', 'v.created_at', 'v.published_at', 'v.retired_at'])
      .orderBy('v.number', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      createdAt: r.created_at,
      publishedAt: r.published_at,
      retiredAt: r.retired_at,
      caseCount: Number(r.cases),
    }));
  }

  return {
    getVersion,
    currentVersionId,
    newDraftFromCurrent,
    saveDraft,
    check,
    publishChecked,
    retire,
    versionsWithCaseCounts,
    history: (municipalityId: string, eServiceId: string) => builderHistory(db, municipalityId, eServiceId),
  };
}

export type VersionService = ReturnType<typeof createVersionService>;
