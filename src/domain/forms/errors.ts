/**
 * Validation outcomes as codes with parameters. Texts live in the web
 * layer's i18n areas, which turn `{ code: 'tooLong', params: { max: 200 } }`
 * into "Svaret får vara högst 200 tecken".
 */

export const ERROR_CODES = [
  /** Nothing entered in a required question (or a required part: `params.part`). */
  'required',
  /** `params.max` characters */
  'tooLong',
  /** `params.min` characters */
  'tooShort',
  /** Does not match the question's pattern (`patternMessage` has the text). */
  'pattern',
  'notANumber',
  /** `params.min` */
  'belowMin',
  /** `params.max` */
  'aboveMax',
  'notInteger',
  /** Not a real date (`field` points at the part that is wrong). */
  'invalidDate',
  /** Some of day/month/year missing: `params.missing` lists them. */
  'incompleteDate',
  /** Earlier than `params.min` (ISO date). */
  'dateBefore',
  /** Later than `params.max` (ISO date). */
  'dateAfter',
  /** `params.reason`: format | date | checksum | samordningsnummerNotAllowed | futureDate */
  'invalidPersonnummer',
  /** `params.reason`: format | checksum | group | soleTraderNotAllowed | date | futureDate */
  'invalidOrgnr',
  /** A value that is not one of the options. */
  'invalidOption',
  /** An exclusive option (`params.option`) ticked together with others. */
  'exclusiveCombined',
  /** More than `params.max` files. */
  'tooManyFiles',
  /** File `params.name` is bigger than `params.max` bytes. */
  'fileTooLarge',
  /** File `params.name` is not one of `params.accept`. */
  'fileTypeNotAllowed',
  'invalidEmail',
  'invalidPhone',
  'invalidPostalCode',
  /** A required consent box not ticked. */
  'mustConsent',
  /** Fewer than `params.min` rows. */
  'tooFewRows',
  /** More than `params.max` rows. */
  'tooManyRows',
  /** A stored or API-sent answer of the wrong shape (never from the web form). */
  'invalidValue',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = { [name: string]: string | number | readonly string[] };

/** One problem with one field, before it is tied to a question and step. */
export interface Issue {
  /** The field to link to from the error summary: `q.dob.day`, `q.children.1.name`. */
  field: string;
  code: ErrorCode;
  params?: ErrorParams;
  /** Group cells: the row (0-based) and column key. */
  row?: number;
  column?: string;
}

export interface FieldError extends Issue {
  stepId: string;
  questionKey: string;
}
