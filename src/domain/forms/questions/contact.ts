/**
 * Contact details: any of name, e-mail, phone and postal address, each asked
 * as required or optional. Prefilled from the login where the definition says
 * so (see `prefill.ts`). A part marked required must be filled in whenever
 * anything is, and all of them when the question is required.
 */
import { isPlainObject } from '../answers.ts';
import { CONTACT_FIELDS, type ContactField, type ContactQuestion } from '../definition.ts';
import type { Issue } from '../errors.ts';
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

export const CONTACT_PARTS = ['name', 'email', 'phone', ...ADDRESS_PARTS] as const;
export type ContactPart = (typeof CONTACT_PARTS)[number];

/** Pragmatic: something@something.tld without spaces; the mail server has the last word. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** Digits with the usual punctuation; 6–15 digits covers Swedish and international numbers. */
const PHONE = /^\+?[\d\s()-]+$/;

export function isValidEmail(s: string): boolean {
  return s.length <= 254 && EMAIL.test(s);
}

export function isValidPhone(s: string): boolean {
  if (!PHONE.test(s)) return false;
  const digits = s.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

function partsOf(field: ContactField): readonly ContactPart[] {
  return field === 'address' ? ADDRESS_PARTS : [field];
}

/** The parts asked, in display order. */
export function askedParts(q: ContactQuestion): ContactPart[] {
  return CONTACT_FIELDS.filter((f) => q.fields[f] !== undefined).flatMap(partsOf);
}

function requiredParts(q: ContactQuestion): ContactPart[] {
  return CONTACT_FIELDS.filter((f) => q.fields[f] === 'required').flatMap(partsOf);
}

function checkPart(name: string, part: string, v: string): Issue | undefined {
  const field = `${name}.${part}`;
  if (part === 'email') return isValidEmail(v) ? undefined : issue(field, 'invalidEmail');
  if (part === 'phone') return isValidPhone(v) ? undefined : issue(field, 'invalidPhone');
  if (part === 'postalCode') return checkPostalCode(field, v);
  return undefined;
}

export const contactHandler: QuestionHandler<ContactQuestion> = {
  ...singleFieldDefaults,
  type: 'contact',

  readQuestion(r) {
    const common = readAnswerableCommon(r);
    const f = r.object('fields', true);
    const fields: ContactQuestion['fields'] = {};
    if (f) {
      for (const field of CONTACT_FIELDS) {
        const presence = f.string(field);
        if (presence === undefined) continue;
        if (presence === 'required' || presence === 'optional') fields[field] = presence;
        else f.problem(field, 'wrongType', { expected: 'required | optional' });
      }
      if (f.keys().length === 0) r.problem('fields', 'noFields');
      f.finish();
    }
    return compact({ ...common, type: 'contact', fields, prefill: r.boolean('prefill') });
  },

  acceptsField: (q, suffix) => (askedParts(q) as string[]).includes(suffix),

  read(q, { posted, name }) {
    const { raw, values } = readParts(posted, name, askedParts(q));
    return Object.keys(values).length === 0 ? empty(raw) : answered(raw, values);
  },

  check(q, value, { name }) {
    if (!isPlainObject(value) || !hasOnlyStringParts(value, askedParts(q)))
      return [issue(name, 'invalidValue')];
    const required = new Set(requiredParts(q));
    // An address is all or nothing even when optional.
    if (ADDRESS_PARTS.some((p) => typeof value[p] === 'string' && value[p] !== '')) {
      for (const p of ADDRESS_PARTS) if (q.fields.address) required.add(p);
    }
    return checkParts(value, name, [...required], (part, v) => checkPart(name, part, v));
  },

  requiredIssues(q, name) {
    const required = requiredParts(q);
    const parts = required.length > 0 ? required : askedParts(q).slice(0, 1);
    return parts.map((part) => issue(`${name}.${part}`, 'required', { part }));
  },

  toRaw(q, value, name) {
    if (!isPlainObject(value)) return {};
    const raw: Record<string, string> = {};
    for (const part of askedParts(q)) {
      const v = value[part];
      if (typeof v === 'string') raw[`${name}.${part}`] = part === 'postalCode' ? formatPostalCode(v) : v;
    }
    return raw;
  },

  format(_q, value) {
    if (!isPlainObject(value)) return [];
    const s = (k: string) => (typeof value[k] === 'string' ? (value[k] as string) : '');
    const place = `${formatPostalCode(s('postalCode'))} ${s('city')}`.trim();
    return [s('name'), s('email'), s('phone'), s('street'), place].filter((line) => line !== '');
  },
};
