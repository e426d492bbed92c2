/**
 * The e-service metadata form (create and edit): what was posted, read into
 * an e-service's fields, or the fields in error with everything typed kept.
 */

import type { EServiceInfo } from '../../domain/eservices/eservice.ts';
import { LOGIN_REQUIREMENTS, type LoginRequirement } from '../../domain/eservices/eservice.ts';
import type { LangText } from '../../domain/forms/definition.ts';
import type { EServiceMetadata } from '../../services/builder/eservice-admin.ts';

/**
 * Texts written in every language the e-service is offered in (Swedish,
 * English, and the languages chosen on the languages page); those marked
 * required need the Swedish one. `editOnly` fields are not on the create form.
 */
export const LANG_FIELDS = [
  { name: 'name', required: true, long: false, editOnly: false },
  { name: 'category', required: true, long: false, editOnly: false },
  { name: 'description', required: true, long: true, editOnly: false },
  { name: 'whatYouNeed', required: false, long: true, editOnly: true },
  { name: 'contactUnit', required: false, long: false, editOnly: false },
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
export type FormErrorCode = 'required' | 'slug' | 'email' | 'loginRequirement' | 'tooLong' | 'language';

/** Languages the create form writes in: nothing is offered yet. */
export const CREATE_LANGUAGES: readonly string[] = ['sv', 'en'];

/** The languages the form shows a text in: Swedish, English, then the offered ones, each once. */
export function formLanguages(offered: readonly string[]): string[] {
  return [...new Set(['sv', 'en', ...offered])];
}

/** A text field's posted name in one language: `nameSv`, `nameAr`, `descriptionPrs`. */
export function langFieldName(field: string, lang: string): string {
  return `${field}${lang.charAt(0).toUpperCase()}${lang.slice(1)}`;
}

const TEXT_FIELD_NAMES: readonly string[] = [...LANG_FIELDS.map((f) => f.name), ...PERSONAL_DATA_FIELDS];

/** The text field and language of a posted name like `nameAr`; undefined for other names. */
export function parseLangFieldName(name: string): { field: string; lang: string } | undefined {
  for (const field of TEXT_FIELD_NAMES) {
    if (!name.startsWith(field)) continue;
    const rest = name.slice(field.length);
    if (/^[A-Z][A-Za-z]{0,7}$/.test(rest)) return { field, lang: rest.toLowerCase() };
  }
  return undefined;
}

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

function langText(v: FormValues, field: string, langs: readonly string[]): LangText {
  const t: LangText = { sv: v[`${field}Sv`] ?? '' };
  for (const lang of langs) {
    const text = v[langFieldName(field, lang)] ?? '';
    if (lang !== 'sv' && text !== '') t[lang] = text;
  }
  return t;
}

export type ParsedForm =
  | { ok: true; slug: string; metadata: EServiceMetadata }
  | { ok: false; errors: { field: string; code: FormErrorCode }[] };

/**
 * Reads the metadata form. `offered` is the e-service's offered languages
 * (the create form has none yet); a text posted in any other language (a
 * tampered or stale field) is an error and nothing is saved.
 */
export function parseEServiceForm(
  v: FormValues,
  withSlug: boolean,
  offered: readonly string[] = CREATE_LANGUAGES,
): ParsedForm {
  const errors: { field: string; code: FormErrorCode }[] = [];
  const langs = formLanguages(offered);
  const slug = v.slug ?? '';
  if (withSlug && !SLUG.test(slug)) errors.push({ field: 'slug', code: slug === '' ? 'required' : 'slug' });
  for (const k of Object.keys(v)) {
    const lf = parseLangFieldName(k);
    if (lf && !langs.includes(lf.lang)) errors.push({ field: k, code: 'language' });
  }
  for (const f of LANG_FIELDS) {
    if (f.required && !v[`${f.name}Sv`]) errors.push({ field: `${f.name}Sv`, code: 'required' });
    // A translation of an optional text needs the Swedish text it translates.
    if (!f.required && !v[`${f.name}Sv`] && langs.some((l) => v[langFieldName(f.name, l)])) {
      errors.push({ field: `${f.name}Sv`, code: 'required' });
    }
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
  if (v.contactUnitSv) contact.unit = langText(v, 'contactUnit', langs);
  if (email) contact.email = email;
  if (v.contactPhone) contact.phone = v.contactPhone;
  const text = (field: string) => langText(v, field, langs);
  const metadata: EServiceMetadata = {
    name: text('name'),
    category: text('category'),
    description: text('description'),
    contact,
    loginRequirement: login as LoginRequirement,
    personalData: {
      dataProcessed: text('dataProcessed'),
      purpose: text('purpose'),
      legalBasis: text('legalBasis'),
      retention: text('retention'),
      controller: text('controller'),
      complaint: text('complaint'),
    },
  };
  // Only the edit form has "what you need"; creating leaves it as it is.
  if (!withSlug) metadata.whatYouNeed = v.whatYouNeedSv ? text('whatYouNeed') : null;
  return { ok: true, slug, metadata };
}

/** An existing e-service as form values, for the edit form. */
export function formValuesOf(e: EServiceInfo): FormValues {
  const v: FormValues = { slug: e.slug, loginRequirement: e.loginRequirement };
  const put = (field: string, t: LangText | null | undefined) => {
    for (const lang of formLanguages(e.offeredLanguages)) v[langFieldName(field, lang)] = t?.[lang] ?? '';
  };
  put('name', e.name);
  put('category', e.category);
  put('description', e.description);
  put('whatYouNeed', e.whatYouNeed);
  put('contactUnit', e.contact.unit);
  v.contactEmail = e.contact.email ?? '';
  v.contactPhone = e.contact.phone ?? '';
  for (const f of PERSONAL_DATA_FIELDS) put(f, e.personalData[f]);
  return v;
}
