/**
 * Whether an uploaded file may be kept, judged on facts the caller gathered:
 * its size, the name the uploader gave it and the type sniffed from its
 * content. Returns an error code; the texts live with the views.
 */

export type UploadErrorCode = 'fileEmpty' | 'fileTooLarge' | 'fileTypeNotAllowed' | 'fileTypeMismatch';

export interface UploadPolicy {
  /** Media types accepted, e.g. `['application/pdf', 'image/jpeg', 'image/png']`. */
  allowedMimes: readonly string[];
  maxBytes: number;
}

export interface UploadFacts {
  fileName: string;
  size: number;
  /** From sniff.ts `detectMime`; null when the content is of no known type. Legacy .doc/.xls detect as application/x-cfb. */
  detectedMime: string | null;
}

export type UploadVerdict = { ok: true; mime: string } | { ok: false; code: UploadErrorCode };

// The types an extension promises. A name ending in one of these must hold that kind of content.
const CLAIMED_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  txt: 'text/plain',
  csv: 'text/csv',
  svg: 'image/svg+xml',
  rtf: 'application/rtf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  zip: 'application/zip',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
};

/** The media type a file name's extension claims, or null for no or an unknown extension. */
export function claimedMime(fileName: string): string | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  const ext = match?.[1]?.toLowerCase();
  return ext === undefined ? null : (CLAIMED_BY_EXTENSION[ext] ?? null);
}

/**
 * The type the content is taken to have. Text formats (csv, plain) have no magic bytes, so text
 * content in a file named .csv is CSV. SVG is XML text too but never taken on its name alone:
 * it can carry scripts.
 */
function effectiveMime(claimed: string | null, detected: string): string {
  return claimed?.startsWith('text/') && detected === 'text/plain' ? claimed : detected;
}

export function checkUpload(policy: UploadPolicy, facts: UploadFacts): UploadVerdict {
  if (facts.size === 0) return { ok: false, code: 'fileEmpty' };
  if (facts.size > policy.maxBytes) return { ok: false, code: 'fileTooLarge' };
  const claimed = claimedMime(facts.fileName);
  const detected = facts.detectedMime;
  if (detected === null) {
    // Unknown binary content: if the name promises an allowed type, the name is what is wrong.
    const promisesAllowed = claimed !== null && policy.allowedMimes.includes(claimed);
    return { ok: false, code: promisesAllowed ? 'fileTypeMismatch' : 'fileTypeNotAllowed' };
  }
  const mime = effectiveMime(claimed, detected);
  if (claimed !== null && claimed !== mime) return { ok: false, code: 'fileTypeMismatch' };
  if (!policy.allowedMimes.includes(mime)) return { ok: false, code: 'fileTypeNotAllowed' };
  return { ok: true, mime };
}
