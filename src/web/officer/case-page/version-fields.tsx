import type { Html } from '#jsx/jsx-runtime';
import type { PostedFields } from '../../../domain/forms/answers.ts';
import { parseRowVersion } from '../../../services/officer/case-actions-core.ts';
import type { OfficerCasePage } from '../../../services/officer/case-view.ts';
import { postedString } from '../../posted-form.ts';

/**
 * Every form that changes the case carries the version it was shown with
 * (the update names it) and the newest event then on the page (a conflict
 * lists what happened after it).
 */
export function VersionFields(props: { page: OfficerCasePage }): Html {
  return (
    <>
      <input type="hidden" name="rowVersion" value={String(props.page.c.row_version)} />
      <input type="hidden" name="seenEvent" value={String(props.page.lastEventId)} />
    </>
  );
}

export interface PostedVersion {
  rowVersion: number | null;
  seenEvent: number | undefined;
}

export function postedVersion(fields: PostedFields): PostedVersion {
  const seen = postedString(fields, 'seenEvent');
  return {
    rowVersion: parseRowVersion(postedString(fields, 'rowVersion')),
    seenEvent: /^\d{1,15}$/.test(seen) ? Number(seen) : undefined,
  };
}
