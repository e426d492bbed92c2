import type { Answers } from '../forms/answers.ts';
import { isPlainObject } from '../forms/answers.ts';
import type { FormDefinition } from '../forms/definition.ts';
import { isValidEmail, isValidPhone } from '../forms/questions/contact.ts';

export interface ApplicantContact {
  email: string | null;
  /** E.164 (+46701234567), and only a number that can receive SMS. */
  phone: string | null;
}

/**
 * Where to notify the applicant: the e-mail and mobile number given in the
 * form's contact question (the first one that has them). Nothing else of
 * the answers leaves the case.
 */
export function applicantContact(def: FormDefinition, answers: Answers): ApplicantContact {
  let email: string | null = null;
  let phone: string | null = null;
  for (const step of def.steps) {
    for (const q of step.questions) {
      if (q.type !== 'contact') continue;
      const a = answers[q.key];
      if (!isPlainObject(a)) continue;
      if (!email && typeof a.email === 'string' && isValidEmail(a.email.trim())) email = a.email.trim();
      if (!phone && typeof a.phone === 'string') phone = mobileE164(a.phone);
    }
  }
  return { email, phone };
}

/**
 * A phone number as typed, in E.164 when it can take an SMS: Swedish numbers
 * must be mobiles (07x, +467x); numbers with another country code are kept.
 * Landlines and nonsense give null, so no SMS is tried.
 */
export function mobileE164(typed: string): string | null {
  if (!isValidPhone(typed.trim())) return null;
  let n = typed.replace(/[\s()-]/g, '');
  if (n.startsWith('00')) n = `+${n.slice(2)}`;
  else if (n.startsWith('0')) n = `+46${n.slice(1)}`;
  else if (!n.startsWith('+')) return null;
  if (!/^\+[1-9]\d{6,14}$/.test(n)) return null;
  if (n.startsWith('+46')) return /^\+467[02369]\d{7}$/.test(n) ? n : null;
  return n;
}
