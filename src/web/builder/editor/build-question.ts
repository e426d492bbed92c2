/**
 * From the settings form's fields to a new version of the question, or the
 * problems (field and error code). Settings the form does not show
 * (conditions, the computed expression, translations) are carried over from
 * the question as it was.
 */
import {
  CONTACT_FIELDS,
  type ContactField,
  type FieldPresence,
  LIMITS,
  type Question,
} from '../../../domain/forms/definition.ts';
import { columnsOf, optionsOf } from './build-rows.ts';
import {
  FILE_TYPES,
  type FormProblem,
  KEY,
  lang,
  MAX_LABEL,
  MAX_TEXT,
  type QuestionForm,
} from './question-form.ts';

const DATE_BOUND = /^(\d{4}-\d{2}-\d{2}|today|[+-]\d{1,4}[dwmy])$/;

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
