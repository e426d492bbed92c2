/**
 * A repeating group (a table): rows of simple cells, e.g. one row per child.
 * Fields are `q.<key>.<row>.<column>` (plus `.day` etc. for date cells). Rows
 * left entirely blank are dropped and the rest renumbered from 0, so the
 * answer is always a dense list. `q.<key>.removeRow=<row>` drops a row (the
 * "Remove" button works without JavaScript).
 */
import { type CellValue, type GroupRow, isPlainObject, type RawFields } from '../answers.ts';
import { type GroupCellQuestion, type GroupQuestion, LIMITS } from '../definition.ts';
import type { Issue } from '../errors.ts';
import { textIn } from '../localize.ts';
import { compact, readAnswerableCommon, registerUnique } from '../schema/common.ts';
import { readQuestionWith } from '../schema/read-question.ts';
import { pointer } from '../schema/reader.ts';
import { CELL_HANDLERS, cellHandlerFor, isCellType } from './cell-registry.ts';
import type { QuestionHandler } from './handler.ts';
import { readAndCheck } from './read-and-check.ts';
import { empty, issue, postedList, singleFieldDefaults } from './shared.ts';

const ROW = /^(0|[1-9]\d{0,3})$/;
const CELL_FIELD = /^(0|[1-9]\d{0,3})\.([^.]+)(?:\.(.+))?$/;

function inRow(issues: readonly Issue[], row: number, column: string): Issue[] {
  return issues.map((i) => ({ ...i, row, column }));
}

function rowCountIssues(q: GroupQuestion, rows: number, name: string): Issue[] {
  const max = q.maxRows ?? LIMITS.groupMaxRows;
  if (rows > max) return [issue(name, 'tooManyRows', { max })];
  if (rows > 0 && q.minRows !== undefined && rows < q.minRows)
    return [issue(name, 'tooFewRows', { min: q.minRows })];
  return [];
}

function column(q: GroupQuestion, key: string): GroupCellQuestion | undefined {
  for (const c of q.questions) if (c.key === key) return c;
  return undefined;
}

function renamePrefix(field: string, from: string, to: string): string {
  return field.startsWith(from) ? to + field.slice(from.length) : field;
}

