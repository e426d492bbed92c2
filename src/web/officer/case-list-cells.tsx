import type { Child, Html } from '#jsx/jsx-runtime';
import type { CaseStatus } from '../../domain/cases/statuses.ts';
import { textIn } from '../../domain/forms/localize.ts';
import { formatPersonnummer } from '../../domain/identity-numbers/index.ts';
import type { CaseListFacets, ListEService } from '../../services/officer/case-list.ts';
import type { CaseListDbRow } from '../../services/officer/case-list-sql.ts';
import type { StaffSettings } from '../../services/officer/staff-settings.ts';
import { Tag, type TagColour } from '../ui/components/index.ts';
import type { PageContext } from '../ui/page-context.ts';

/** How one row's cells read: names, statuses, dates and labels in the officer's language. */
export interface CellContext {
  ctx: PageContext;
  facets: CaseListFacets;
  settings: StaffSettings;
  summaryLabels: Map<string, Map<string, string>>;
  now: number;
}

const TAG_COLOURS = new Set<string>(['grey', 'green', 'blue', 'purple', 'red', 'orange', 'yellow']);

export function eServiceOf(cc: CellContext, id: string): ListEService | undefined {
  return cc.facets.eServices.find((e) => e.id === id);
}

function statusOf(cc: CellContext, row: CaseListDbRow): CaseStatus | undefined {
  return eServiceOf(cc, row.e_service_id)?.statusSet.find((s) => s.key === row.status);
}

export function shortDate(cc: CellContext, d: Date | null): string {
  if (!d) return '';
  return d.toLocaleDateString(cc.ctx.lang === 'en' ? 'en-GB' : 'sv-SE', { timeZone: 'Europe/Stockholm' });
}

export const isOverdue = (row: CaseListDbRow, now: number) =>
  row.closed_at === null && row.due_at !== null && row.due_at.getTime() < now;

export function StatusCell(props: { cc: CellContext; row: CaseListDbRow }): Html {
  const { cc, row } = props;
  const status = statusOf(cc, row);
  return (
    <>
      <Tag colour={(status?.colour ?? 'grey') as TagColour}>
        {status ? textIn(status.name, cc.ctx.lang) : row.status}
      </Tag>
      {isOverdue(row, cc.now) ? (
        <>
          {' '}
          <Tag colour="red">{cc.ctx.t.t('caseList.overdue')}</Tag>
        </>
      ) : null}
    </>
  );
}

export function officerNames(cc: CellContext, ids: readonly string[]): string {
  if (ids.length === 0) return cc.ctx.t.t('caseList.noOfficer');
  return ids
    .map((id) => {
      const s = cc.facets.staff.find((x) => x.id === id);
      if (!s) return '';
      return cc.settings.officerLabel === 'username' ? s.username : s.name;
    })
    .filter(Boolean)
    .join(', ');
}

export function ColourCell(props: { cc: CellContext; row: CaseListDbRow }): Html | null {
  const { cc, row } = props;
  if (!row.colour) return null;
  const label = eServiceOf(cc, row.e_service_id)?.colourLabels.find((l) => l.key === row.colour);
  const text = label ? textIn(label.meaning, cc.ctx.lang) : row.colour;
  return <Tag colour={TAG_COLOURS.has(row.colour) ? (row.colour as TagColour) : 'grey'}>{text}</Tag>;
}

/** The summary fields as "Label: value" lines (all e-services in one column). */
export function SummaryCell(props: { cc: CellContext; row: CaseListDbRow }): Html {
  const { cc, row } = props;
  const labels = cc.summaryLabels.get(row.version_id);
  const keys = eServiceOf(cc, row.e_service_id)?.summaryKeys ?? [];
  const shown = (keys.length ? keys : Object.keys(row.summary)).filter((k) => row.summary[k]);
  return (
    <>
      {shown.map((k) => (
        <span class="govuk-!-display-block">
          {labels?.get(k) ?? k}: {row.summary[k]}
        </span>
      ))}
    </>
  );
}

export function applicantOf(row: CaseListDbRow): string {
  return row.concerns_name ?? row.submitter_name ?? '';
}

export function personalNumberOf(row: CaseListDbRow): Child {
  const pnr = row.concerns_personal_number ?? row.submitter_personal_number;
  return pnr ? formatPersonnummer(pnr) : '';
}
