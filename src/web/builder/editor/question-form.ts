/**
 * The question settings form: from a question to the fields (`formOf`), from
 * a post back to the fields exactly as typed (`readQuestionForm`), the row
 * buttons (`applyRowAction`), and from the fields to a new version of the
 * question (`buildQuestion`), with error codes the page puts in words.
 * Settings the form does not show (conditions, the computed expression,
 * translations) are carried over from the question as it was.
 */

import { defaultQuestion, keyFromLabel } from '../../../domain/builder/definition-edits.ts';
import type { PostedFields } from '../../../domain/forms/answers.ts';
import {
  type ChoiceOption,
  CONTACT_FIELDS,
  type ContactField,
  type FieldPresence,
  GROUP_CELL_TYPES,
  type GroupCellQuestion,
  type GroupCellType,
  type LangText,
  LIMITS,
  type Question,
} from '../../../domain/forms/definition.ts';

export const MAX_LABEL = 500;
export const MAX_TEXT = 5000;
export const MAX_ROWS = 100;

/** The common file types offered as checkboxes. */
export const FILE_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/*',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
] as const;

export interface OptionRow {
  value: string;
  label: string;
  hint: string;
  exclusive: boolean;
}

export interface ColumnRow {
  /** The column's id (hidden); empty for a new column. */
  id: string;
  label: string;
  key: string;
  type: string;
  required: boolean;
  /** A choice column's options, one a line: `value | text` (the value is made from the text when left out). */
  options: string;
}

export interface QuestionForm {
  /** Single fields by name (label, hint, key, minLength …); check boxes are 'true' when ticked. */
  fields: Record<string, string>;
  accept: string[];
  options: OptionRow[];
  columns: ColumnRow[];
}

export interface FormProblem {
  field: string;
  code: string;
  params?: Record<string, string>;
}

const str = (v: number | string | undefined): string => (v === undefined ? '' : String(v));
const flag = (v: boolean | undefined): string => (v ? 'true' : '');

export const optionField = (i: number, part: keyof OptionRow) => `options.${i}.${part}`;
export const columnField = (i: number, part: keyof ColumnRow) => `columns.${i}.${part}`;

/** The fields of a question as stored. */
export function formOf(q: Question): QuestionForm {
  const f: Record<string, string> = {
    label: q.label.sv,
    hint: q.hint?.sv ?? '',
    help: q.help?.sv ?? '',
    key: q.key,
    required: 'required' in q ? flag(q.required) : '',
    summary: 'summary' in q ? flag(q.summary) : '',
  };
  const form: QuestionForm = { fields: f, accept: [], options: [], columns: [] };
  switch (q.type) {
    case 'text':
      f.minLength = str(q.minLength);
      f.maxLength = str(q.maxLength);
      f.pattern = q.pattern ?? '';
      f.patternMessage = q.patternMessage?.sv ?? '';
      f.autocomplete = q.autocomplete ?? '';
      break;
    case 'textarea':
      f.maxLength = str(q.maxLength);
      break;
    case 'number':
      f.min = str(q.min);
      f.max = str(q.max);
      f.integer = flag(q.integer);
      f.unit = q.unit?.sv ?? '';
      break;
    case 'date':
      f.min = q.min ?? '';
      f.max = q.max ?? '';
      break;
    case 'radio':
    case 'checkbox':
    case 'select':
      form.options = q.options.map((o) => ({
        value: o.value,
        label: o.label.sv,
        hint: o.hint?.sv ?? '',
        exclusive: o.exclusive === true,
      }));
      break;
    case 'file':
      form.accept = [...q.accept];
      f.maxSizeMb = String(Math.round((q.maxSizeBytes / 1_000_000) * 100) / 100);
      f.maxFiles = String(q.maxFiles);
      break;
    case 'contact':
      for (const c of CONTACT_FIELDS) f[`contact.${c}`] = q.fields[c] ?? 'no';
      f.prefill = flag(q.prefill);
      break;
    case 'personnummer':
      f.allowSamordningsnummer = flag(q.allowSamordningsnummer);
      f.prefill = flag(q.prefill);
      break;
    case 'orgnr':
      f.allowSoleTrader = flag(q.allowSoleTrader !== false);
      break;
    case 'group':
      form.columns = q.questions.map((c) => ({
        id: c.id,
        label: c.label.sv,
        key: c.key,
        type: c.type,
        required: c.required,
        options: 'options' in c ? c.options.map((o) => `${o.value} | ${o.label.sv}`).join('\n') : '',
      }));
      f.minRows = str(q.minRows);
      f.maxRows = str(q.maxRows);
      break;
    case 'info':
      f.text = q.text.sv;
      break;
    case 'computed':
      f.format = q.format;
      f.decimals = str(q.decimals);
      f.unit = q.unit?.sv ?? '';
      break;
    default:
      break;
  }
  return form;
}

