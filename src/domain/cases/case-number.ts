/**
 * Case numbers people can read out on the phone: the year and a running
 * number per municipality, "2026-00042". Unique per municipality.
 */
export const CASE_NUMBER_DIGITS = 5;

export function formatCaseNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(CASE_NUMBER_DIGITS, '0')}`;
}

export function isCaseNumber(text: string): boolean {
  return /^\d{4}-\d{5,}$/.test(text);
}
