/**
 * The preschools and schools of Demo kommun, shared by the school e-services
 * so the same school has the same option value everywhere (a later rule that
 * assigns officers by school reads it). School names are proper names and stay
 * Swedish in every language, the way they are written on the signs; the
 * translated part says what kind of school it is.
 */
import type { ChoiceOption } from '../../domain/forms/definition.ts';

interface Years {
  /** 0 is förskoleklass (the preschool class). */
  from: number;
  to: number;
}

interface DemoSchool {
  value: string;
  name: string;
  years: Years | 'preschool';
}

export const PRESCHOOLS: readonly DemoSchool[] = [
  { value: 'solbacken', name: 'Solbackens förskola', years: 'preschool' },
  { value: 'ekorren', name: 'Ekorrens förskola', years: 'preschool' },
  { value: 'larkan', name: 'Lärkans förskola', years: 'preschool' },
];

export const SCHOOLS: readonly DemoSchool[] = [
  { value: 'bjorkskolan', name: 'Björkskolan', years: { from: 0, to: 9 } },
  { value: 'vastraSkolan', name: 'Västra skolan', years: { from: 0, to: 6 } },
  { value: 'angsskolan', name: 'Ängsskolan', years: { from: 0, to: 3 } },
  { value: 'lovasensSkola', name: 'Lövåsens skola', years: { from: 0, to: 6 } },
  { value: 'centralskolan', name: 'Centralskolan', years: { from: 7, to: 9 } },
];

const AR_ORDINALS = [
  'التمهيدي',
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
];

function svYears(y: Years): string {
  return `${y.from === 0 ? 'F' : y.from}–${y.to}`;
}

function enYears(y: Years): string {
  return `${y.from === 0 ? 'preschool class' : `years ${y.from}`} to ${y.from === 0 ? 'year ' : ''}${y.to}`;
}

function arYears(y: Years): string {
  return `من الصف ${AR_ORDINALS[y.from]} إلى الصف ${AR_ORDINALS[y.to]}`;
}

export function schoolOption(s: DemoSchool): ChoiceOption {
  if (s.years === 'preschool') {
    return {
      value: s.value,
      label: { sv: s.name, en: `${s.name} (preschool)`, ar: `${s.name} (روضة أطفال)` },
    };
  }
  return {
    value: s.value,
    label: {
      sv: `${s.name} (${svYears(s.years)})`,
      en: `${s.name} (${enYears(s.years)})`,
      ar: `${s.name} (${arYears(s.years)})`,
    },
  };
}

/** The grades of compulsory school: förskoleklass and years 1–9. */
export const GRADE_OPTIONS: ChoiceOption[] = [
  { value: 'F', label: { sv: 'Förskoleklass', en: 'Preschool class', ar: 'الصف التمهيدي' } },
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({
    value: String(n),
    label: { sv: `Årskurs ${n}`, en: `Year ${n}`, ar: `الصف ${AR_ORDINALS[n]}` },
  })),
];