export const groupHandler: QuestionHandler<GroupQuestion> = {
  ...singleFieldDefaults,
  type: 'group',

  readQuestion(r) {
    const common = readAnswerableCommon(r);
    const items = r.array('questions', true) ?? [];
    if (r.has('questions') && items.length === 0) r.problem('questions', 'tooFew', { min: 1 });
    const wasInGroup = r.ctx.inGroup;
    r.ctx.inGroup = true;
    const keys = new Map<string, string>();
    const questions: GroupCellQuestion[] = [];
    items.forEach((item, i) => {
      const path = pointer(r.at('questions'), i);
      const cell = readQuestionWith<GroupCellQuestion>(item, path, r.ctx, (type) =>
        isCellType(type) ? (CELL_HANDLERS[type] as unknown as QuestionHandler<GroupCellQuestion>) : undefined,
      );
      if (!cell) return;
      if (cell.key !== '') registerUnique(keys, cell.key, pointer(path, 'key'), r, 'duplicateKey');
      questions.push(cell);
    });
    r.ctx.inGroup = wasInGroup;
    const minRows = r.integer('minRows', { min: 0, max: LIMITS.groupMaxRows });
    const maxRows = r.integer('maxRows', { min: 1, max: LIMITS.groupMaxRows });
    if (minRows !== undefined && maxRows !== undefined && minRows > maxRows)
      r.problem('minRows', 'minGreaterThanMax');
    return compact({ ...common, type: 'group', questions, minRows, maxRows });
  },

  acceptsField(q, suffix) {
    if (suffix === 'removeRow') return true;
    const m = CELL_FIELD.exec(suffix);
    const cell = m ? column(q, m[2] ?? '') : undefined;
    return cell !== undefined && cellHandlerFor(cell).acceptsField(cell, m?.[3] ?? '');
  },

  read(q, { posted, name, today }) {
    const prefix = `${name}.`;
    const removed = new Set(postedList(posted, `${name}.removeRow`));
    const indexes = new Set<number>();
    for (const field of Object.keys(posted)) {
      if (!field.startsWith(prefix)) continue;
      const segment = field.slice(prefix.length).split('.', 1)[0] ?? '';
      if (ROW.test(segment) && !removed.has(segment)) indexes.add(Number(segment));
    }

    const raw: RawFields = {};
    const issues: Issue[] = [];
    const rows: GroupRow[] = [];
    for (const old of [...indexes].sort((a, b) => a - b)) {
      const row = rows.length;
      const from = `${prefix}${old}.`;
      const to = `${prefix}${row}.`;
      const cells: GroupRow = {};
      const rowRaw: RawFields = {};
      const rowIssues: Issue[] = [];
      const missing: Issue[] = [];
      for (const cell of q.questions) {
        const handler = cellHandlerFor(cell);
        const cellName = `${from}${cell.key}`;
        const r = readAndCheck(handler, cell, {
          posted,
          name: cellName,
          current: undefined,
          uploads: [],
          today,
        });
        Object.assign(rowRaw, r.raw);
        if (r.value !== undefined) cells[cell.key] = r.value as CellValue;
        else if (r.issues.length === 0 && cell.required) {
          missing.push(...inRow(handler.requiredIssues(cell, cellName), row, cell.key));
        }
        rowIssues.push(...inRow(r.issues, row, cell.key));
      }
      // A row with nothing in it was added and left blank: drop it.
      if (Object.keys(cells).length === 0 && rowIssues.length === 0) continue;
      for (const [field, v] of Object.entries(rowRaw)) raw[renamePrefix(field, from, to)] = v;
      for (const i of [...rowIssues, ...missing])
        issues.push({ ...i, field: renamePrefix(i.field, from, to) });
      rows.push(cells);
    }

    if (rows.length === 0) return empty(raw);
    issues.push(...rowCountIssues(q, rows.length, name));
    return { raw, value: issues.length === 0 ? rows : undefined, issues };
  },

  check(q, value, { name, today }) {
    if (!Array.isArray(value) || !value.every(isPlainObject)) return [issue(name, 'invalidValue')];
    const issues = rowCountIssues(q, value.length, name);
    value.forEach((row, i) => {
      for (const key of Object.keys(row)) {
        if (!column(q, key)) issues.push({ ...issue(`${name}.${i}`, 'invalidValue'), row: i });
      }
      for (const cell of q.questions) {
        const handler = cellHandlerFor(cell);
        const cellName = `${name}.${i}.${cell.key}`;
        const v = (row as GroupRow)[cell.key];
        if (v === undefined || handler.isEmpty(cell, v)) {
          if (cell.required) issues.push(...inRow(handler.requiredIssues(cell, cellName), i, cell.key));
        } else {
          issues.push(...inRow(handler.check(cell, v, { name: cellName, today }), i, cell.key));
        }
      }
    });
    return issues;
  },

  requiredIssues(q, name) {
    const first = q.questions[0];
    const field = first
      ? (cellHandlerFor(first).requiredIssues(first, `${name}.0.${first.key}`)[0]?.field ?? name)
      : name;
    if (q.minRows !== undefined && q.minRows > 1) return [issue(field, 'tooFewRows', { min: q.minRows })];
    return [issue(field, 'required')];
  },

  toRaw(q, value, name) {
    const raw: RawFields = {};
    if (!Array.isArray(value)) return raw;
    value.forEach((row, i) => {
      if (!isPlainObject(row)) return;
      for (const cell of q.questions) {
        const v = (row as GroupRow)[cell.key];
        if (v !== undefined)
          Object.assign(raw, cellHandlerFor(cell).toRaw(cell, v, `${name}.${i}.${cell.key}`));
      }
    });
    return raw;
  },

  format(q, value, opts) {
    if (!Array.isArray(value)) return [];
    return value.map((row) => {
      if (!isPlainObject(row)) return '';
      const parts: string[] = [];
      for (const cell of q.questions) {
        const v = (row as GroupRow)[cell.key];
        if (v === undefined) continue;
        const f = cellHandlerFor(cell).format(cell, v, opts);
        const text = Array.isArray(f) ? f.join(', ') : f;
        if (text !== '') parts.push(`${textIn(cell.label, opts.lang)}: ${text}`);
      }
      return parts.join('; ');
    });
  },
};