const SINGLE = [
  'label',
  'hint',
  'help',
  'key',
  'required',
  'summary',
  'minLength',
  'maxLength',
  'pattern',
  'patternMessage',
  'autocomplete',
  'min',
  'max',
  'integer',
  'unit',
  'maxSizeMb',
  'maxFiles',
  'prefill',
  'allowSamordningsnummer',
  'allowSoleTrader',
  'minRows',
  'maxRows',
  'text',
  'format',
  'decimals',
  ...CONTACT_FIELDS.map((c) => `contact.${c}`),
];

const one = (fields: PostedFields, name: string): string => {
  const v = fields[name];
  const s = typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? '') : '';
  return s.replace(/\r\n/g, '\n');
};
const many = (fields: PostedFields, name: string): string[] => {
  const v = fields[name];
  return typeof v === 'string' ? [v] : Array.isArray(v) ? [...v] : [];
};

/** The fields exactly as posted (rows as many as were posted, at most MAX_ROWS). */
export function readQuestionForm(fields: PostedFields): QuestionForm {
  const f: Record<string, string> = {};
  for (const name of SINGLE) f[name] = one(fields, name);
  const options: OptionRow[] = [];
  for (let i = 0; i < MAX_ROWS && fields[optionField(i, 'value')] !== undefined; i++) {
    options.push({
      value: one(fields, optionField(i, 'value')),
      label: one(fields, optionField(i, 'label')),
      hint: one(fields, optionField(i, 'hint')),
      exclusive: one(fields, optionField(i, 'exclusive')) === 'true',
    });
  }
  const columns: ColumnRow[] = [];
  for (let i = 0; i < MAX_ROWS && fields[columnField(i, 'key')] !== undefined; i++) {
    columns.push({
      id: one(fields, columnField(i, 'id')),
      label: one(fields, columnField(i, 'label')),
      key: one(fields, columnField(i, 'key')),
      type: one(fields, columnField(i, 'type')),
      required: one(fields, columnField(i, 'required')) === 'true',
      options: one(fields, columnField(i, 'options')),
    });
  }
  return { fields: f, accept: many(fields, 'accept'), options, columns };
}

function moveRow<T>(rows: T[], i: number, to: number): T[] {
  const out = [...rows];
  const a = out[i];
  const b = out[to];
  if (a === undefined || b === undefined) return out;
  out[i] = b;
  out[to] = a;
  return out;
}

/**
 * The row buttons (`action` = addOption, removeOption.2, optionUp.2, addColumn,
 * columnDown.0 …): the form changed, nothing saved. Undefined for "save" or an
 * unknown action. `focus` is the field to return to.
 */
