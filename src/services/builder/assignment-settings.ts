/**
 * The builder's side of automatic assignment (issue 7, item 5): reading an
 * e-service's ordered rules with what the page needs to show and edit them,
 * and saving a changed list. Checking and storing is `setAssignmentRules`
 * (src/services/cases/auto-assign.ts), the same the rest of the system uses;
 * this adds the revision (so two people editing at once do not overwrite
 * each other) and the audit.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import {
  type AssignmentRule,
  type AssignmentRuleProblem,
  parseAssignmentRules,
  storedAssignmentRules,
} from '../../domain/cases/assignment-rules.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import { setAssignmentRules } from '../cases/auto-assign.ts';
import { isUuid } from '../drafts/drafts.ts';
import { definitionOf } from '../eservices/definitions-cache.ts';
import { auditBuilderChange, type BuilderActor } from './audit.ts';

export interface AssignmentSettings {
  /** The rules in the order they are tried. */
  rules: AssignmentRule[];
  /** Stored rules that no longer read (should not happen: they are checked when saved). */
  unreadable: boolean;
  /** Changes whenever the rules do; post it back with a save. */
  revision: string;
  /** The version whose questions conditions are built from: the published one, else the newest. */
  version?: { id: string; number: number; status: string; definition: FormDefinition };
}

export type SaveRulesResult =
  | { ok: true; revision: string }
  | { ok: false; reason: 'notFound' }
  /** Someone else saved the rules since `expectedRevision`. */
  | { ok: false; reason: 'stale' }
  | { ok: false; reason: 'invalid'; problems: AssignmentRuleProblem[] };

const revisionOf = (stored: unknown) =>
  createHash('sha256').update(JSON.stringify(stored)).digest('hex').slice(0, 16);

export function createAssignmentSettingsService(db: Db) {
  async function storedRules(m: string, eServiceId: string): Promise<unknown[] | undefined> {
    if (!isUuid(eServiceId)) return undefined;
    const e = await db
      .selectFrom('e_service')
      .select('assignment_rules')
      .where('municipality_id', '=', m)
      .where('id', '=', eServiceId)
      .executeTakeFirst();
    return e ? e.assignment_rules : undefined;
  }

  async function load(m: string, eServiceId: string): Promise<AssignmentSettings | undefined> {
    const stored = await storedRules(m, eServiceId);
    if (!stored) return undefined;
    const parsed = parseAssignmentRules(stored);
    const versions = await db
      .selectFrom('e_service_version')
      .select(['id', 'number', 'status', 'definition'])
      .where('municipality_id', '=', m)
      .where('e_service_id', '=', eServiceId)
      .orderBy('number', 'desc')
      .execute();
    const v = versions.find((x) => x.status === 'published') ?? versions[0];
    return {
      rules: parsed.ok ? parsed.value : [],
      unreadable: !parsed.ok,
      revision: revisionOf(stored),
      ...(v
        ? {
            version: {
              id: v.id,
              number: v.number,
              status: v.status,
              definition: definitionOf(v.id, v.status, v.definition),
            },
          }
        : {}),
    };
  }

  /**
   * Replaces the rules with `rules` (in order) when nobody has saved since
   * `expectedRevision`; checked by the domain validator and against the
   * e-service's questions and handlers. `detail.change` names the change
   * for the history (`builder.change.<change>`).
   */
  async function save(
    m: string,
    eServiceId: string,
    rules: readonly AssignmentRule[],
    actor: BuilderActor,
    opts: { expectedRevision: string; detail: { change: string; [k: string]: string | number } },
  ): Promise<SaveRulesResult> {
    const stored = await storedRules(m, eServiceId);
    if (!stored) return { ok: false, reason: 'notFound' };
    if (revisionOf(stored) !== opts.expectedRevision) return { ok: false, reason: 'stale' };
    const next = storedAssignmentRules(rules);
    const saved = await setAssignmentRules(db, m, eServiceId, next);
    if (!saved.ok) {
      return saved.error === 'notFound'
        ? { ok: false, reason: 'notFound' }
        : { ok: false, reason: 'invalid', problems: saved.error };
    }
    await auditBuilderChange(db, m, eServiceId, actor, 'eservice.settings.saved', {
      ...opts.detail,
      rules: next.length,
    });
    return { ok: true, revision: revisionOf((await storedRules(m, eServiceId)) ?? next) };
  }

  return { load, save };
}

export type AssignmentSettingsService = ReturnType<typeof createAssignmentSettingsService>;
