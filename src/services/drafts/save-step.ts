import type { FileRef, PostedFields } from '../../domain/forms/answers.ts';
import type { FileQuestion } from '../../domain/forms/definition.ts';
import type { FieldError } from '../../domain/forms/errors.ts';
import type { StepValidation } from '../../domain/forms/validate.ts';
import type { StoredFileService } from '../files/stored-files.ts';
import type { UploadErrorCode } from '../files/upload-policy.ts';
import type { Draft, DraftService } from './drafts.ts';

export interface UploadedFile {
  /** The posted field name, `q.<key>`. */
  field: string;
  fileName: string;
  data: Buffer;
}

// The service's content check says more than the engine's codes; residents
// get the engine's wording for each.
const UPLOAD_CODES: Record<UploadErrorCode, FieldError['code']> = {
  fileEmpty: 'invalidValue',
  fileTooLarge: 'fileTooLarge',
  fileTypeNotAllowed: 'fileTypeNotAllowed',
  fileTypeMismatch: 'fileTypeNotAllowed',
};

/**
 * Saves one posted step of a draft, uploads included: each file is checked
 * by its content and stored first, then the engine validates the step with
 * the stored references; files it refuses, and files the resident removed,
 * are deleted again.
 */
export function createSaveStep(drafts: DraftService, files: StoredFileService) {
  return async function saveStep(
    draft: Draft,
    stepId: string,
    posted: PostedFields,
    uploaded: readonly UploadedFile[],
  ): Promise<StepValidation> {
    const step = draft.definition.steps.find((s) => s.id === stepId);
    if (!step) throw new RangeError(`No step ${stepId}`);
    const fileQuestions = new Map(
      step.questions.filter((q): q is FileQuestion => q.type === 'file').map((q) => [`q.${q.key}`, q]),
    );
    const uploads: Record<string, FileRef[]> = {};
    const uploadErrors: FieldError[] = [];
    for (const u of uploaded) {
      const q = fileQuestions.get(u.field);
      if (!q || (u.data.length === 0 && u.fileName === '')) continue;
      const r = await files.storeForDraft(draft.municipalityId, draft.id, q.key, u.fileName, u.data, {
        allowedMimes: q.accept,
        maxBytes: q.maxSizeBytes,
      });
      if (r.ok) {
        uploads[q.key] = [...(uploads[q.key] ?? []), r.file];
      } else {
        uploadErrors.push({
          field: u.field,
          code: UPLOAD_CODES[r.code],
          params: { name: u.fileName, max: q.maxSizeBytes, accept: q.accept },
          stepId,
          questionKey: q.key,
        });
      }
    }
    const before = new Set(
      [...fileQuestions.values()].flatMap((q) => {
        const v = draft.answers[q.key];
        return Array.isArray(v)
          ? v.flatMap((f) => (typeof f === 'object' && f && 'id' in f ? [String(f.id)] : []))
          : [];
      }),
    );
    const v = await drafts.saveStep(draft, stepId, posted, uploads);
    const kept = new Set(
      [...fileQuestions.values()].flatMap((q) => {
        const val = v.answers[q.key];
        return Array.isArray(val)
          ? val.flatMap((f) => (typeof f === 'object' && f && 'id' in f ? [String(f.id)] : []))
          : [];
      }),
    );
    const gone = [...before].filter((id) => !kept.has(id)).concat(v.rejectedFiles.map((f) => f.id));
    for (const id of gone) await files.removeFromDraft(draft.municipalityId, draft.id, id);
    return uploadErrors.length > 0 ? { ...v, errors: [...uploadErrors, ...v.errors] } : v;
  };
}
