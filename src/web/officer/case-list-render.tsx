import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type CaseListProblem,
  type CaseListQuery,
  parseCaseListQuery,
} from '../../domain/cases/case-list-query.ts';
import type { OfficerActor } from '../../services/officer/case-actions-core.ts';
import { listRanks } from '../../services/officer/case-list.ts';
import { loadOfficerScope } from '../../services/officer/scope.ts';
import { pageContext, sendPage } from '../render.ts';
import type { FieldError } from '../ui/components/index.ts';
import type { Translator } from '../ui/i18n/translator.ts';
import type { CellContext } from './case-list-cells.tsx';
import { type BulkDoneNotice, CaseListPage } from './case-list-page.tsx';
import type { OfficerDeps } from './index.ts';

export const stockholmToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

type Query = Record<string, unknown>;

function problemMessage(t: Translator, p: CaseListProblem): FieldError {
  switch (p.code) {
    case 'invalidDate':
      return { field: p.field, message: t.t('caseList.date.invalid') };
    case 'dateOrder':
      return { field: p.field, message: t.t('caseList.date.order') };
    case 'searchTooShort':
      return { field: 'q', message: t.t('caseList.search.tooShort') };
    case 'searchTooLong':
      return { field: 'q', message: t.t('caseList.search.tooLong') };
  }
}

export function doneNotice(q: Query): BulkDoneNotice | null {
  const action = q.done;
  const n = (v: unknown) => (typeof v === 'string' && /^\d{1,4}$/.test(v) ? Number(v) : 0);
  if (action !== 'take' && action !== 'officers' && action !== 'colour' && action !== 'status') return null;
  return { action, changed: n(q.changed), unchanged: n(q.unchanged) };
}

export async function officerActor(deps: OfficerDeps, req: FastifyRequest): Promise<OfficerActor> {
  if (!req.staff) throw new Error('requireStaff did not run');
  return { principal: req.staff, scope: await loadOfficerScope(deps.services.db, req.staff) };
}

/**
 * Renders the list for `raw` (the query string, or the list a bulk action
 * came from) with any errors of that action above it.
 */
export async function renderCaseList(
  deps: OfficerDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  raw: Query,
  opts: { status?: number; errors?: FieldError[]; done?: BulkDoneNotice | null } = {},
) {
  const { services, config } = deps;
  const actor = await officerActor(deps, req);
  const ctx = pageContext(req, reply, config, 'staff');
  const { query, problems } = parseCaseListQuery(raw, stockholmToday());
  const list = services.caseList;
  const [settings, facets] = await Promise.all([
    list.settings.load(actor.scope.municipalityId, actor.principal.id),
    list.facets(actor.scope),
  ]);
  const ranks = listRanks(facets, ctx.lang, settings.officerLabel);
  const rows = await list.rows(actor.scope, query, ranks);
  const counts = await list.counts(actor.scope, query);
  const summaryLabels = await list.summaryLabels(
    actor.scope.municipalityId,
    rows.map((r) => r.version_id),
    ctx.lang,
  );
  const cc: CellContext = { ctx, facets, settings, summaryLabels, now: Date.now() };
  const typed = { from: String(raw.from ?? ''), to: String(raw.to ?? '') };
  const errors = [...(opts.errors ?? []), ...problems.map((p) => problemMessage(ctx.t, p))];
  return sendPage(
    reply,
    opts.status ?? 200,
    <CaseListPage
      cc={cc}
      query={query}
      rows={rows}
      counts={counts}
      errors={errors}
      typed={typed}
      done={opts.done ?? null}
    />,
  );
}

/** The list a form came back from: its `return` field holds the list's query string. */
export function returnedQuery(body: Query): { raw: Query; query: CaseListQuery } {
  const value = typeof body.return === 'string' && body.return.startsWith('?') ? body.return.slice(1) : '';
  const raw = Object.fromEntries(new URLSearchParams(value));
  return { raw, query: parseCaseListQuery(raw, stockholmToday()).query };
}
