import { formatPersonnummer } from '../../domain/identity-numbers/index.ts';

/**
 * What the officers' one search box looks through, besides the case number:
 * personal number (as typed with or without the dash), organisation number,
 * names, external case number and the e-service's summary answers. Kept
 * lower-case in one column with a trigram index.
 */
export function caseSearchText(parts: {
  personalNumber?: string | null;
  orgNumber?: string | null;
  names?: readonly (string | null | undefined)[];
  externalCaseNumber?: string | null;
  summary?: Readonly<Record<string, string>>;
}): string {
  const out: string[] = [];
  if (parts.personalNumber)
    out.push(parts.personalNumber, formatPersonnummer(parts.personalNumber), parts.personalNumber.slice(2));
  if (parts.orgNumber) out.push(parts.orgNumber);
  for (const n of parts.names ?? []) if (n) out.push(n);
  if (parts.externalCaseNumber) out.push(parts.externalCaseNumber);
  for (const v of Object.values(parts.summary ?? {})) out.push(v);
  return out.join(' ').toLowerCase();
}
