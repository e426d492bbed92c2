import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { PostedFields } from '../domain/forms/answers.ts';
import type { UploadedFile } from '../services/drafts/save-step.ts';

export interface PostedForm {
  fields: PostedFields;
  files: UploadedFile[];
}

type Part = MultipartFile | MultipartValue;

/** Form posts arrive url-encoded, or as multipart when they carry files; both end up the same. */
export async function readPostedForm(req: FastifyRequest): Promise<PostedForm> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (!req.isMultipart()) {
    const fields: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(body)) {
      if (typeof v === 'string') fields[k] = v;
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) fields[k] = v as string[];
    }
    return { fields, files: [] };
  }
  const fields: Record<string, string | string[]> = {};
  const files: UploadedFile[] = [];
  for (const [name, value] of Object.entries(body)) {
    for (const part of (Array.isArray(value) ? value : [value]) as Part[]) {
      if (part.type === 'file') {
        if (!part.filename) continue;
        files.push({ field: name, fileName: part.filename, data: await part.toBuffer() });
      } else if (typeof part.value === 'string') {
        const prev = fields[name];
        fields[name] =
          prev === undefined ? part.value : [...(Array.isArray(prev) ? prev : [prev]), part.value];
      }
    }
  }
  return { fields, files };
}

/** A single posted string, or '' (for buttons such as `action`). */
export function postedString(fields: PostedFields, name: string): string {
  const v = fields[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? '') : '';
}
