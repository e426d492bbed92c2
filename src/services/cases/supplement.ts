import type { Db } from '../../db/database.ts';
import type { Answers } from '../../domain/forms/answers.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import { evaluate } from '../../domain/forms/evaluate.ts';
import type { DraftOwner } from '../drafts/draft-owner.ts';
import type { Draft } from '../drafts/drafts.ts';
import { cachedDefinition } from '../eservices/definitions-cache.ts';
import type { EServiceService } from '../eservices/eservices.ts';
import type { StoredFileService } from '../files/stored-files.ts';
import type { ResidentCase, ResidentCaseService } from './resident-cases.ts';
import { applicantMayEdit, statusSetFor } from './supplement-status.ts';
import { createSubmitSupplement } from './supplement-submit.ts';

/**
 * A supplement (komplettering) from the applicant's side. When the case's
 * status says applicantMayEdit, the resident copies the case's answers into
 * an editing draft: an ordinary `draft` row with `supplement_case_id` set,
 * on the version the case was made on (retired or not), owned like the case.
 * The runner's step saving and uploads then work on it unchanged; sending it
 * in is supplement-submit.ts (`submit`).
 */

export interface SupplementDeps {
  eServices: EServiceService;
  residentCases: ResidentCaseService;
  storedFiles: StoredFileService;
}

/** The editing draft of a case, with the case it supplements. */
export interface LoadedSupplement {
  theCase: ResidentCase;
  draft: Draft;
  /** Whether the case's status (now) still lets the applicant edit; an officer may have changed it. */
  editable: boolean;
}

export type StartSupplementResult =
  | { ok: true; draftId: string; resumed: boolean }
  | { ok: false; reason: 'notFound' | 'notEditable' };

const ownerColumn = (owner: DraftOwner) =>
  owner.kind === 'resident'
    ? (['owner_personal_number', owner.personalNumber] as const)
    : (['owner_session', owner.sessionHash] as const);

export function createSupplementService(db: Db, deps: SupplementDeps) {
  async function definitionOf(
    municipalityId: string,
    versionId: string,
  ): Promise<FormDefinition | undefined> {
    return (
      cachedDefinition(versionId) ?? (await deps.eServices.version(municipalityId, versionId))?.definition
    );
  }

  /** Whether this case may be supplemented now (the case page's "Komplettera ansökan" button). */
  async function mayEdit(c: Pick<ResidentCase, 'eServiceId' | 'status'>): Promise<boolean> {
    return applicantMayEdit(await statusSetFor(db, c.eServiceId), c.status);
  }

  async function findDraftRow(c: ResidentCase, owner: DraftOwner) {
    const [column, value] = ownerColumn(owner);
    return db
      .selectFrom('draft')
      .innerJoin('e_service_version as v', 'v.id', 'draft.version_id')
      .innerJoin('e_service as e', 'e.id', 'draft.e_service_id')
      .selectAll('draft')
      .select(['v.status as version_status', 'e.summary_keys'])
      .where('draft.municipality_id', '=', c.municipalityId)
      .where('draft.supplement_case_id', '=', c.id)
      .where(`draft.${column}`, '=', value)
      .executeTakeFirst();
  }

  /**
   * Starts editing the case's answers, or resumes the editing already
   * started. `restart` throws away an editing draft first (after an officer
   * changed the answers it started from). Not the resident's case: notFound.
   */
  async function start(
    municipalityId: string,
    caseId: string,
    owner: DraftOwner,
    opts: { restart?: boolean } = {},
  ): Promise<StartSupplementResult> {
    const c = await deps.residentCases.get(municipalityId, caseId, owner);
    if (!c) return { ok: false, reason: 'notFound' };
    if (!(await mayEdit(c))) return { ok: false, reason: 'notEditable' };
    const existing = await findDraftRow(c, owner);
    if (existing && !opts.restart) return { ok: true, draftId: existing.id, resumed: true };
    if (existing) await removeDraft(c, existing.id);
    const definition = await definitionOf(municipalityId, c.versionId);
    if (!definition) return { ok: false, reason: 'notFound' };
    // Every step the answers make visible counts as visited, so the step
    // indicator links to all of them and the check page is the way in.
    const visited = evaluate(definition, c.answers).visibleStepIds;
    const answers = JSON.stringify(c.answers);
    const row = await db
      .insertInto('draft')
      .values({
        municipality_id: municipalityId,
        e_service_id: c.eServiceId,
        version_id: c.versionId,
        owner_personal_number: owner.kind === 'resident' ? owner.personalNumber : null,
        owner_session: owner.kind === 'anonymous' ? owner.sessionHash : null,
        answers,
        visited_steps: [...visited],
        supplement_case_id: c.id,
        supplement_base_answers: answers,
      })
      // A double click starts one editing draft (unique per case and owner).
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (row) return { ok: true, draftId: row.id, resumed: false };
    const raced = await findDraftRow(c, owner);
    return raced ? { ok: true, draftId: raced.id, resumed: true } : { ok: false, reason: 'notFound' };
  }

  /** The case's editing draft if the case is this owner's and editing was started; otherwise undefined (404). */
  async function load(
    municipalityId: string,
    caseId: string,
    owner: DraftOwner,
  ): Promise<LoadedSupplement | undefined> {
    const c = await deps.residentCases.get(municipalityId, caseId, owner);
    if (!c) return undefined;
    const row = await findDraftRow(c, owner);
    if (!row) return undefined;
    const definition = await definitionOf(municipalityId, row.version_id);
    if (!definition) return undefined;
    const draft: Draft = {
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
    return { theCase: c, draft, editable: await mayEdit(c) };
  }

  /** Throws the editing away: the case keeps its answers. */
  async function cancel(municipalityId: string, caseId: string, owner: DraftOwner): Promise<boolean> {
    const c = await deps.residentCases.get(municipalityId, caseId, owner);
    if (!c) return false;
    const row = await findDraftRow(c, owner);
    if (!row) return false;
    await removeDraft(c, row.id);
    return true;
  }

  // Files uploaded while editing go with the draft; the case's own files
  // (draft_id no longer set) are never touched here.
  async function removeDraft(c: ResidentCase, draftId: string): Promise<void> {
    const files = await db
      .selectFrom('stored_file')
      .select('id')
      .where('municipality_id', '=', c.municipalityId)
      .where('draft_id', '=', draftId)
      .where('case_id', 'is', null)
      .execute();
    for (const f of files) await deps.storedFiles.removeFromDraft(c.municipalityId, draftId, f.id);
    await db
      .deleteFrom('draft')
      .where('municipality_id', '=', c.municipalityId)
      .where('id', '=', draftId)
      .where('supplement_case_id', '=', c.id)
      .execute();
  }

  return { mayEdit, start, load, cancel, submit: createSubmitSupplement(db, { load }) };
}

export type SupplementService = ReturnType<typeof createSupplementService>;
