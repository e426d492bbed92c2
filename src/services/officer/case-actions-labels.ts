import type { Db } from '../../db/database.ts';
import { checkColour, normaliseExternalCaseNumber } from '../../domain/cases/transitions.ts';
import { appendCaseEvent } from '../cases/case-history.ts';
import {
  caseAtVersion,
  type Done,
  type OfficerActor,
  type Refused,
  searchTextFor,
  staffActor,
  versionedChange,
} from './case-actions-core.ts';
import { caseSettings } from './case-view-settings.ts';
import { caseForOfficer } from './officer-access.ts';

/** Colour label, external case number and the officer's own flag. */
export function createLabelActions(db: Db) {
  /**
   * Sets (or with null clears) the colour label.
   * Event `colour_changed`: `{ colour, previousColour, rowVersion }`.
   */
  async function setColour(
    actor: OfficerActor,
    caseId: string,
    input: { rowVersion: number | null; colour: string | null },
  ): Promise<Done | Refused<'unknownColour'>> {
    const at = await caseAtVersion(db, actor, caseId, input.rowVersion);
    if (!at.ok) return at;
    const { c } = at;
    const settings = await caseSettings(db, c.municipality_id, c.e_service_id);
    if (!settings) return { ok: false, reason: 'notFound' };
    const verdict = checkColour(settings.colourLabels, input.colour);
    if (!verdict.ok) return { ok: false, reason: 'invalid', code: verdict.reason };
    if (verdict.colour === c.colour) return { ok: true, rowVersion: c.row_version };
    return versionedChange(db, c, c.row_version, { colour: verdict.colour }, async (trx, rowVersion) => {
      await appendCaseEvent(trx, {
        municipalityId: c.municipality_id,
        caseId: c.id,
        type: 'colour_changed',
        actor: staffActor(actor),
        details: { colour: verdict.colour, previousColour: c.colour, rowVersion },
      });
    });
  }

  /**
   * Sets or clears the external case number (the back-office system's). The
   * applicant sees it on their case page; the case list searches it.
   * Event `external_case_number_changed`: `{ externalCaseNumber, previous, rowVersion }`.
   */
  async function setExternalCaseNumber(
    actor: OfficerActor,
    caseId: string,
    input: { rowVersion: number | null; value: string },
  ): Promise<Done | Refused<'tooLong' | 'invalidCharacters'>> {
    const at = await caseAtVersion(db, actor, caseId, input.rowVersion);
    if (!at.ok) return at;
    const { c } = at;
    const n = normaliseExternalCaseNumber(input.value);
    if (!n.ok) return { ok: false, reason: 'invalid', code: n.reason };
    if (n.value === c.external_case_number) return { ok: true, rowVersion: c.row_version };
    const searchText = searchTextFor({ ...c, external_case_number: n.value });
    return versionedChange(
      db,
      c,
      c.row_version,
      { external_case_number: n.value, search_text: searchText },
      async (trx, rowVersion) => {
        await appendCaseEvent(trx, {
          municipalityId: c.municipality_id,
          caseId: c.id,
          type: 'external_case_number_changed',
          actor: staffActor(actor),
          details: { externalCaseNumber: n.value, previous: c.external_case_number, rowVersion },
        });
      },
    );
  }

  /**
   * The officer's own bookmark ("Flaggade"). It is no state of the case, so
   * it needs no version and leaves row_version and updated_at alone; the
   * history still says who flagged it.
   * Events `flagged` / `unflagged`: `{}`.
   */
  async function setFlag(
    actor: OfficerActor,
    caseId: string,
    flagged: boolean,
  ): Promise<{ ok: true; changed: boolean } | Refused> {
    const c = await caseForOfficer(db, actor.scope, caseId);
    if (!c) return { ok: false, reason: 'notFound' };
    const changed = await db.transaction().execute(async (trx) => {
      const r = flagged
        ? await trx
            .insertInto('case_flag')
            .values({ case_id: c.id, user_id: actor.principal.id, municipality_id: c.municipality_id })
            .onConflict((oc) => oc.columns(['case_id', 'user_id']).doNothing())
            .executeTakeFirst()
        : await trx
            .deleteFrom('case_flag')
            .where('case_id', '=', c.id)
            .where('user_id', '=', actor.principal.id)
            .executeTakeFirst();
      const n = Number('numInsertedOrUpdatedRows' in r ? r.numInsertedOrUpdatedRows : r.numDeletedRows);
      if (n > 0) {
        await appendCaseEvent(trx, {
          municipalityId: c.municipality_id,
          caseId: c.id,
          type: flagged ? 'flagged' : 'unflagged',
          actor: staffActor(actor),
        });
      }
      return n > 0;
    });
    return { ok: true, changed };
  }

  return { setColour, setExternalCaseNumber, setFlag };
}
