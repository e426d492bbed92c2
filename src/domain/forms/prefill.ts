/**
 * Filling in answers from the login (BankID, Freja eID+ …) where the
 * definition asks for it (`prefill: true` on contact and personnummer
 * questions). Only empty answers are filled: what the user changed stays.
 */
import type { Answers, ContactAnswer } from './answers.ts';
import type { FormDefinition } from './definition.ts';
import { planFor } from './plan.ts';
import { askedParts } from './questions/contact.ts';

export interface LoginIdentity {
  /** 12 digits, as identity providers deliver it. */
  personnummer?: string;
  name?: string;
  email?: string;
  phone?: string;
  address?: { street: string; postalCode: string; city: string };
}

export function prefillAnswers(
  def: FormDefinition,
  answers: Readonly<Answers>,
  identity: LoginIdentity,
): Answers {
  const out: Answers = { ...answers };
  for (const s of planFor(def).steps) {
    for (const { question: q } of s.questions) {
      if (out[q.key] !== undefined) continue;
      if (
        q.type === 'personnummer' &&
        q.prefill &&
        identity.personnummer &&
        /^\d{12}$/.test(identity.personnummer)
      ) {
        out[q.key] = identity.personnummer;
      }
      if (q.type === 'contact' && q.prefill) {
        const known: ContactAnswer = {
          name: identity.name,
          email: identity.email,
          phone: identity.phone,
          ...identity.address,
        };
        const value: ContactAnswer = {};
        for (const part of askedParts(q)) {
          const v = known[part]?.trim();
          if (v) value[part] = part === 'postalCode' ? v.replace(/\s/g, '') : v;
        }
        if (Object.keys(value).length > 0) out[q.key] = value;
      }
    }
  }
  return out;
}