export function applyRowAction(
  form: QuestionForm,
  action: string,
): { form: QuestionForm; focus: string } | undefined {
  const m =
    /^(addOption|removeOption|optionUp|optionDown|addColumn|removeColumn|columnUp|columnDown)(?:\.(\d{1,3}))?$/.exec(
      action,
    );
  if (!m) return undefined;
  const [, what = '', n] = m;
  const i = Number(n ?? -1);
  const o = form.options;
  const c = form.columns;
  switch (what) {
    case 'addOption': {
      if (o.length >= MAX_ROWS) return { form, focus: optionField(o.length - 1, 'value') };
      const next = [...o, { value: '', label: '', hint: '', exclusive: false }];
      return { form: { ...form, options: next }, focus: optionField(o.length, 'value') };
    }
    case 'removeOption':
      return { form: { ...form, options: o.filter((_, j) => j !== i) }, focus: 'addOption' };
    case 'optionUp':
      return {
        form: { ...form, options: moveRow(o, i, i - 1) },
        focus: optionField(Math.max(0, i - 1), 'value'),
      };
    case 'optionDown':
      return {
        form: { ...form, options: moveRow(o, i, i + 1) },
        focus: optionField(Math.min(o.length - 1, i + 1), 'value'),
      };
    case 'addColumn': {
      if (c.length >= MAX_ROWS) return { form, focus: columnField(c.length - 1, 'label') };
      const next = [...c, { id: '', label: '', key: '', type: 'text', required: false, options: '' }];
      return { form: { ...form, columns: next }, focus: columnField(c.length, 'label') };
    }
    case 'removeColumn':
      return { form: { ...form, columns: c.filter((_, j) => j !== i) }, focus: 'addColumn' };
    case 'columnUp':
      return {
        form: { ...form, columns: moveRow(c, i, i - 1) },
        focus: columnField(Math.max(0, i - 1), 'label'),
      };
    case 'columnDown':
      return {
        form: { ...form, columns: moveRow(c, i, i + 1) },
        focus: columnField(Math.min(c.length - 1, i + 1), 'label'),
      };
    default:
      return undefined;
  }
}

const KEY = /^[a-z][A-Za-z0-9_]{0,63}$/;
const OPTION_VALUE = /^[A-Za-z0-9_.:-]{1,100}$/;
const DATE_BOUND = /^(\d{4}-\d{2}-\d{2}|today|[+-]\d{1,4}[dwmy])$/;

/** A text in Swedish with the other languages of the old one kept; undefined when empty. */
function lang(svText: string, old: LangText | undefined): LangText | undefined {
  const s = svText.trim();
  if (s === '') return undefined;
  return { ...(old ?? {}), sv: s };
}

/**
 * The question as the form says, or what is wrong. `ids` makes ids for new
 * group columns.
 */
