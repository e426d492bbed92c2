/**
 * The form engine's error codes as messages in the resident's language
 * (texts in ../i18n/areas/form-errors.ts), and the error summary's list in
 * the order the fields appear on the page.
 */

import type {
  FormDefinition,
  GroupCellQuestion,
  Question,
  QuestionType,
} from '../../../domain/forms/definition.ts';
import type { ErrorCode, ErrorParams, FieldError } from '../../../domain/forms/errors.ts';
import { localize } from '../../../domain/forms/localize.ts';
import { FIELD_PREFIX } from '../../../domain/forms/plan.ts';
import { findOption } from '../../../domain/forms/questions/choice.ts';
import { formatBytes, formatDate, formatNumber } from '../../../domain/forms/questions/formatting.ts';
import type { FieldError as UiFieldError } from '../components/field-error.ts';
import { fieldId } from '../components/field-id.ts';
import { textDirection } from '../i18n/languages.ts';
import type { MessageKey, Translator } from '../i18n/translator.ts';
import { errorLinkField, partOfField, partsOf } from './error-targets.ts';
import { fileTypeNames, listText } from './file-types.ts';

type AnyQuestion = Question | GroupCellQuestion;

interface MessageInput {
  t: Translator;
  lang: string;
  q: AnyQuestion;
  e: FieldError;
  /** The question's label, ready to put in a message. */
  label: string;
  /** The contact or address part the error is about, if any. */
  part: string | undefined;
}

/**
 * Keeps a label's own direction inside a sentence of the other direction (a
 * Swedish label in an Arabic sentence, a Persian one in a Swedish sentence):
 * Unicode first-strong isolate.
 */
function isolate(t: Translator, text: string, contentLang?: string): string {
  const rtl = t.dir === 'rtl' || (contentLang !== undefined && textDirection(contentLang) === 'rtl');
  return rtl ? `\u2068${text}\u2069` : text;
}

function numberParam(params: ErrorParams | undefined, name: string): number | undefined {
  const v = params?.[name];
  return typeof v === 'number'
    ? v
    : typeof v === 'string' && v !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : undefined;
}

