import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { dueAtFor } from '../../domain/cases/overdue.ts';
import { INITIAL_STATUS } from '../../domain/cases/statuses.ts';
import type { Answers } from '../../domain/forms/answers.ts';
import type { FormDefinition, LangText } from '../../domain/forms/definition.ts';
import type { FieldError } from '../../domain/forms/errors.ts';
import type { IsoDate } from '../../domain/identity-numbers/calendar.ts';
import { type AppliedAssignment, assignAutomaticallyIn } from '../cases/auto-assign.ts';
import { appendCaseEvent } from '../cases/case-history.ts';
import { caseSummaryColumn } from '../cases/case-summary.ts';
import { caseSearchText } from '../cases/search-text.ts';
import { caseNumberSql } from '../cases/submit-case.ts';
import { isUuid } from '../drafts/drafts.ts';
import { definitionOf } from '../eservices/definitions-cache.ts';
import { notifyManualCase } from '../notifications/officer-notifications.ts';
import type { OfficerActor } from './case-actions-core.ts';
import {
  type DetailsError,
  type ManualCaseDetailsInput,
  readManualCaseDetails,
} from './manual-case-details.ts';
import { validateManualAnswers } from './manual-case-form.ts';

/** An e-service an officer may register a case for, with the version a new case gets. */
export interface ManualCaseEService {
  id: string;
  name: LangText;
  versionId: string;
  definition: FormDefinition;
  handleWithinDays: number | null;
  /** The e-service's summary fields (empty: the questions marked `summary`). */
  summaryKeys: string[];
}

export interface ManualCaseInput extends ManualCaseDetailsInput {
  eServiceId: string;
  /** Answers by question key (the web page reads them with readWholeForm). */
  answers: Answers;
}

export type RegisterResult =
  | { ok: true; caseId: string; caseNumber: string; assignment: AppliedAssignment | undefined }
  /** Unknown e-service, one the officer does not handle, one without a published version or closed to manual cases. */
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; detailErrors: DetailsError[]; answerErrors: FieldError[] };

/** The date rules are judged on: today in Sweden. */
export const stockholmToday = (): IsoDate =>
  new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * Cases registered by an officer from paper, phone, visit or e-mail: the
 * e-service's current version, validated as a web submission is, numbered
 * from the same sequence, assigned by the same rules, and tied to a
 * personnummer when one is given so the person sees it on My pages.
 */
