/**
 * Which control an engine error belongs to, so the error summary's link lands
 * on an element the page really has. Most errors name their control already
 * (`q.dob.month`, `q.kids.1.name`); errors about a whole date, contact,
 * address or group name the question (`q.dob`, `q.kids`) or a row, and link
 * to the question's first control instead.
 */

import type { GroupCellQuestion, Question } from '../../../domain/forms/definition.ts';
import type { FieldError } from '../../../domain/forms/errors.ts';
import { ADDRESS_PARTS } from '../../../domain/forms/questions/address-parts.ts';
import { askedParts } from '../../../domain/forms/questions/contact.ts';
import { DATE_PARTS } from '../../../domain/forms/questions/date.ts';

/** The names of the parts a question shows in one fieldset, in page order ([] for single controls). */
export function partsOf(q: Question): readonly string[] {
  if (q.type === 'date') return DATE_PARTS;
  if (q.type === 'contact') return askedParts(q);
  if (q.type === 'address') return ADDRESS_PARTS;
  return [];
}

/** The part an error's field names (`q.dob.month` -> `month`), if it is one of the question's. */
export function partOfField(q: Question, name: string, field: string): string | undefined {
  if (!field.startsWith(`${name}.`)) return undefined;
  const part = field.slice(name.length + 1);
  return partsOf(q).includes(part) ? part : undefined;
}

/** The field name of the control the error links to. `name` is the question's base name. */
export function errorLinkField(
  q: Question,
  name: string,
  e: Pick<FieldError, 'field' | 'row' | 'column'>,
): string {
  if (q.type === 'group') {
    const cell = q.questions.find((c) => c.key === e.column);
    if (cell && e.row !== undefined) return errorLinkField(cell, `${name}.${e.row}.${cell.key}`, e);
    const first = q.questions[0];
    return first ? firstControlField(first, `${name}.0.${first.key}`) : name;
  }
  const parts = partsOf(q);
  if (parts.length === 0) return name;
  const part = partOfField(q, name, e.field);
  return part ? `${name}.${part}` : firstControlField(q, name);
}

/** The field of a question's first control. */
export function firstControlField(q: Question | GroupCellQuestion, name: string): string {
  const first = partsOf(q)[0];
  return first ? `${name}.${first}` : name;
}