function stringParam(params: ErrorParams | undefined, name: string): string | undefined {
  const v = params?.[name];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

function listParam(params: ErrorParams | undefined, name: string): readonly string[] | undefined {
  const v = params?.[name];
  return Array.isArray(v) ? (v as readonly string[]) : undefined;
}

/** A number as the engine formats answers (Latin digits in every language), with the question's unit. */
function amount(m: MessageInput, n: number | undefined): string {
  if (n === undefined) return '';
  const text = formatNumber(n, m.t.lang);
  return m.q.type === 'number' && m.q.unit ? `${text} ${localize(m.q.unit, m.lang).text}` : text;
}

function plural(t: Translator, n: number | undefined, one: MessageKey, other: MessageKey): MessageKey {
  return n !== undefined && new Intl.PluralRules(t.lang).select(n) === 'one' ? one : other;
}

const REQUIRED: { readonly [T in QuestionType]: MessageKey } = {
  text: 'formErrors.required.text',
  textarea: 'formErrors.required.text',
  number: 'formErrors.required.text',
  personnummer: 'formErrors.required.text',
  orgnr: 'formErrors.required.text',
  contact: 'formErrors.required.text',
  address: 'formErrors.required.text',
  info: 'formErrors.required.text',
  computed: 'formErrors.required.text',
  radio: 'formErrors.required.choose',
  select: 'formErrors.required.choose',
  yesno: 'formErrors.required.choose',
  checkbox: 'formErrors.required.checkbox',
  date: 'formErrors.required.date',
  file: 'formErrors.required.file',
  group: 'formErrors.required.group',
  consent: 'formErrors.mustConsent',
};

const PART_REQUIRED: Readonly<Record<string, MessageKey>> = {
  name: 'formErrors.required.part.name',
  email: 'formErrors.required.part.email',
  phone: 'formErrors.required.part.phone',
  street: 'formErrors.required.part.street',
  postalCode: 'formErrors.required.part.postalCode',
  city: 'formErrors.required.part.city',
};

const PART_LABEL: Readonly<Record<string, MessageKey>> = {
  name: 'questions.part.name',
  email: 'questions.part.email',
  phone: 'questions.part.phone',
  street: 'questions.part.street',
  postalCode: 'questions.part.postalCode',
  city: 'questions.part.city',
};

const DATE_PART_WORD: Readonly<Record<string, MessageKey>> = {
  day: 'formErrors.datePart.day',
  month: 'formErrors.datePart.month',
  year: 'formErrors.datePart.year',
};

const PERSONNUMMER_REASON: Readonly<Record<string, MessageKey>> = {
  format: 'formErrors.personnummer.format',
  date: 'formErrors.personnummer.date',
  checksum: 'formErrors.personnummer.checksum',
  samordningsnummerNotAllowed: 'formErrors.personnummer.samordningsnummerNotAllowed',
  futureDate: 'formErrors.personnummer.futureDate',
};

const ORGNR_REASON: Readonly<Record<string, MessageKey>> = {
  format: 'formErrors.orgnr.format',
  checksum: 'formErrors.orgnr.checksum',
  group: 'formErrors.orgnr.group',
  soleTraderNotAllowed: 'formErrors.orgnr.soleTraderNotAllowed',
  date: 'formErrors.orgnr.date',
  futureDate: 'formErrors.orgnr.futureDate',
};

/** One message per code; a new code in the engine is a type error here until it has one. */
const MESSAGES: { readonly [C in ErrorCode]: (m: MessageInput) => string } = {
  required: (m) => {
    const partKey = m.part === undefined ? undefined : PART_REQUIRED[m.part];
    return m.t.t(partKey ?? REQUIRED[m.q.type], { label: m.label });
  },
  tooLong: (m) => {
    const max = formatNumber(numberParam(m.e.params, 'max') ?? 0, m.t.lang);
    const partLabel = m.part === undefined ? undefined : PART_LABEL[m.part];
    return partLabel
      ? m.t.t('formErrors.tooLong.part', { part: m.t.t(partLabel), max })
      : m.t.t('formErrors.tooLong', { label: m.label, max });
  },
  tooShort: (m) =>
    m.t.t('formErrors.tooShort', {
      label: m.label,
      min: formatNumber(numberParam(m.e.params, 'min') ?? 0, m.t.lang),
    }),
  pattern: (m) =>
    m.q.type === 'text' && m.q.patternMessage
      ? localize(m.q.patternMessage, m.lang).text
      : m.t.t('formErrors.pattern', { label: m.label }),
  notANumber: (m) => m.t.t('formErrors.notANumber', { label: m.label }),
  belowMin: (m) =>
    m.t.t('formErrors.belowMin', { label: m.label, min: amount(m, numberParam(m.e.params, 'min')) }),
  aboveMax: (m) =>
    m.t.t('formErrors.aboveMax', { label: m.label, max: amount(m, numberParam(m.e.params, 'max')) }),
  notInteger: (m) => m.t.t('formErrors.notInteger', { label: m.label }),
  invalidDate: (m) => {
    const key: MessageKey =
      m.part === 'month'
        ? 'formErrors.invalidDate.month'
        : m.part === 'year'
          ? 'formErrors.invalidDate.year'
          : 'formErrors.invalidDate';
    return m.t.t(key, { label: m.label });
  },
  incompleteDate: (m) => {
    const missing = (listParam(m.e.params, 'missing') ?? []).flatMap((p) => {
      const key = DATE_PART_WORD[p];
      return key ? [m.t.t(key)] : [];
    });
    return m.t.t('formErrors.incompleteDate', {
      label: m.label,
      parts: listText(m.t.lang, missing, 'conjunction'),
    });
  },
  dateBefore: (m) =>
    m.t.t('formErrors.dateBefore', { label: m.label, date: isoDate(m.t, stringParam(m.e.params, 'min')) }),
  dateAfter: (m) =>
    m.t.t('formErrors.dateAfter', { label: m.label, date: isoDate(m.t, stringParam(m.e.params, 'max')) }),
  invalidPersonnummer: (m) =>
    m.t.t(PERSONNUMMER_REASON[stringParam(m.e.params, 'reason') ?? ''] ?? 'formErrors.personnummer.checksum'),
  invalidOrgnr: (m) =>
    m.t.t(ORGNR_REASON[stringParam(m.e.params, 'reason') ?? ''] ?? 'formErrors.orgnr.checksum'),
  invalidOption: (m) => m.t.t('formErrors.invalidOption', { label: m.label }),
  exclusiveCombined: (m) => {
    const value = stringParam(m.e.params, 'option') ?? '';
    const option = m.q.type === 'checkbox' ? findOption(m.q.options, value) : undefined;
    return m.t.t('formErrors.exclusiveCombined', {
      option: isolate(m.t, option ? localize(option.label, m.lang).text : value, m.lang),
    });
  },
  tooManyFiles: (m) => {
    const max = numberParam(m.e.params, 'max');
    const key = plural(m.t, max, 'formErrors.tooManyFiles.one', 'formErrors.tooManyFiles.other');
    return m.t.t(key, { label: m.label, max: formatNumber(max ?? 0, m.t.lang) });
  },
  fileTooLarge: (m) =>
    m.t.t('formErrors.fileTooLarge', {
      name: fileName(m),
      max: formatBytes(numberParam(m.e.params, 'max') ?? 0, m.t.lang),
    }),
  fileTypeNotAllowed: (m) => {
    const accept = listParam(m.e.params, 'accept') ?? (m.q.type === 'file' ? m.q.accept : []);
    return m.t.t('formErrors.fileTypeNotAllowed', {
      name: fileName(m),
      types: listText(m.t.lang, fileTypeNames(m.t, accept), 'conjunction'),
    });
  },
  invalidEmail: (m) => m.t.t('formErrors.invalidEmail'),
  invalidPhone: (m) => m.t.t('formErrors.invalidPhone'),
  invalidPostalCode: (m) => m.t.t('formErrors.invalidPostalCode'),
  mustConsent: (m) => m.t.t('formErrors.mustConsent', { label: m.label }),
  tooFewRows: (m) => {
    const min = numberParam(m.e.params, 'min');
    const key = plural(m.t, min, 'formErrors.tooFewRows.one', 'formErrors.tooFewRows.other');
    return m.t.t(key, { label: m.label, min: formatNumber(min ?? 0, m.t.lang) });
  },
  tooManyRows: (m) => {
    const max = numberParam(m.e.params, 'max');
    const key = plural(m.t, max, 'formErrors.tooManyRows.one', 'formErrors.tooManyRows.other');
    return m.t.t(key, { label: m.label, max: formatNumber(max ?? 0, m.t.lang) });
  },
  // The file service reports an empty upload this way, with the file's name.
  invalidValue: (m) =>
    m.q.type === 'file' && stringParam(m.e.params, 'name')
      ? m.t.t('formErrors.fileEmpty', { name: fileName(m) })
      : m.t.t('formErrors.invalidValue', { label: m.label }),
};

function isoDate(t: Translator, iso: string | undefined): string {
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, t.lang) : (iso ?? '');
}