export function createManualCaseService(db: Db) {
  function handledQuery(actor: OfficerActor) {
    let q = db
      .selectFrom('e_service as e')
      .innerJoin('e_service_version as v', (j) =>
        j.onRef('v.e_service_id', '=', 'e.id').on('v.status', '=', 'published'),
      )
      .select([
        'e.id',
        'e.name',
        'e.handle_within_days',
        'e.summary_keys',
        'v.id as version_id',
        'v.status',
        'v.definition',
      ])
      .where('e.municipality_id', '=', actor.scope.municipalityId)
      .where('e.manual_cases_allowed', '=', true);
    if (!actor.scope.isAdmin) {
      const handled = [...actor.scope.eServices.keys()];
      if (handled.length === 0) return undefined;
      q = q.where('e.id', 'in', handled);
    }
    return q;
  }

  type Row = {
    id: string;
    name: LangText;
    handle_within_days: number | null;
    summary_keys: string[];
    version_id: string;
    status: string;
    definition: object;
  };
  const toEService = (r: Row): ManualCaseEService => ({
    id: r.id,
    name: r.name,
    versionId: r.version_id,
    definition: definitionOf(r.version_id, r.status, r.definition),
    handleWithinDays: r.handle_within_days,
    summaryKeys: r.summary_keys,
  });

  /** The e-services this officer handles that take manual cases, by Swedish name. */
  async function eServicesFor(actor: OfficerActor): Promise<ManualCaseEService[]> {
    const q = handledQuery(actor);
    if (!q) return [];
    const rows = await q.orderBy(sql`e.name->>'sv'`).execute();
    return rows.map((r) => toEService(r as Row));
  }

  /** One of them, or undefined (the page answers 404). */
  async function eServiceFor(
    actor: OfficerActor,
    eServiceId: string,
  ): Promise<ManualCaseEService | undefined> {
    if (!isUuid(eServiceId)) return undefined;
    const row = await handledQuery(actor)?.where('e.id', '=', eServiceId).executeTakeFirst();
    return row && toEService(row as Row);
  }

  async function register(actor: OfficerActor, input: ManualCaseInput): Promise<RegisterResult> {
    const eService = await eServiceFor(actor, input.eServiceId);
    if (!eService) return { ok: false, reason: 'notFound' };
    const today = stockholmToday();
    const details = readManualCaseDetails(input, today);
    const checked = validateManualAnswers(eService.definition, input.answers, today);
    if (!details.ok || checked.errors.length > 0) {
      return {
        ok: false,
        reason: 'invalid',
        detailErrors: details.ok ? [] : details.errors,
        answerErrors: checked.errors,
      };
    }
    const { channel, personalNumber, name } = details.value;
    const { municipalityId } = actor.scope;
    const summary = caseSummaryColumn(eService.definition, checked.answers, eService.summaryKeys);
    const now = new Date();
    const year = Number(today.slice(0, 4));
    const searchText = caseSearchText({ personalNumber, names: [name], summary });
    const officer = { kind: 'staff' as const, id: actor.principal.id, name: actor.principal.name };

    return db.transaction().execute(async (trx) => {
      // The number comes from the municipality's sequence, as for web submissions.
      const inserted = await sql<{ id: string; case_number: string; assignment_rules: unknown }>`
        WITH counter AS (
          SELECT nextval(case_number_sequence(${municipalityId}::uuid)) AS last_value
        )
        INSERT INTO "case" (
          municipality_id, case_number, e_service_id, version_id, status, answers, summary, lang,
          submitter_personal_number, submitter_name, concerns_personal_number, concerns_name,
          channel, submitted_at, updated_at, search_text, due_at
        )
        SELECT ${municipalityId}, ${caseNumberSql(year)}, ${eService.id}, ${eService.versionId}, ${INITIAL_STATUS},
          ${JSON.stringify(checked.answers)}::jsonb, ${JSON.stringify(summary)}::jsonb, 'sv',
          ${personalNumber}, ${name}, ${personalNumber}, ${name},
          ${channel}, ${now}::timestamptz, ${now}::timestamptz, ${caseNumberSql(year)} || ' ' || ${searchText},
          ${dueAtFor(now, eService.handleWithinDays)}::timestamptz
        FROM counter
        RETURNING id, case_number,
          (SELECT assignment_rules FROM e_service WHERE id = ${eService.id}) AS assignment_rules`.execute(
        trx,
      );
      const row = inserted.rows[0];
      if (!row) throw new Error('The case was not inserted');
      await appendCaseEvent(trx, {
        municipalityId,
        caseId: row.id,
        type: 'registered_manually',
        actor: officer,
        details: { status: INITIAL_STATUS, versionId: eService.versionId, channel },
      });
      await notifyManualCase(trx, { municipalityId, caseId: row.id, actorId: actor.principal.id });
      const assignment = await assignAutomaticallyIn(trx, {
        municipalityId,
        caseId: row.id,
        rules: row.assignment_rules,
        answers: checked.answers,
      });
      // An officer who sees only their own cases would lose sight of the case they just registered.
      if (
        !actor.scope.isAdmin &&
        actor.scope.eServices.get(eService.id)?.restricted === true &&
        !(assignment?.target.kind === 'user' && assignment.target.userId === actor.principal.id)
      ) {
        await trx
          .insertInto('case_officer')
          .values({ case_id: row.id, user_id: actor.principal.id, municipality_id: municipalityId })
          .onConflict((oc) => oc.doNothing())
          .execute();
        const bumped = await trx
          .updateTable('case')
          .set((eb) => ({ row_version: eb('row_version', '+', 1) }))
          .where('id', '=', row.id)
          .returning('row_version')
          .executeTakeFirstOrThrow();
        // As if they had pressed "Ta ärendet": the case page shows it so.
        await appendCaseEvent(trx, {
          municipalityId,
          caseId: row.id,
          type: 'case_taken',
          actor: officer,
          details: {
            officerId: actor.principal.id,
            officerName: actor.principal.name,
            rowVersion: bumped.row_version,
            reason: 'registeredManually',
          },
        });
      }
      return { ok: true as const, caseId: row.id, caseNumber: row.case_number, assignment };
    });
  }

  return { eServicesFor, eServiceFor, register };
}

export type ManualCaseService = ReturnType<typeof createManualCaseService>;