export function buildQuestion(
  old: Question,
  form: QuestionForm,
  newColumnId: () => string,
): { ok: true; question: Question } | { ok: false; problems: FormProblem[] } {
  const f = form.fields;
  const problems: FormProblem[] = [];
  const text = (name: string, max: number, required = false): string => {
    const v = (f[name] ?? '').trim();
    if (required && v === '') problems.push({ field: name, code: 'required' });
    else if (v.length > max) problems.push({ field: name, code: 'tooLong', params: { max: String(max) } });
    return v;
  };
  const num = (
    name: string,
    opts: { integer?: boolean; min?: number; max?: number } = {},
  ): number | undefined => {
    const raw = (f[name] ?? '').trim().replace(',', '.').replace(/\s/g, '');
    if (raw === '') return undefined;
    const n = Number(raw);
    if (!/^-?\d+(\.\d+)?$/.test(raw) || !Number.isFinite(n)) {
      problems.push({ field: name, code: opts.integer ? 'notWhole' : 'notNumber' });
      return undefined;
    }
    if (opts.integer && !Number.isInteger(n)) {
      problems.push({ field: name, code: 'notWhole' });
      return undefined;
    }
    if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
      problems.push({
        field: name,
        code: 'outOfRange',
        params: { min: String(opts.min ?? ''), max: String(opts.max ?? '') },
      });
      return undefined;
    }
    return n;
  };
  const order = (minName: string, min: number | string | undefined, max: number | string | undefined) => {
    if (min !== undefined && max !== undefined && min > max)
      problems.push({ field: minName, code: 'minGreaterThanMax' });
  };
  const yes = (name: string) => f[name] === 'true';

  const label = text('label', MAX_LABEL, true);
  const key = text('key', 64, true);
  if (key !== '' && !KEY.test(key)) problems.push({ field: 'key', code: 'invalidKey' });
  const hint = lang(text('hint', MAX_TEXT), old.hint);
  const help = lang(text('help', MAX_TEXT), old.help);

  const common = {
    id: old.id,
    key,
    label: { ...old.label, sv: label },
    ...(hint ? { hint } : {}),
    ...(help ? { help } : {}),
    ...(old.visibleWhen !== undefined ? { visibleWhen: old.visibleWhen } : {}),
  };
  const answerable = {
    ...common,
    required: yes('required'),
    ...('requiredWhen' in old && old.requiredWhen !== undefined ? { requiredWhen: old.requiredWhen } : {}),
    ...(yes('summary') ? { summary: true } : {}),
  };

  let q: Question;
  switch (old.type) {
    case 'text': {
      const minLength = num('minLength', { integer: true, min: 0, max: LIMITS.textMaxLength });
      const maxLength = num('maxLength', { integer: true, min: 1, max: LIMITS.textMaxLength });
      order('minLength', minLength, maxLength);
      const pattern = text('pattern', LIMITS.patternMaxLength);
      if (pattern !== '') {
        try {
          new RegExp(pattern, 'u');
        } catch {
          problems.push({ field: 'pattern', code: 'invalidPattern' });
        }
      }
      const patternMessage = lang(text('patternMessage', MAX_TEXT), old.patternMessage);
      const autocomplete = text('autocomplete', 100);
      if (autocomplete !== '' && !/^[a-z0-9 -]+$/.test(autocomplete))
        problems.push({ field: 'autocomplete', code: 'invalidAutocomplete' });
      q = {
        ...answerable,
        type: 'text',
        ...(minLength !== undefined ? { minLength } : {}),
        ...(maxLength !== undefined ? { maxLength } : {}),
        ...(pattern ? { pattern } : {}),
        ...(patternMessage ? { patternMessage } : {}),
        ...(autocomplete ? { autocomplete } : {}),
      };
      break;
    }
    case 'textarea': {
      const maxLength = num('maxLength', { integer: true, min: 1, max: LIMITS.textareaMaxLength });
      q = { ...answerable, type: 'textarea', ...(maxLength !== undefined ? { maxLength } : {}) };
      break;
    }
    case 'number': {
      const min = num('min');
      const max = num('max');
      order('min', min, max);
      const unit = lang(text('unit', 50), old.unit);
      q = {
        ...answerable,
        type: 'number',
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        ...(yes('integer') ? { integer: true } : {}),
        ...(unit ? { unit } : {}),
      };
      break;
    }
    case 'date': {
      const bound = (name: string) => {
        const v = text(name, 20);
        if (v !== '' && !DATE_BOUND.test(v)) problems.push({ field: name, code: 'invalidDateBound' });
        return v || undefined;
      };
      const min = bound('min');
      const max = bound('max');
      const iso = /^\d{4}-\d{2}-\d{2}$/;
      if (min && max && iso.test(min) && iso.test(max)) order('min', min, max);
      q = { ...answerable, type: 'date', ...(min ? { min } : {}), ...(max ? { max } : {}) };
      break;
    }
    case 'radio':
    case 'checkbox':
    case 'select': {
      const options = optionsOf(form, old.options, old.type === 'checkbox', problems);
      const least = old.type === 'checkbox' ? 1 : 2;
      if (form.options.length < least)
        problems.push({ field: 'addOption', code: 'tooFewOptions', params: { min: String(least) } });
      q = { ...answerable, type: old.type, options };
      break;
    }
    case 'yesno':
    case 'address':
    case 'consent':
      q = { ...answerable, type: old.type };
      break;
    case 'file': {
      const known = new Set<string>(FILE_TYPES);
      const accept = form.accept.filter((a) => known.has(a));
      if (accept.length === 0) problems.push({ field: 'accept', code: 'noFileTypes' });
      const mb = num('maxSizeMb', { min: 0.1, max: 100 });
      if (mb === undefined && (f.maxSizeMb ?? '').trim() === '')
        problems.push({ field: 'maxSizeMb', code: 'required' });
      const maxFiles = num('maxFiles', { integer: true, min: 1, max: LIMITS.maxFiles });
      if (maxFiles === undefined && (f.maxFiles ?? '').trim() === '')
        problems.push({ field: 'maxFiles', code: 'required' });
      q = {
        ...answerable,
        type: 'file',
        accept,
        maxSizeBytes: Math.round((mb ?? 10) * 1_000_000),
        maxFiles: maxFiles ?? 1,
      };
      break;
    }
    case 'contact': {
      const fields: Partial<Record<ContactField, FieldPresence>> = {};
      for (const c of CONTACT_FIELDS) {
        const v = f[`contact.${c}`];
        if (v === 'required' || v === 'optional') fields[c] = v;
      }
      if (Object.keys(fields).length === 0) problems.push({ field: 'contact.name', code: 'noContactFields' });
      q = { ...answerable, type: 'contact', fields, ...(yes('prefill') ? { prefill: true } : {}) };
      break;
    }
    case 'personnummer':
      q = {
        ...answerable,
        type: 'personnummer',
        allowSamordningsnummer: yes('allowSamordningsnummer'),
        ...(yes('prefill') ? { prefill: true } : {}),
      };
      break;
    case 'orgnr':
      q = { ...answerable, type: 'orgnr', allowSoleTrader: yes('allowSoleTrader') };
      break;
    case 'group': {
      const minRows = num('minRows', { integer: true, min: 0, max: LIMITS.groupMaxRows });
      const maxRows = num('maxRows', { integer: true, min: 1, max: LIMITS.groupMaxRows });
      order('minRows', minRows, maxRows);
      const questions = columnsOf(form, old.questions, newColumnId, problems);
      q = {
        ...answerable,
        type: 'group',
        questions,
        ...(minRows !== undefined ? { minRows } : {}),
        ...(maxRows !== undefined ? { maxRows } : {}),
      };
      break;
    }
    case 'info': {
      const body = text('text', 20000, true);
      q = { ...common, type: 'info', text: { ...old.text, sv: body } };
      break;
    }
    case 'computed': {
      const format = f.format === 'currency' ? 'currency' : 'number';
      if (f.format !== 'currency' && f.format !== 'number')
        problems.push({ field: 'format', code: 'required' });
      const decimals = num('decimals', { integer: true, min: 0, max: 6 });
      const unit = format === 'number' ? lang(text('unit', 50), old.unit) : undefined;
      q = {
        ...common,
        type: 'computed',
        expression: old.expression,
        format,
        ...(decimals !== undefined ? { decimals } : {}),
        ...(unit ? { unit } : {}),
        ...(yes('summary') ? { summary: true } : {}),
      };
      break;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, question: q };
}

