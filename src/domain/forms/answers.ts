/**
 * Answers as stored with a draft or case: a JSON object keyed by question key.
 *
 * | type                          | value                                    |
 * |-------------------------------|------------------------------------------|
 * | text, textarea, radio, select | string                                   |
 * | number, computed              | number                                   |
 * | date                          | ISO date string `YYYY-MM-DD`             |
 * | checkbox                      | string[] (option values, in option order)|
 * | yesno                         | boolean                                  |
 * | consent                       | true                                     |
 * | personnummer, orgnr           | 12-digit string                          |
 * | file                          | FileRef[]                                |
 * | contact                       | ContactAnswer                            |
 * | address                       | AddressAnswer                            |
 * | group                         | GroupRow[] (cells keyed by column key)   |
 */

/** A file the service has already stored; `mime` is detected from its content. */
export interface FileRef {
  id: string;
  name: string;
  size: number;
  mime: string;
}

export interface AddressAnswer {
  street: string;
  /** Five digits, no space. */
  postalCode: string;
  city: string;
}

export interface ContactAnswer {
  name?: string;
  email?: string;
  phone?: string;
  street?: string;
  postalCode?: string;
  city?: string;
}

export type CellValue = string | number | boolean | string[];
export type GroupRow = { [columnKey: string]: CellValue };

export type AnswerValue =
  | string
  | number
  | boolean
  | string[]
  | FileRef[]
  | ContactAnswer
  | AddressAnswer
  | GroupRow[];

export type Answers = { [questionKey: string]: AnswerValue };

/**
 * A form post: `q.<key>`, `q.<key>.<part>` (date day/month/year, contact and
 * address parts, `remove` for files), `q.<key>.<row>.<column>[.<part>]` for groups.
 * A repeated name arrives as a list.
 */
export type PostedFields = { readonly [name: string]: string | readonly string[] | undefined };

/** What to put back in the fields when a page is shown again, by field name. */
export type RawFields = { [name: string]: string | string[] };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Empty strings, empty lists and objects of empty parts are no answer; `false` is one. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) {
    for (const k in value) if (!isBlank(value[k])) return false;
    return true;
  }
  return false;
}

export function isFileRef(value: unknown): value is FileRef {
  return (
    isPlainObject(value) &&
    typeof value.id === 'string' &&
    value.id !== '' &&
    typeof value.name === 'string' &&
    typeof value.size === 'number' &&
    Number.isSafeInteger(value.size) &&
    value.size >= 0 &&
    typeof value.mime === 'string'
  );
}
