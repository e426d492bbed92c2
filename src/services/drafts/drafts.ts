import type { Db } from '../../db/database.ts';
import type { Answers, FileRef, PostedFields, RawFields } from '../../domain/forms/answers.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import { prefillAnswers } from '../../domain/forms/prefill.ts';
import { type StepValidation, validateStep } from '../../domain/forms/validate.ts';
import { cachedDefinition } from '../eservices/definitions-cache.ts';
import type { EServiceService } from '../eservices/eservices.ts';
import type { DraftOwner } from './draft-owner.ts';

export interface Draft {
  id: string;
  municipalityId: string;
  eServiceId: string;
  versionId: string;
  versionStatus: 'draft' | 'published' | 'retired';
  definition: FormDefinition;
  answers: Answers;
  pendingRaw: Record<string, RawFields>;
  visitedSteps: string[];
  updatedAt: Date;
  /** The e-service's summary fields (empty: the questions marked `summary`). */
  summaryKeys: string[];
}

export interface DraftListItem {
  id: string;
  eServiceId: string;
  updatedAt: Date;
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Drafts: started, saved step by step, resumed, deleted. Always checked against their owner. */
export function createDraftService(db: Db, eServices: EServiceService) {
  const ownerWhere = (owner: DraftOwner) =>
    owner.kind === 'resident'
      ? (['owner_personal_number', owner.personalNumber] as const)
      : (['owner_session', owner.sessionHash] as const);

  async function start(
    municipalityId: string,
    eServiceId: string,
    owner: DraftOwner,
  ): Promise<string | undefined> {
    const version = await eServices.publishedVersion(municipalityId, eServiceId);
    if (!version) return undefined;
    const answers =
      owner.kind === 'resident'
        ? prefillAnswers(version.definition, {}, { personnummer: owner.personalNumber, name: owner.name })
        : {};
    const row = await db
      .insertInto('draft')
      .values({
        municipality_id: municipalityId,
        e_service_id: eServiceId,
        version_id: version.id,
        owner_personal_number: owner.kind === 'resident' ? owner.personalNumber : null,
        owner_session: owner.kind === 'anonymous' ? owner.sessionHash : null,
        answers: JSON.stringify(answers),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /**
   * The draft if it exists in this municipality and belongs to this owner; otherwise undefined (a 404).
   * A builder's test draft ("Prova e-tjänsten", services/builder/try-out.ts) is found only with
   * `testMode: true`, so it can never be loaded by the resident pages nor submitted as a case.
   */
  async function get(
    municipalityId: string,
    draftId: string,
    owner: DraftOwner,
    opts: { testMode?: boolean } = {},
  ): Promise<Draft | undefined> {
    if (!isUuid(draftId)) return undefined;
    const [column, value] = ownerWhere(owner);
    // One query on the hot path: the draft and its version's status. The
    // definition comes from the cache of immutable published versions, and
    // is read from the database only the first time.
    const row = await db
      .selectFrom('draft')
      .innerJoin('e_service_version as v', 'v.id', 'draft.version_id')
      .innerJoin('e_service as e', 'e.id', 'draft.e_service_id')
      .selectAll('draft')
      .select(['v.status as version_status', 'e.summary_keys'])
      .where('draft.municipality_id', '=', municipalityId)
      .where('draft.id', '=', draftId)
      .where(`draft.${column}`, '=', value)
      // A supplement's editing draft is not an application (services/cases/supplement.ts).
      .where('draft.supplement_case_id', 'is', null)
      .where('draft.test_mode', '=', opts.testMode ?? false)
      .executeTakeFirst();
    if (!row) return undefined;
    const definition =
      (row.version_status !== 'draft' && cachedDefinition(row.version_id)) ||
      (await eServices.version(municipalityId, row.version_id))?.definition;
    if (!definition) return undefined;
    return {
      id: row.id,
      municipalityId: row.municipality_id,
      eServiceId: row.e_service_id,
      versionId: row.version_id,
      versionStatus: row.version_status,
      definition,
      answers: row.answers as Answers,
      pendingRaw: row.pending_raw,
      visitedSteps: row.visited_steps,
      updatedAt: row.updated_at,
      summaryKeys: row.summary_keys,
    };
  }

  /**
   * Validates a posted step and stores what is valid. When the step does not
   * validate, what was typed is kept as `pending_raw` so that "save and
   * continue later" loses nothing.
   */
  async function saveStep(
    draft: Draft,
    stepId: string,
    posted: PostedFields,
    uploads: Readonly<Record<string, readonly FileRef[]>> = {},
  ): Promise<StepValidation> {
    const v = validateStep(draft.definition, stepId, draft.answers, posted, { today: today(), uploads });
    const pendingRaw = { ...draft.pendingRaw };
    if (v.errors.length > 0) pendingRaw[stepId] = v.raw;
    else delete pendingRaw[stepId];
    const visited = draft.visitedSteps.includes(stepId)
      ? draft.visitedSteps
      : [...draft.visitedSteps, stepId];
    await db
      .updateTable('draft')
      .set({
        answers: JSON.stringify(v.answers),
        pending_raw: JSON.stringify(pendingRaw),
        visited_steps: visited,
        updated_at: new Date(),
      })
      .where('id', '=', draft.id)
      .where('municipality_id', '=', draft.municipalityId)
      .execute();
    if (v.rejectedFiles.length > 0) {
      await db
        .deleteFrom('stored_file')
        .where('draft_id', '=', draft.id)
        .where(
          'id',
          'in',
          v.rejectedFiles.map((f) => f.id),
        )
        .execute();
    }
    draft.answers = v.answers;
    draft.pendingRaw = pendingRaw;
    draft.visitedSteps = visited;
    return v;
  }

  async function remove(municipalityId: string, draftId: string, owner: DraftOwner): Promise<boolean> {
    if (!isUuid(draftId)) return false;
    const [column, value] = ownerWhere(owner);
    const r = await db
      .deleteFrom('draft')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', draftId)
      .where(column, '=', value)
      .where('test_mode', '=', false)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async function listFor(municipalityId: string, personalNumber: string): Promise<DraftListItem[]> {
    const rows = await db
      .selectFrom('draft')
      .select(['id', 'e_service_id', 'updated_at'])
      .where('municipality_id', '=', municipalityId)
      .where('owner_personal_number', '=', personalNumber)
      .where('supplement_case_id', 'is', null)
      .where('test_mode', '=', false)
      .orderBy('updated_at', 'desc')
      .execute();
    return rows.map((r) => ({ id: r.id, eServiceId: r.e_service_id, updatedAt: r.updated_at }));
  }

  /**
   * A resident who logs in halfway through an anonymous application keeps
   * it: the session's drafts become theirs.
   */
  async function claimSessionDrafts(sessionHash: string, personalNumber: string): Promise<void> {
    await db
      .updateTable('draft')
      .set({ owner_personal_number: personalNumber, owner_session: null })
      .where('owner_session', '=', sessionHash)
      .where('owner_personal_number', 'is', null)
      .where('test_mode', '=', false)
      .execute();
  }

  return { start, get, saveStep, remove, listFor, claimSessionDrafts };
}

export function isUuid(v: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
}

export type DraftService = ReturnType<typeof createDraftService>;