function optionsOf(form: QuestionForm, old: ChoiceOption[], checkbox: boolean, problems: FormProblem[]) {
  const seen = new Set<string>();
  return form.options.map((row, i): ChoiceOption => {
    const value = row.value.trim();
    const label = row.label.trim();
    const hint = row.hint.trim();
    if (value === '') problems.push({ field: optionField(i, 'value'), code: 'required' });
    else if (!OPTION_VALUE.test(value))
      problems.push({ field: optionField(i, 'value'), code: 'invalidOptionValue' });
    else if (seen.has(value)) problems.push({ field: optionField(i, 'value'), code: 'duplicateOptionValue' });
    seen.add(value);
    if (label === '') problems.push({ field: optionField(i, 'label'), code: 'required' });
    else if (label.length > MAX_LABEL)
      problems.push({ field: optionField(i, 'label'), code: 'tooLong', params: { max: String(MAX_LABEL) } });
    if (hint.length > MAX_TEXT)
      problems.push({ field: optionField(i, 'hint'), code: 'tooLong', params: { max: String(MAX_TEXT) } });
    const before = old.find((o) => o.value === value);
    const h = lang(hint, before?.hint);
    return {
      value,
      label: { ...(before?.label ?? {}), sv: label },
      ...(h ? { hint: h } : {}),
      ...(checkbox && row.exclusive ? { exclusive: true } : {}),
    };
  });
}

