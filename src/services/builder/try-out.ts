/**
 * "Prova e-tjänsten" (issue 7, item 6): a developer fills in a version of an
 * e-service (a draft or the published one) as a resident would, in a test
 * draft (`draft.test_mode`, migration 0010). A test draft belongs to the staff
 * session that started it, is never found by the resident pages or by
 * submitCase (drafts.get leaves it out unless asked for test mode), never
 * shows on My pages, and is deleted with its uploaded files when the try ends
 * — or, when the browser was closed halfway, by the worker a day later.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Answers } from '../../domain/forms/answers.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import type { FieldError } from '../../domain/forms/errors.ts';
import { validateSubmission } from '../../domain/forms/validate.ts';
import type { DraftOwner } from '../drafts/draft-owner.ts';
import type { Draft, DraftService } from '../drafts/drafts.ts';
import type { BlobStore } from '../files/blob-store.ts';

/** Test drafts not touched for this long are deleted by the worker's sweep. */
export const TEST_DRAFT_MAX_AGE_HOURS = 24;

export type FinishResult =
  | { ok: true; definition: FormDefinition; answers: Answers; versionId: string; eServiceId: string }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; errors: FieldError[]; draft: Draft };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const stockholmToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** A test draft's owner: the staff session, in the draft's session column. */
const ownerOf = (sessionHash: string): DraftOwner => ({ kind: 'anonymous', sessionHash });

export function createTryOutService(db: Db, deps: { drafts: DraftService; blobs: BlobStore }) {
  /**
   * Starts a test draft of the version (draft or published; not retired) for
   * this staff session; its id, or undefined when the municipality has no
   * such version of that e-service.
   */
  async function start(
    municipalityId: string,
    eServiceId: string,
    versionId: string,
    sessionHash: string,
  ): Promise<string | undefined> {
    if (!UUID.test(eServiceId) || !UUID.test(versionId)) return undefined;
    const version = await db
      .selectFrom('e_service_version')
      .select(['id', 'status'])
      .where('municipality_id', '=', municipalityId)
      .where('e_service_id', '=', eServiceId)
      .where('id', '=', versionId)
      .executeTakeFirst();
    if (!version || version.status === 'retired') return undefined;
    const row = await db
      .insertInto('draft')
      .values({
        municipality_id: municipalityId,
        e_service_id: eServiceId,
        version_id: version.id,
        owner_personal_number: null,
        owner_session: sessionHash,
        answers: JSON.stringify({}),
        test_mode: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** The session's test draft; undefined for another session's, a resident's draft or a tampered id. */
  function get(municipalityId: string, draftId: string, sessionHash: string): Promise<Draft | undefined> {
    return deps.drafts.get(municipalityId, draftId, ownerOf(sessionHash), { testMode: true });
  }

  /**
   * "Skicka" in test mode: the whole submission is validated as submitCase
   * does; when it holds, the test draft and its files are deleted and what
   * would have been sent is returned. Nothing else is written.
   */
  async function finish(municipalityId: string, draftId: string, sessionHash: string): Promise<FinishResult> {
    const draft = await get(municipalityId, draftId, sessionHash);
    if (!draft) return { ok: false, reason: 'notFound' };
    const v = validateSubmission(draft.definition, draft.answers, { today: stockholmToday() });
    if (v.errors.length > 0) return { ok: false, reason: 'invalid', errors: v.errors, draft };
    await removeTestDrafts(db, deps.blobs, [draft.id]);
    return {
      ok: true,
      definition: draft.definition,
      answers: v.answers,
      versionId: draft.versionId,
      eServiceId: draft.eServiceId,
    };
  }

  /** Ends a try without sending: the test draft and its files are deleted. False when there was none. */
  async function end(municipalityId: string, draftId: string, sessionHash: string): Promise<boolean> {
    const draft = await get(municipalityId, draftId, sessionHash);
    if (!draft) return false;
    await removeTestDrafts(db, deps.blobs, [draft.id]);
    return true;
  }

  return { start, get, finish, end };
}

/** Deletes test drafts and the files uploaded to them (rows and blobs). */
async function removeTestDrafts(db: Db, blobs: BlobStore, draftIds: readonly string[]): Promise<void> {
  if (draftIds.length === 0) return;
  const files = await db
    .deleteFrom('stored_file')
    .where('draft_id', 'in', draftIds)
    .where('case_id', 'is', null)
    .returning('blob_key')
    .execute();
  for (const f of files) await blobs.delete(f.blob_key);
  await db.deleteFrom('draft').where('id', 'in', draftIds).where('test_mode', '=', true).execute();
}

/**
 * Test drafts left behind (the browser was closed halfway) and not touched
 * for `maxAgeHours`: deleted with their files. The worker runs this now and
 * then (jobs/outbox-runtime.ts); returns how many were deleted.
 */
export async function pruneTestDrafts(
  db: Db,
  blobs: BlobStore,
  maxAgeHours = TEST_DRAFT_MAX_AGE_HOURS,
  limit = 500,
): Promise<number> {
  const rows = await db
    .selectFrom('draft')
    .select('id')
    .where('test_mode', '=', true)
    .where('updated_at', '<', sql<Date>`now() - ${maxAgeHours} * interval '1 hour'`)
    .limit(limit)
    .execute();
  await removeTestDrafts(
    db,
    blobs,
    rows.map((r) => r.id),
  );
  return rows.length;
}

export type TryOutService = ReturnType<typeof createTryOutService>;
