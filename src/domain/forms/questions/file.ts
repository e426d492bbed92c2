/**
 * File uploads. The service stores each uploaded file, detects its MIME type
 * from the content and hands the domain a `FileRef`; the domain decides which
 * files the answer keeps (type, size, count) and which the service must delete.
 * Files already in the answer stay until `q.<key>.remove` names them.
 */
import { type FileRef, isFileRef } from '../answers.ts';
import { type FileQuestion, LIMITS } from '../definition.ts';
import type { Issue } from '../errors.ts';
import { compact, readAnswerableCommon } from '../schema/common.ts';
import { pointer } from '../schema/reader.ts';
import { formatBytes } from './formatting.ts';
import type { QuestionHandler } from './handler.ts';
import { issue, postedList, singleFieldDefaults } from './shared.ts';

const MIME_PATTERN = /^[a-z]+\/(\*|[a-z0-9][a-z0-9!#$&^_.+-]*)$/;

export function mimeAllowed(accept: readonly string[], mime: string): boolean {
  const m = mime.toLowerCase();
  for (const a of accept) {
    if (a === m || (a.endsWith('/*') && m.startsWith(a.slice(0, -1)))) return true;
  }
  return false;
}

/** The per-file rules; `undefined` when the file may be kept. */
function fileIssue(q: FileQuestion, f: FileRef, name: string): Issue | undefined {
  if (!mimeAllowed(q.accept, f.mime))
    return issue(name, 'fileTypeNotAllowed', { name: f.name, accept: q.accept });
  if (f.size > q.maxSizeBytes) return issue(name, 'fileTooLarge', { name: f.name, max: q.maxSizeBytes });
  return undefined;
}

export const fileHandler: QuestionHandler<FileQuestion> = {
  ...singleFieldDefaults,
  type: 'file',

  readQuestion(r) {
    const common = readAnswerableCommon(r);
    const items = r.array('accept', true) ?? [];
    if (r.has('accept') && items.length === 0) r.problem('accept', 'tooFew', { min: 1 });
    const accept: string[] = [];
    items.forEach((item, i) => {
      if (typeof item === 'string' && MIME_PATTERN.test(item)) accept.push(item);
      else r.ctx.problems.push({ path: pointer(r.at('accept'), i), code: 'invalidMimeType' });
    });
    const maxSizeBytes = r.integer('maxSizeBytes', { min: 1, max: Number.MAX_SAFE_INTEGER }, true) ?? 1;
    const maxFiles = r.integer('maxFiles', { min: 1, max: LIMITS.maxFiles }, true) ?? 1;
    return compact({ ...common, type: 'file', accept, maxSizeBytes, maxFiles });
  },

  acceptsField: (_q, suffix) => suffix === '' || suffix === 'remove',

  read(q, { posted, name, current, uploads }) {
    const remove = new Set(postedList(posted, `${name}.remove`));
    const files = (Array.isArray(current) ? current.filter(isFileRef) : []).filter((f) => !remove.has(f.id));
    const issues: Issue[] = [];
    const rejectedFiles: FileRef[] = [];
    let countReported = false;
    for (const f of uploads) {
      const problem = fileIssue(q, f, name);
      if (problem) {
        issues.push(problem);
        rejectedFiles.push(f);
      } else if (files.length >= q.maxFiles) {
        if (!countReported) issues.push(issue(name, 'tooManyFiles', { max: q.maxFiles }));
        countReported = true;
        rejectedFiles.push(f);
      } else {
        files.push(f);
      }
    }
    // Files kept despite a refused upload stay in the answer, so an error never loses what was there.
    return { raw: {}, value: files.length > 0 ? files : undefined, issues, rejectedFiles };
  },

  check(q, value, { name }) {
    if (!Array.isArray(value) || value.length === 0 || !value.every(isFileRef))
      return [issue(name, 'invalidValue')];
    const issues: Issue[] = [];
    if (value.length > q.maxFiles) issues.push(issue(name, 'tooManyFiles', { max: q.maxFiles }));
    for (const f of value) {
      const problem = fileIssue(q, f, name);
      if (problem) issues.push(problem);
    }
    return issues;
  },

  toRaw: () => ({}),

  format(_q, value, { lang }) {
    if (!Array.isArray(value)) return [];
    return value.filter(isFileRef).map((f) => `${f.name} (${formatBytes(f.size, lang)})`);
  },
};