const isCellType = (s: string): s is GroupCellType => (GROUP_CELL_TYPES as readonly string[]).includes(s);

function columnsOf(
  form: QuestionForm,
  old: GroupCellQuestion[],
  newColumnId: () => string,
  problems: FormProblem[],
): GroupCellQuestion[] {
  if (form.columns.length === 0) problems.push({ field: 'addColumn', code: 'noColumns' });
  const seen = new Set<string>();
  return form.columns.map((row, i): GroupCellQuestion => {
    const label = row.label.trim();
    const key = row.key.trim();
    if (label === '') problems.push({ field: columnField(i, 'label'), code: 'required' });
    else if (label.length > MAX_LABEL)
      problems.push({ field: columnField(i, 'label'), code: 'tooLong', params: { max: String(MAX_LABEL) } });
    if (key === '') problems.push({ field: columnField(i, 'key'), code: 'required' });
    else if (!KEY.test(key)) problems.push({ field: columnField(i, 'key'), code: 'invalidKey' });
    else if (seen.has(key)) problems.push({ field: columnField(i, 'key'), code: 'duplicateKey' });
    seen.add(key);
    const type: GroupCellType = isCellType(row.type) ? row.type : 'text';
    if (!isCellType(row.type)) problems.push({ field: columnField(i, 'type'), code: 'unknownType' });
    const before = old.find((c) => c.id === row.id && row.id !== '');
    const id = before?.id ?? newColumnId();
    // The column keeps its own settings while its type stays; a new type starts from its defaults.
    const base = (
      before && before.type === type ? before : defaultQuestion(type, id, key, label)
    ) as GroupCellQuestion;
    const column = {
      ...base,
      id,
      key,
      label: { ...(before?.label ?? {}), sv: label },
      required: row.required,
    } as GroupCellQuestion;
    if ('options' in column && row.options.trim() !== '') {
      const old = before && 'options' in before ? before.options : [];
      column.options = columnOptions(
        row.options,
        old,
        columnField(i, 'options'),
        column.type === 'checkbox',
        problems,
      );
    }
    return column;
  });
}

/** A choice column's options from its lines (`value | text`, or just the text). */
function columnOptions(
  text: string,
  old: ChoiceOption[],
  field: string,
  checkbox: boolean,
  problems: FormProblem[],
): ChoiceOption[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const seen = new Set<string>();
  const options: ChoiceOption[] = [];
  let bad: FormProblem | undefined;
  for (const line of lines) {
    const bar = line.indexOf('|');
    const label = (bar >= 0 ? line.slice(bar + 1) : line).trim();
    const value = bar >= 0 ? line.slice(0, bar).trim() : keyFromLabel(label);
    if (label === '' || label.length > MAX_LABEL || !OPTION_VALUE.test(value))
      bad ??= { field, code: 'invalidColumnOption', params: { line } };
    else if (seen.has(value)) bad ??= { field, code: 'duplicateOptionValue' };
    seen.add(value);
    const before = old.find((o) => o.value === value);
    options.push({ ...(before ?? {}), value, label: { ...(before?.label ?? {}), sv: label } });
  }
  const least = checkbox ? 1 : 2;
  if (!bad && options.length < least) bad = { field, code: 'tooFewOptions', params: { min: String(least) } };
  if (bad) problems.push(bad);
  return options;
}
