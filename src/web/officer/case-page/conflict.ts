import type { Services } from '../../../services/index.ts';
import type { CaseHistoryEntry, OfficerCasePage } from '../../../services/officer/case-view.ts';

/** What happened after the event the refused form was shown with (nothing listed when it did not say). */
export function changesSince(
  services: Services,
  page: OfficerCasePage,
  seenEvent: number | undefined,
): Promise<CaseHistoryEntry[]> {
  if (seenEvent === undefined) return Promise.resolve([]);
  return services.officerCase.view.history(page.c, seenEvent);
}
