/** A Swedish postal address: street, postal code, city. All three, or none. */
import { isPlainObject } from '../answers.ts';
import type { AddressQuestion } from '../definition.ts';
import { compact, readAnswerableCommon } from '../schema/common.ts';
import {
  ADDRESS_PARTS,
  checkParts,
  checkPostalCode,
  formatPostalCode,
  hasOnlyStringParts,
  readParts,
} from './address-parts.ts';
import type { QuestionHandler } from './handler.ts';
import { answered, empty, issue, singleFieldDefaults } from './shared.ts';

export const addressHandler: QuestionHandler<AddressQuestion> = {
  ...singleFieldDefaults,
  type: 'address',

  readQuestion(r) {
    return compact({ ...readAnswerableCommon(r), type: 'address' });
  },

  acceptsField: (_q, suffix) => suffix === 'street' || suffix === 'postalCode' || suffix === 'city',

  read(_q, { posted, name }) {
    const { raw, values } = readParts(posted, name, ADDRESS_PARTS);
    if (Object.keys(values).length === 0) return empty(raw);
    return answered(raw, {
      street: values.street ?? '',
      postalCode: values.postalCode ?? '',
      city: values.city ?? '',
    });
  },

  check(_q, value, { name }) {
    if (!isPlainObject(value) || !hasOnlyStringParts(value, ADDRESS_PARTS))
      return [issue(name, 'invalidValue')];
    return checkParts(value, name, ADDRESS_PARTS, (part, v) =>
      part === 'postalCode' ? checkPostalCode(`${name}.postalCode`, v) : undefined,
    );
  },

  requiredIssues: (_q, name) => ADDRESS_PARTS.map((part) => issue(`${name}.${part}`, 'required', { part })),

  toRaw(_q, value, name) {
    if (!isPlainObject(value)) return {};
    return {
      [`${name}.street`]: String(value.street ?? ''),
      [`${name}.postalCode`]: formatPostalCode(String(value.postalCode ?? '')),
      [`${name}.city`]: String(value.city ?? ''),
    };
  },

  format(_q, value) {
    if (!isPlainObject(value)) return [];
    const street = String(value.street ?? '');
    const place = `${formatPostalCode(String(value.postalCode ?? ''))} ${String(value.city ?? '')}`.trim();
    return [street, place].filter((line) => line !== '');
  },
};
