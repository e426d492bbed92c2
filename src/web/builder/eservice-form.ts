/**
 * The e-service metadata form (create and edit): what was posted, read into
 * an e-service's fields, or the fields in error with everything typed kept.
 */

import type { EServiceInfo } from '../../domain/eservices/eservice.ts';
import { LOGIN_REQUIREMENTS, type LoginRequirement } from '../../domain/eservices/eservice.ts';
import type { LangText } from '../../domain/forms/definition.ts';
import type { EServiceMetadata } from '../../services/builder/eservice-admin.ts';

/** Texts written in Swedish and English; those marked required need the Swedish one. */
export const LANG_FIELDS = [
  { name: 'name', required: true, long: false },
  { name: 'category', required: true, long: false },
  { name: 'description', required: true, long: true },
  { name: 'contactUnit', required: false, long: false },
] as const;

/** The personal-data checklist (section 4.4 of the officer guide). */
export const PERSONAL_DATA_FIELDS = [
  'dataProcessed',
  'purpose',
  'legalBasis',
  'retention',
  'controller',
  'complaint',
] as const;

export type FormValues = Record<string, string>;
export type FormErrorCode = 'required' | 'slug' | 'email' | 'loginRequirement' | 'tooLong';

const SLUG = /^[a-z0-9][a-z0-9-]{1,80}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX = 4000;

/** The posted values as strings, trimmed; anything else is dropped. */
export function readFormValues(body: unknown): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v.trim();
  }
  return out;
}

function langText(v: FormValues, field: string): LangText {
  const t: LangText = { sv: v[`${field}Sv`] ?? '' };
  const en = v[`${field}En`] ?? '';
  if (en !== '') t.en = en;
  return t;
}

export type ParsedForm =
  | { ok: true; slug: string; metadata: EServiceMetadata }
  | { ok: false; errors: { field: string; code: FormErrorCode }[] };

export function parseEServiceForm(v: FormValues, withSlug: boolean): ParsedForm {
  const errors: { field: string; code: FormErrorCode }[] = [];
  const slug = v.slug ?? '';
  if (withSlug && !SLUG.test(slug)) errors.push({ field: 'slug', code: slug === '' ? 'required' : 'slug' });
  for (const f of LANG_FIELDS) {
    if (f.required && !v[`${f.name}Sv`]) errors.push({ field: `${f.name}Sv`, code: 'required' });
  }
  for (const f of PERSONAL_DATA_FIELDS) {
    if (!v[`${f}Sv`]) errors.push({ field: `${f}Sv`, code: 'required' });
  }
  for (const [k, value] of Object.entries(v)) {
    if (value.length > MAX && !errors.some((e) => e.field === k)) errors.push({ field: k, code: 'tooLong' });
  }
  const login = v.loginRequirement ?? '';
  if (!(LOGIN_REQUIREMENTS as readonly string[]).includes(login)) {
    errors.push({ field: 'loginRequirement', code: 'loginRequirement' });
  }
  const email = v.contactEmail ?? '';
  if (email !== '' && !EMAIL.test(email)) errors.push({ field: 'contactEmail', code: 'email' });
  if (errors.length > 0) return { ok: false, errors };
  const contact: EServiceMetadata['contact'] = {};
  if (v.contactUnitSv) contact.unit = langText(v, 'contactUnit');
  if (email) contact.email = email;
  if (v.contactPhone) contact.phone = v.contactPhone;
  return {
    ok: true,
    slug,
    metadata: {
      name: langText(v, 'name'),
      category: langText(v, 'category'),
      description: langText(v, 'description'),
      contact,
      loginRequirement: login as LoginRequirement,
      personalData: {
        dataProcessed: langText(v, 'dataProcessed'),
        purpose: langText(v, 'purpose'),
        legalBasis: langText(v, 'legalBasis'),
        retention: langText(v, 'retention'),
        controller: langText(v, 'controller'),
        complaint: langText(v, 'complaint'),
      },
    },
  };
}

/** An existing e-service as form values, for the edit form. */
export function formValuesOf(e: EServiceInfo): FormValues {
  const v: FormValues = { slug: e.slug, loginRequirement: e.loginRequirement };
  const put = (field: string, t: LangText | undefined) => {
    v[`${field}Sv`] = t?.sv ?? '';
    v[`${field}En`] = t?.en ?? '';
  };
  put('name', e.name);
  put('category', e.category);
  put('description', e.description);
  put('contactUnit', e.contact.unit);
  v.contactEmail = e.contact.email ?? '';
  v.contactPhone = e.contact.phone ?? '';
  for (const f of PERSONAL_DATA_FIELDS) put(f, e.personalData[f]);
  return v;
}
