/**
 * The broadcast page's form read into a selection and a message: the case
 * list's checked cases (`cases=id,id` or repeated), or an e-service with an
 * optional version, status and date range typed as day, month and year.
 * Pure; the ids are checked again (and scoped) by the broadcast service.
 */
import { type IsoDate, isRealDate, toIsoDate } from '../../domain/identity-numbers/calendar.ts';
import type { BroadcastSelection } from './broadcast-selection.ts';
import type { BroadcastChannel, BroadcastInput } from './broadcasts.ts';

export type Posted = Readonly<Record<string, string | string[] | undefined>>;

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** What the form showed, to show it again (and to carry through the preview). */
export interface BroadcastFormValues {
  /** The checked cases; null when the cases are chosen by e-service. */
  caseIds: string[] | null;
  eServiceId: string;
  versionId: string;
  status: string;
  from: DateParts;
  to: DateParts;
  channel: string;
  subject: string;
  body: string;
  /** The preview's one-time key, posted back by "Skicka" (see BroadcastInput). */
  requestKey: string;
}

export type BroadcastFormError =
  | { field: 'eService' | 'channel'; code: 'required' }
  | { field: 'from' | 'to'; code: 'invalidDate' }
  | { field: 'to'; code: 'dateOrder' };

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean);
const one = (q: Posted, name: string): string => list(q[name])[0] ?? '';
/** The message as typed: only surrounding blank lines go, not the writer's own layout. */
const text = (q: Posted, name: string): string => {
  const v = q[name];
  return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).replace(/\r\n/g, '\n');
};

const dateParts = (q: Posted, name: string): DateParts => ({
  day: one(q, `${name}.day`),
  month: one(q, `${name}.month`),
  year: one(q, `${name}.year`),
});

export function broadcastFormValues(q: Posted): BroadcastFormValues {
  const caseIds =
    q.cases === undefined
      ? null
      : [
          ...new Set(
            list(q.cases)
              .flatMap((s) => s.split(','))
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ];
  return {
    caseIds,
    eServiceId: one(q, 'eService'),
    versionId: one(q, 'version'),
    status: one(q, 'status'),
    from: dateParts(q, 'from'),
    to: dateParts(q, 'to'),
    channel: one(q, 'channel'),
    subject: text(q, 'subject'),
    body: text(q, 'body'),
    requestKey: one(q, 'requestKey'),
  };
}

/** '' when nothing was typed, the date, or undefined when it is not a real date. */
function readDate(p: DateParts): IsoDate | '' | undefined {
  if (!p.day && !p.month && !p.year) return '';
  if (![p.day, p.month].every((s) => /^\d{1,2}$/.test(s)) || !/^\d{4}$/.test(p.year)) return undefined;
  const [d, m, y] = [Number(p.day), Number(p.month), Number(p.year)];
  return isRealDate(y, m, d) ? toIsoDate(y, m, d) : undefined;
}

export function readBroadcastSelection(
  v: BroadcastFormValues,
): { ok: true; value: BroadcastSelection } | { ok: false; errors: BroadcastFormError[] } {
  if (v.caseIds) return { ok: true, value: { kind: 'cases', caseIds: v.caseIds } };
  const errors: BroadcastFormError[] = [];
  if (!v.eServiceId) errors.push({ field: 'eService', code: 'required' });
  const from = readDate(v.from);
  const to = readDate(v.to);
  if (from === undefined) errors.push({ field: 'from', code: 'invalidDate' });
  if (to === undefined) errors.push({ field: 'to', code: 'invalidDate' });
  if (from && to && to < from) errors.push({ field: 'to', code: 'dateOrder' });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: 'filter',
      eServiceId: v.eServiceId,
      versionId: v.versionId || null,
      status: v.status || null,
      from: from || null,
      to: to || null,
    },
  };
}

const CHANNELS: readonly BroadcastChannel[] = ['email', 'sms', 'my_pages'];

export function readBroadcastInput(
  v: BroadcastFormValues,
): { ok: true; value: BroadcastInput } | { ok: false; errors: BroadcastFormError[] } {
  const channel = CHANNELS.find((c) => c === v.channel);
  if (!channel) return { ok: false, errors: [{ field: 'channel', code: 'required' }] };
  return { ok: true, value: { channel, subject: v.subject, body: v.body, requestKey: v.requestKey } };
}
