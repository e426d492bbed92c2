/**
 * The question settings form: from a question to the fields (`formOf`) and
 * from a post back to the fields exactly as typed (`readQuestionForm`). The row
 * buttons are in row-actions.ts (`applyRowAction`); from the fields to a new
 * version of the question in build-question.ts (`buildQuestion`), with error
 * codes the page puts in words.
 */
import type { PostedFields } from '../../../domain/forms/answers.ts';
import { CONTACT_FIELDS, type LangText, type Question } from '../../../domain/forms/definition.ts';

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

/** A question's or a column's key. */
export const KEY = /^[a-z][A-Za-z0-9_]{0,63}$/;
/** An option's value. */
export const OPTION_VALUE = /^[A-Za-z0-9_.:-]{1,100}$/;

/** A text in Swedish with the other languages of the old one kept; undefined when empty. */
export function lang(svText: string, old: LangText | undefined): LangText | undefined {
  const s = svText.trim();
  if (s === '') return undefined;
  return { ...(old ?? {}), sv: s };
}
