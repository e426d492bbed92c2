import type { FormDefinition, LangText } from '../forms/definition.ts';

/**
 * required: e-identification is needed; optional: the resident may log in
 * (to keep a draft and follow the case on My pages) or apply without; anonymous:
 * the e-service never asks who you are (a tip, a suggestion).
 */
export const LOGIN_REQUIREMENTS = ['required', 'optional', 'anonymous'] as const;
export type LoginRequirement = (typeof LOGIN_REQUIREMENTS)[number];

/** The personal-data information every e-service shows before the resident starts (GDPR art. 13). */
export interface PersonalDataInfo {
  dataProcessed: LangText;
  purpose: LangText;
  legalBasis: LangText;
  retention: LangText;
  controller: LangText;
  complaint: LangText;
}

export interface EServiceInfo {
  id: string;
  municipalityId: string;
  slug: string;
  category: LangText;
  name: LangText;
  description: LangText;
  whatYouNeed: LangText | null;
  contact: { unit?: LangText; email?: string; phone?: string };
  loginRequirement: LoginRequirement;
  personalData: PersonalDataInfo;
  /** Question keys shown in case headers and lists. */
  summaryKeys: string[];
  handleWithinDays: number | null;
  /** Languages residents may read the e-service in; Swedish always first (issue 7, item 4). */
  offeredLanguages: string[];
}

export interface PublishedVersion {
  id: string;
  number: number;
  definition: FormDefinition;
}

export function mayApplyAnonymously(e: Pick<EServiceInfo, 'loginRequirement'>): boolean {
  return e.loginRequirement !== 'required';
}

/** An anonymous e-service does not even offer login: nothing ties the case to a person. */
export function offersLogin(e: Pick<EServiceInfo, 'loginRequirement'>): boolean {
  return e.loginRequirement !== 'anonymous';
}
