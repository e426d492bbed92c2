import type { Db } from '../../db/database.ts';
import type { CaseStatus } from '../../domain/cases/statuses.ts';
import type { ColourLabel } from '../../domain/cases/transitions.ts';
import { type VersionInSelection, versionsIn } from './bulk-actions.ts';
import { type BulkCase, loadSelection, type Selected, type SelectionRefused } from './bulk-selection.ts';
import { actorRestricted, type OfficerActor } from './case-actions-core.ts';
import { type Handler, handlersOf } from './case-actions-officers.ts';
import { caseSettings } from './case-view-settings.ts';

/** What the bulk action pages offer for a selection (read without locks; the change checks again). */
export interface BulkOptions {
  cases: BulkCase[];
  versions: VersionInSelection[];
  /** Officers who handle the e-service of every selected case. */
  handlers: Handler[];
  /** Officers on every selected case now (ticked to begin with). */
  commonOfficers: string[];
  /** Colour labels every selected case's e-service has (by key; the first e-service's meaning). */
  colourLabels: ColourLabel[];
  /** The status set when the selection is one e-service version, else null. */
  statusSet: readonly CaseStatus[] | null;
  /** E-services of the selection where the acting officer sees only their own cases. */
  restrictedEServices: string[];
}

export async function bulkOptions(
  db: Db,
  actor: OfficerActor,
  selected: readonly Selected[] | null,
): Promise<{ ok: true; value: BulkOptions } | SelectionRefused> {
  const loaded = await loadSelection(db, actor.scope, selected, { lock: false });
  if (!loaded.ok) return loaded;
  const { cases } = loaded;
  const eServiceIds = [...new Set(cases.map((c) => c.e_service_id))];
  const municipalityId = actor.scope.municipalityId;
  const [versions, handlerLists, settings] = await Promise.all([
    versionsIn(db, cases),
    Promise.all(eServiceIds.map((e) => handlersOf(db, municipalityId, e))),
    Promise.all(eServiceIds.map((e) => caseSettings(db, municipalityId, e))),
  ]);
  const handlers = (handlerLists[0] ?? []).filter((h) =>
    handlerLists.every((list) => list.some((x) => x.id === h.id)),
  );
  const labelLists = settings.map((s) => s?.colourLabels ?? []);
  const colourLabels = (labelLists[0] ?? []).filter((l) =>
    labelLists.every((list) => list.some((x) => x.key === l.key)),
  );
  const commonOfficers = (cases[0]?.officer_ids ?? []).filter((id) =>
    cases.every((c) => c.officer_ids.includes(id)),
  );
  return {
    ok: true,
    value: {
      cases,
      versions,
      handlers,
      commonOfficers,
      colourLabels,
      statusSet: versions.length === 1 ? (settings[0]?.statusSet ?? null) : null,
      restrictedEServices: eServiceIds.filter((e) => actorRestricted(actor, e)),
    },
  };
}
