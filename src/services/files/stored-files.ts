import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import type { FileRef } from '../../domain/forms/answers.ts';
import { appendCaseEvent, type CaseActor } from '../cases/case-history.ts';
import type { BlobStore } from './blob-store.ts';
import { detectMime, SNIFF_BYTES } from './sniff.ts';
import { checkUpload, type UploadErrorCode, type UploadPolicy } from './upload-policy.ts';

export type StoreResult = { ok: true; file: FileRef } | { ok: false; code: UploadErrorCode };

/** The most any single upload may be, whatever an e-service allows. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** Documents checked by content, stored in the blob store and recorded in the database. */
export function createStoredFileService(db: Db, blobs: BlobStore) {
  async function checkAndPut(municipalityId: string, fileName: string, data: Buffer, policy: UploadPolicy) {
    const detectedMime = await detectMime(data.subarray(0, SNIFF_BYTES));
    const verdict = checkUpload(policy, { fileName, size: data.length, detectedMime });
    if (!verdict.ok) return verdict;
    const blobKey = `${municipalityId}/${new Date().getUTCFullYear()}/${randomUUID()}`;
    const stored = await blobs.put(blobKey, data, { maxBytes: policy.maxBytes });
    return { ok: true as const, mime: verdict.mime, blobKey, sha256: stored.sha256, size: stored.size };
  }

  // No path separators and no control characters in a stored file name.
  const safeName = (name: string) =>
    [...name.replace(/[\\/]/g, '_')]
      .filter((c) => c.charCodeAt(0) >= 32)
      .join('')
      .slice(-200) || 'fil';

  /** An upload to a file question of a draft. */
  async function storeForDraft(
    municipalityId: string,
    draftId: string,
    questionKey: string,
    fileName: string,
    data: Buffer,
    policy: UploadPolicy,
  ): Promise<StoreResult> {
    const name = safeName(fileName);
    const put = await checkAndPut(municipalityId, name, data, policy);
    if (!put.ok) return put;
    const row = await db
      .insertInto('stored_file')
      .values({
        municipality_id: municipalityId,
        draft_id: draftId,
        question_key: questionKey,
        name,
        mime: put.mime,
        size: put.size,
        sha256: put.sha256,
        blob_key: put.blobKey,
        uploaded_by_kind: 'resident',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ok: true, file: { id: row.id, name, size: put.size, mime: put.mime } };
  }

  /** A document added to a case (a supplement from the resident, a decision from the officer). */
  async function storeForCase(
    municipalityId: string,
    caseId: string,
    fileName: string,
    data: Buffer,
    policy: UploadPolicy,
    actor: CaseActor,
  ): Promise<StoreResult> {
    const name = safeName(fileName);
    const put = await checkAndPut(municipalityId, name, data, policy);
    if (!put.ok) return put;
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('stored_file')
        .values({
          municipality_id: municipalityId,
          case_id: caseId,
          name,
          mime: put.mime,
          size: put.size,
          sha256: put.sha256,
          blob_key: put.blobKey,
          uploaded_by_kind: actor.kind === 'staff' ? 'staff' : 'resident',
          uploaded_by_name: actor.name ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('case').set({ updated_at: new Date() }).where('id', '=', caseId).execute();
      await appendCaseEvent(trx, {
        municipalityId,
        caseId,
        type: 'document_added',
        actor,
        details: { fileId: row.id, name },
      });
      return row.id;
    });
    return { ok: true, file: { id, name, size: put.size, mime: put.mime } };
  }

  /** Removes a file from a draft (the resident pressed "Ta bort"). */
  async function removeFromDraft(municipalityId: string, draftId: string, fileId: string): Promise<boolean> {
    const r = await db
      .deleteFrom('stored_file')
      .where('municipality_id', '=', municipalityId)
      .where('draft_id', '=', draftId)
      .where('id', '=', fileId)
      .returning('blob_key')
      .executeTakeFirst();
    if (r) await blobs.delete(r.blob_key);
    return Boolean(r);
  }

  /** Opens a file of a case or draft; the caller has checked access to that case or draft. */
  async function open(
    municipalityId: string,
    where: { caseId: string } | { draftId: string },
    fileId: string,
  ): Promise<{ name: string; mime: string; size: number; stream: Readable } | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(fileId)) return undefined;
    let q = db
      .selectFrom('stored_file')
      .select(['name', 'mime', 'size', 'blob_key'])
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', fileId);
    q = 'caseId' in where ? q.where('case_id', '=', where.caseId) : q.where('draft_id', '=', where.draftId);
    const f = await q.executeTakeFirst();
    if (!f) return undefined;
    return { name: f.name, mime: f.mime, size: f.size, stream: await blobs.get(f.blob_key) };
  }

  return { storeForDraft, storeForCase, removeFromDraft, open };
}

export type StoredFileService = ReturnType<typeof createStoredFileService>;
