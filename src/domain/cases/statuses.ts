import type { LangText } from '../forms/definition.ts';

/**
 * What a status means for the case. Each e-service has a status set (the
 * standard one below until the builder lets developers make their own); every
 * status says whether the applicant may edit, whether the case may be
 * deleted and whether it counts as closed.
 */
export interface CaseStatus {
  key: string;
  name: LangText;
  /** The applicant may change answers and send them in again (supplement). */
  applicantMayEdit: boolean;
  mayDelete: boolean;
  closed: boolean;
  /** Colour of the status tag. */
  colour: 'grey' | 'blue' | 'yellow' | 'green' | 'red' | 'purple' | 'orange';
}

export const STANDARD_STATUSES: readonly CaseStatus[] = [
  {
    key: 'submitted',
    name: { sv: 'Inskickat', en: 'Submitted', ar: 'تم الإرسال' },
    applicantMayEdit: false,
    mayDelete: false,
    closed: false,
    colour: 'blue',
  },
  {
    key: 'in_progress',
    name: { sv: 'Under behandling', en: 'In progress', ar: 'قيد المعالجة' },
    applicantMayEdit: false,
    mayDelete: false,
    closed: false,
    colour: 'yellow',
  },
  {
    key: 'supplement_requested',
    name: { sv: 'Komplettering begärd', en: 'Supplement requested', ar: 'مطلوب استكمال' },
    applicantMayEdit: true,
    mayDelete: false,
    closed: false,
    colour: 'orange',
  },
  {
    key: 'approved',
    name: { sv: 'Beviljat', en: 'Approved', ar: 'تمت الموافقة' },
    applicantMayEdit: false,
    mayDelete: false,
    closed: true,
    colour: 'green',
  },
  {
    key: 'rejected',
    name: { sv: 'Avslag', en: 'Rejected', ar: 'مرفوض' },
    applicantMayEdit: false,
    mayDelete: false,
    closed: true,
    colour: 'red',
  },
  {
    key: 'completed',
    name: { sv: 'Klart', en: 'Completed', ar: 'مكتمل' },
    applicantMayEdit: false,
    mayDelete: true,
    closed: true,
    colour: 'green',
  },
];

export const INITIAL_STATUS = 'submitted';

export function statusByKey(
  key: string,
  set: readonly CaseStatus[] = STANDARD_STATUSES,
): CaseStatus | undefined {
  return set.find((s) => s.key === key);
}

/** The statuses of an e-service: its own set if it has one, otherwise the standard set. */
export function statusSetOf(e: { statusSet?: readonly CaseStatus[] | null }): readonly CaseStatus[] {
  return e.statusSet && e.statusSet.length > 0 ? e.statusSet : STANDARD_STATUSES;
}
