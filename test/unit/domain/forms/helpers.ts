/** Small builders for form-engine tests: definitions from JSON and posts to one step. */
import {
  type Answers,
  type FileRef,
  type FormatOptions,
  type FormDefinition,
  type PostedFields,
  parseDefinition,
  type StepValidation,
  validateStep,
} from '../../../../src/domain/forms/index.ts';

export const TODAY = '2026-11-15';

export const SV: FormatOptions = { lang: 'sv', texts: { yes: 'Ja', no: 'Nej', consented: 'Godkänt' } };
export const EN: FormatOptions = { lang: 'en', texts: { yes: 'Yes', no: 'No', consented: 'Agreed' } };

/** Parses a definition, failing the test with the problems if it is not valid. */
export function define(json: unknown): FormDefinition {
  const r = parseDefinition(json);
  if (!r.ok) throw new Error(`definition has problems:\n${JSON.stringify(r.error, null, 2)}`);
  return r.value;
}

let counter = 0;

/** A question JSON with id, label and required filled in. */
export function question(
  type: string,
  key: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  counter += 1;
  const base: Record<string, unknown> = {
    id: `id-${key}-${counter}`,
    key,
    type,
    label: { sv: `Fråga ${key}`, en: `Question ${key}` },
  };
  if (type !== 'info' && type !== 'computed') base.required = false;
  return { ...base, ...extra };
}

/** A definition JSON with the questions in one step `s`. */
export function oneStepJson(...questions: Record<string, unknown>[]): Record<string, unknown> {
  return { schemaVersion: 1, steps: [{ id: 's', title: { sv: 'Steg' }, questions }] };
}

export function oneStep(...questions: Record<string, unknown>[]): FormDefinition {
  return define(oneStepJson(...questions));
}

/** Posts fields to step `s`. */
export function post(
  def: FormDefinition,
  fields: PostedFields,
  current: Answers = {},
  uploads?: Record<string, FileRef[]>,
): StepValidation {
  return validateStep(def, 's', current, fields, { today: TODAY, ...(uploads && { uploads }) });
}

/** The error codes of a validation, as `field:code` strings. */
export function codes(v: { errors: readonly { field: string; code: string }[] }): string[] {
  return v.errors.map((e) => `${e.field}:${e.code}`);
}
