/**
 * The export form's query string read into an export request: the e-service,
 * its versions, a date range typed as day, month and year, or the case ids
 * the case list sends (`?cases=id,id` or `cases` repeated). Pure.
 */
import { type IsoDate, isRealDate, toIsoDate } from '../../domain/identity-numbers/calendar.ts';
import type { ExportRequest } from './export-excel.ts';

export type Query = Readonly<Record<string, string | string[] | undefined>>;

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** What the form showed, to show it again. */
export interface ExportFormValues {
  eServiceId: string;
  versionIds: string[];
  from: DateParts;
  to: DateParts;
}

export type ExportFormError =
  | { field: 'eService'; code: 'required' }
  | { field: 'from' | 'to'; code: 'invalidDate' }
  | { field: 'to'; code: 'dateOrder' };

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean);

const one = (q: Query, name: string): string => list(q[name])[0] ?? '';

function dateParts(q: Query, name: string): DateParts {
  return { day: one(q, `${name}.day`), month: one(q, `${name}.month`), year: one(q, `${name}.year`) };
}

/** '' when nothing was typed, the date, or undefined when it is not a real date. */
function readDate(p: DateParts): IsoDate | '' | undefined {
  if (!p.day && !p.month && !p.year) return '';
  if (![p.day, p.month].every((s) => /^\d{1,2}$/.test(s)) || !/^\d{4}$/.test(p.year)) return undefined;
  const [d, m, y] = [Number(p.day), Number(p.month), Number(p.year)];
  return isRealDate(y, m, d) ? toIsoDate(y, m, d) : undefined;
}

/** The case ids the list sends, however it sends them. */
export function selectedCaseIds(q: Query): string[] | undefined {
  if (q.cases === undefined) return undefined;
  return [
    ...new Set(
      list(q.cases)
        .flatMap((s) => s.split(',').map((x) => x.trim()))
        .filter(Boolean),
    ),
  ];
}

export function exportFormValues(q: Query): ExportFormValues {
  return {
    eServiceId: one(q, 'eService'),
    versionIds: [...new Set(list(q.version))],
    from: dateParts(q, 'from'),
    to: dateParts(q, 'to'),
  };
}

/** Reads an e-service export request; whether the e-service and versions are the officer's is the service's check. */
export function readExportRequest(
  values: ExportFormValues,
): { ok: true; value: ExportRequest } | { ok: false; errors: ExportFormError[] } {
  const errors: ExportFormError[] = [];
  if (!values.eServiceId) errors.push({ field: 'eService', code: 'required' });
  const from = readDate(values.from);
  const to = readDate(values.to);
  if (from === undefined) errors.push({ field: 'from', code: 'invalidDate' });
  if (to === undefined) errors.push({ field: 'to', code: 'invalidDate' });
  if (from && to && to < from) errors.push({ field: 'to', code: 'dateOrder' });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: 'eService',
      eServiceId: values.eServiceId,
      versionIds: values.versionIds,
      from: from || null,
      to: to || null,
    },
  };
}