function fileName(m: MessageInput): string {
  return isolate(m.t, stringParam(m.e.params, 'name') ?? '');
}

function cellMessage(t: Translator, lang: string, q: AnyQuestion, name: string, e: FieldError): string {
  const part = stringParam(e.params, 'part') ?? partOfField(q, name, e.field);
  const label = isolate(t, localize(q.label, lang).text, lang);
  return MESSAGES[e.code]({ t, lang, q, e, label, part });
}

/**
 * The text of one engine error, for the inline message and the error summary.
 * `question` is the question the error belongs to (`e.questionKey`); for a
 * group, a cell's error says which row ("Rad 2: …").
 */
export function errorMessage(t: Translator, lang: string, question: Question, e: FieldError): string {
  const name = FIELD_PREFIX + question.key;
  if (question.type === 'group' && e.column !== undefined) {
    const cell = question.questions.find((c) => c.key === e.column);
    if (cell) {
      const row = e.row ?? 0;
      const message = cellMessage(t, lang, cell, `${name}.${row}.${cell.key}`, e);
      return e.row === undefined ? message : t.t('formErrors.inRow', { row: row + 1, message });
    }
  }
  return cellMessage(t, lang, question, name, e);
}

/**
 * The fragment that lands on the error's control, `#q-dob-day`: for a page
 * that links to a step from elsewhere (check answers). Errors about a whole
 * date, contact, address or group go to its first box.
 */
export function errorAnchor(question: Question, e: FieldError): string {
  return `#${fieldId(errorLinkField(question, FIELD_PREFIX + question.key, e))}`;
}

/** Where an error sits inside its question, for sorting: group row, column, part. */
function positionInQuestion(q: Question, e: FieldError): number[] {
  const name = FIELD_PREFIX + q.key;
  if (q.type === 'group') {
    if (e.column === undefined) return [-1];
    const cell = q.questions.findIndex((c) => c.key === e.column);
    const cellQ = q.questions[cell];
    const cellName = `${name}.${e.row ?? 0}.${e.column}`;
    const part = cellQ ? partsOf(cellQ).indexOf(partOfField(cellQ, cellName, e.field) ?? '') : -1;
    return [e.row ?? 0, cell, part];
  }
  return [partsOf(q).indexOf(partOfField(q, name, e.field) ?? '')];
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The error summary's list (the UI kit's FieldError): one entry per control
 * in the order the controls appear on the page, each linking to its control
 * (`#${fieldId(field)}`). A file question lists every refused file. Errors
 * of questions `def` does not have (never from the engine) are left out.
 */
export function toSummaryErrors(
  t: Translator,
  lang: string,
  def: FormDefinition,
  errors: readonly FieldError[],
): UiFieldError[] {
  const out: UiFieldError[] = [];
  const seen = new Set<string>();
  for (const step of def.steps) {
    for (const q of step.questions) {
      const mine = errors
        .map((e, i) => ({ e, i, at: e.questionKey === q.key ? positionInQuestion(q, e) : undefined }))
        .filter((x): x is { e: FieldError; i: number; at: number[] } => x.at !== undefined)
        .sort((a, b) => compare(a.at, b.at) || a.i - b.i);
      for (const { e } of mine) {
        const field = errorLinkField(q, FIELD_PREFIX + q.key, e);
        const message = errorMessage(t, lang, q, e);
        // One message per control, except that every refused file is named.
        const once = q.type === 'file' ? `${field}\n${message}` : field;
        if (seen.has(once)) continue;
        seen.add(once);
        out.push({ field, message, href: errorAnchor(q, e) });
      }
    }
  }
  return out;
}
