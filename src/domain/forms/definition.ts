/**
 * The content of one e-service version: steps holding questions.
 *
 * This is what the database stores (as JSON) and what the form builder edits;
 * `parseDefinition` in `schema/parse-definition.ts` is the only way to get a
 * typed value from stored or edited JSON. A published version is immutable, so
 * a parsed definition is frozen and compiled artefacts are cached per object.
 * See README.md in this folder for the model with examples.
 */

/**
 * Every text a resident or officer sees, in each language it was written in.
 * Swedish is always there; other languages fall back to it (see `localize.ts`).
 */
export type LangText = { sv: string; [lang: string]: string };

/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A JSON Logic expression over the answers, addressed by question key
 * (`{ "var": "diet" }`, `{ "var": "contact.email" }`, `{ "var": "children.0.age" }`).
 * Only the operators in `conditions.ts` are allowed.
 */
export type JsonLogicRule = JsonValue;

export const QUESTION_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'radio',
  'checkbox',
  'select',
  'yesno',
  'file',
  'contact',
  'personnummer',
  'orgnr',
  'address',
  'group',
  'info',
  'consent',
  'computed',
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Types that can be a column of a repeating group: one value per cell. */
export const GROUP_CELL_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'radio',
  'checkbox',
  'select',
  'yesno',
  'personnummer',
  'orgnr',
] as const satisfies readonly QuestionType[];

export type GroupCellType = (typeof GROUP_CELL_TYPES)[number];

/** What every question has. */
export interface QuestionCommon {
  /** Stable identity across versions (the builder generates it); unique in the version. */
  id: string;
  /** Stable name in exports, API payloads and conditions; unique in the version. */
  key: string;
  label: LangText;
  /** A short line under the label. */
  hint?: LangText;
  /** Longer inline help, shown folded ("Hjälp"). */
  help?: LangText;
  /** Shown only while this is true; hidden questions lose their answers. */
  visibleWhen?: JsonLogicRule;
}

/** What every question the user answers has. */
export interface AnswerableCommon extends QuestionCommon {
  required: boolean;
  /** Required only while this is true (on top of `required: false`). */
  requiredWhen?: JsonLogicRule;
  /** Show the answer in case headers and case lists. */
  summary?: boolean;
}

export interface TextQuestion extends AnswerableCommon {
  type: 'text';
  minLength?: number;
  maxLength?: number;
  /** A regular expression the whole answer must match (`u` flag), like HTML's `pattern`. */
  pattern?: string;
  /** Shown when `pattern` does not match; the web layer has a generic text otherwise. */
  patternMessage?: LangText;
  /** HTML autocomplete token (WCAG 1.3.5), e.g. `given-name`. */
  autocomplete?: string;
}

export interface TextareaQuestion extends AnswerableCommon {
  type: 'textarea';
  /** Shown with a character counter. */
  maxLength?: number;
}

export interface NumberQuestion extends AnswerableCommon {
  type: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
  /** Shown after the field and the answer, e.g. `kr`, `st`, `timmar`. */
  unit?: LangText;
}

/**
 * A date limit: an ISO date (`2026-08-15`), `today`, or a distance from today:
 * `+30d`, `-2w`, `+6m`, `-18y`.
 */
export type DateBound = string;

export interface DateQuestion extends AnswerableCommon {
  type: 'date';
  /** Earliest allowed date (inclusive). */
  min?: DateBound;
  /** Latest allowed date (inclusive). */
  max?: DateBound;
}

export interface ChoiceOption {
  /** Stored and exported; unique in the question. */
  value: string;
  label: LangText;
  hint?: LangText;
  /** Checkbox only: cannot be combined with other options ("Ingen specialkost"). */
  exclusive?: boolean;
}

export interface RadioQuestion extends AnswerableCommon {
  type: 'radio';
  options: ChoiceOption[];
}

export interface CheckboxQuestion extends AnswerableCommon {
  type: 'checkbox';
  options: ChoiceOption[];
}

export interface SelectQuestion extends AnswerableCommon {
  type: 'select';
  options: ChoiceOption[];
}

export interface YesNoQuestion extends AnswerableCommon {
  type: 'yesno';
}

export interface FileQuestion extends AnswerableCommon {
  type: 'file';
  /** Allowed MIME types (`application/pdf`, `image/*`), checked against the type detected from content. */
  accept: string[];
  maxSizeBytes: number;
  maxFiles: number;
}

export const CONTACT_FIELDS = ['name', 'email', 'phone', 'address'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type FieldPresence = 'required' | 'optional';

export interface ContactQuestion extends AnswerableCommon {
  type: 'contact';
  /** Which parts are asked; a part left out is not asked. */
  fields: Partial<Record<ContactField, FieldPresence>>;
  /** Fill in from the logged-in person (name, address from the identity provider). */
  prefill?: boolean;
}

export interface PersonnummerQuestion extends AnswerableCommon {
  type: 'personnummer';
  allowSamordningsnummer: boolean;
  /** Fill in the logged-in person's number. */
  prefill?: boolean;
}

export interface OrgnrQuestion extends AnswerableCommon {
  type: 'orgnr';
  /** Accept a personnummer as a sole trader's number (default true). */
  allowSoleTrader?: boolean;
}

export interface AddressQuestion extends AnswerableCommon {
  type: 'address';
}

/** A column of a repeating group: no conditions and no summary flag of its own. */
export type GroupCellQuestion = Extract<Question, { type: GroupCellType }>;

export interface GroupQuestion extends AnswerableCommon {
  type: 'group';
  /** The columns; keys are unique within the group. */
  questions: GroupCellQuestion[];
  minRows?: number;
  maxRows?: number;
}

export interface InfoQuestion extends QuestionCommon {
  type: 'info';
  /** The information; `label` is its heading. */
  text: LangText;
}

export interface ConsentQuestion extends AnswerableCommon {
  type: 'consent';
}

export interface ComputedQuestion extends QuestionCommon {
  type: 'computed';
  /** JSON Logic over the other answers; never posted by the user. */
  expression: JsonLogicRule;
  format: 'number' | 'currency';
  /** Decimals kept and shown (default 2). */
  decimals?: number;
  /** Unit shown after a `number` (a currency shows `kr`). */
  unit?: LangText;
  summary?: boolean;
}

export type Question =
  | TextQuestion
  | TextareaQuestion
  | NumberQuestion
  | DateQuestion
  | RadioQuestion
  | CheckboxQuestion
  | SelectQuestion
  | YesNoQuestion
  | FileQuestion
  | ContactQuestion
  | PersonnummerQuestion
  | OrgnrQuestion
  | AddressQuestion
  | GroupQuestion
  | InfoQuestion
  | ConsentQuestion
  | ComputedQuestion;

export type QuestionOfType<T extends QuestionType> = Extract<Question, { type: T }>;

export interface Step {
  /** Stable across versions; unique in the version; used in URLs. */
  id: string;
  title: LangText;
  description?: LangText;
  questions: Question[];
}

export const SCHEMA_VERSION = 1;

export interface FormDefinition {
  schemaVersion: typeof SCHEMA_VERSION;
  steps: Step[];
}

/** Hard limits that keep one answer a sensible size whatever the definition says. */
export const LIMITS = {
  textMaxLength: 1000,
  textareaMaxLength: 20000,
  partMaxLength: 200,
  groupMaxRows: 100,
  maxFiles: 50,
  patternMaxLength: 500,
} as const;
