import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import {
  type AssignmentMatch,
  type AssignmentRule,
  type AssignmentRuleProblem,
  type AssignmentTarget,
  matchingAssignments,
  parseAssignmentRules,
  referencedKeys,
  storedAssignmentRules,
} from '../../domain/cases/assignment-rules.ts';
import type { Answers } from '../../domain/forms/answers.ts';
import type { Result } from '../../domain/forms/result.ts';
import { isUuid } from '../drafts/drafts.ts';
import { definitionOf } from '../eservices/definitions-cache.ts';
import { notifyCaseAssigned, notifyGroupAssigned } from '../notifications/officer-notifications.ts';
import { appendCaseEvent } from './case-history.ts';

type Executor = Kysely<DB> | Transaction<DB>;

export interface AppliedAssignment {
  ruleIndex: number;
  target: AssignmentTarget;
  /** The person's or group's name when it was assigned, for history and messages. */
  name: string;
}

export interface AutoAssignInput {
  municipalityId: string;
  caseId: string;
  /** `e_service.assignment_rules` as stored. */
  rules: unknown;
  /** The answers stored with the case. */
  answers: Readonly<Answers>;
}

/** Stored rules that no longer read (they were validated when saved) assign nothing rather than fail a submission. */
function storedRules(rules: unknown): AssignmentRule[] {
  const parsed = parseAssignmentRules(rules);
  return parsed.ok ? parsed.value : [];
}

async function tryTarget(
  trx: Executor,
  input: AutoAssignInput,
  m: AssignmentMatch,
): Promise<AppliedAssignment | undefined> {
  const { municipalityId, caseId } = input;
  let name: string;
  if (m.target.kind === 'user') {
    const user = await trx
      .selectFrom('staff_user')
      .select('name')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', m.target.userId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!user) return undefined;
    name = user.name;
    await trx
      .insertInto('case_officer')
      .values({ case_id: caseId, user_id: m.target.userId, municipality_id: municipalityId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  } else {
    const group = await trx
      .selectFrom('officer_group')
      .select('name')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', m.target.groupId)
      .executeTakeFirst();
    if (!group) return undefined;
    name = group.name;
    await trx
      .updateTable('case')
      .set({ assigned_group_id: m.target.groupId })
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', caseId)
      .execute();
  }
  const bumped = await trx
    .updateTable('case')
    .set((eb) => ({ row_version: eb('row_version', '+', 1), updated_at: new Date() }))
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', caseId)
    .returning('row_version')
    .executeTakeFirstOrThrow();
  const who = m.target.kind === 'user' ? { userId: m.target.userId } : { groupId: m.target.groupId };
  await appendCaseEvent(trx, {
    municipalityId,
    caseId,
    type: 'assigned',
    actor: { kind: 'system' },
    details: { ruleIndex: m.ruleIndex, ...who, name, automatic: true },
  });
  // Issue 6: the person (or the group's mailbox) the rule gave the case to is told, in this transaction.
  const told = { municipalityId, caseId, rowVersion: bumped.row_version };
  if (m.target.kind === 'user')
    await notifyCaseAssigned(trx, { ...told, userIds: [m.target.userId], actorId: null });
  else await notifyGroupAssigned(trx, { ...told, groupId: m.target.groupId });
  return { ruleIndex: m.ruleIndex, target: m.target, name };
}

/**
 * Applies the e-service's assignment rules to a case inside the caller's
 * transaction: the first rule that holds assigns its person (a case officer)
 * or group, bumps the case's row version and writes an "assigned" history
 * event. When that person has left or the group is gone, the next rule that
 * holds decides instead.
 */
export async function assignAutomaticallyIn(
  trx: Executor,
  input: AutoAssignInput,
): Promise<AppliedAssignment | undefined> {
  for (const m of matchingAssignments(storedRules(input.rules), input.answers)) {
    const applied = await tryTarget(trx, input, m);
    if (applied) return applied;
  }
  return undefined;
}

/**
 * The same in a transaction of its own, opened only when a rule holds, so an
 * e-service without rules costs a submission nothing.
 */
export async function assignAutomatically(
  db: Db,
  input: AutoAssignInput,
): Promise<AppliedAssignment | undefined> {
  if (matchingAssignments(storedRules(input.rules), input.answers).length === 0) return undefined;
  return db.transaction().execute((trx) => assignAutomaticallyIn(trx, input));
}

export type SetRulesResult = Result<AssignmentRule[], 'notFound' | AssignmentRuleProblem[]>;

/** Question keys of every version of an e-service, group columns left out (rules read top-level answers). */
async function questionKeysOf(
  db: Db,
  municipalityId: string,
  eServiceId: string,
): Promise<Set<string> | undefined> {
  const versions = await db
    .selectFrom('e_service_version')
    .select(['id', 'status', 'definition'])
    .where('municipality_id', '=', municipalityId)
    .where('e_service_id', '=', eServiceId)
    .execute();
  if (versions.length === 0) return undefined;
  const keys = new Set<string>();
  for (const v of versions) {
    for (const step of definitionOf(v.id, v.status, v.definition).steps) {
      for (const q of step.questions) keys.add(q.key);
    }
  }
  return keys;
}

/**
 * Who handles the e-service: the people (directly or through a group) and
 * the groups. An assignment to anyone else would put the case where nobody
 * assigned can see it.
 */
async function handlersOf(db: Db, municipalityId: string, eServiceId: string) {
  const rows = await db
    .selectFrom('e_service_officer as o')
    .leftJoin('officer_group_member as gm', 'gm.group_id', 'o.group_id')
    .select(['o.user_id', 'o.group_id', 'gm.user_id as member_id'])
    .where('o.municipality_id', '=', municipalityId)
    .where('o.e_service_id', '=', eServiceId)
    .execute();
  const users = new Set<string>();
  const groups = new Set<string>();
  for (const r of rows) {
    if (r.user_id) users.add(r.user_id);
    if (r.member_id) users.add(r.member_id);
    if (r.group_id) groups.add(r.group_id);
  }
  return { users, groups };
}

/**
 * Saves an e-service's assignment rules after checking them: the shape and
 * each condition with the form engine's rule checker, the question keys
 * against the e-service's versions, and every person and group against this
 * municipality and the e-service's handlers (admins handle everything). On a
 * problem nothing is saved.
 */
export async function setAssignmentRules(
  db: Db,
  municipalityId: string,
  eServiceId: string,
  rules: unknown,
): Promise<SetRulesResult> {
  if (!isUuid(eServiceId)) return { ok: false, error: 'notFound' };
  const eService = await db
    .selectFrom('e_service')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', eServiceId)
    .executeTakeFirst();
  if (!eService) return { ok: false, error: 'notFound' };
  const parsed = parseAssignmentRules(rules);
  if (!parsed.ok) return parsed;

  const problems: AssignmentRuleProblem[] = [];
  const keys = await questionKeysOf(db, municipalityId, eServiceId);
  const handlers = await handlersOf(db, municipalityId, eServiceId);
  const userIds = parsed.value.flatMap((r) => (r.target.kind === 'user' ? [r.target.userId] : []));
  const groupIds = parsed.value.flatMap((r) => (r.target.kind === 'group' ? [r.target.groupId] : []));
  const users = userIds.length
    ? await db
        .selectFrom('staff_user')
        .select(['id', 'roles'])
        .where('municipality_id', '=', municipalityId)
        .where('active', '=', true)
        .where('id', 'in', userIds)
        .execute()
    : [];
  const groups = groupIds.length
    ? await db
        .selectFrom('officer_group')
        .select('id')
        .where('municipality_id', '=', municipalityId)
        .where('id', 'in', groupIds)
        .execute()
    : [];
  const userById = new Map(users.map((u) => [u.id, u]));
  const knownGroups = new Set(groups.map((g) => g.id));

  parsed.value.forEach((rule, index) => {
    if (keys) {
      for (const key of referencedKeys(rule)) {
        if (!keys.has(key)) problems.push({ index, code: 'unknownKey', params: { key } });
      }
    }
    if (rule.target.kind === 'user') {
      const u = userById.get(rule.target.userId);
      if (!u) problems.push({ index, code: 'unknownUser' });
      else if (!u.roles.includes('admin') && !handlers.users.has(u.id))
        problems.push({ index, code: 'notHandler' });
    } else if (!knownGroups.has(rule.target.groupId)) {
      problems.push({ index, code: 'unknownGroup' });
    } else if (!handlers.groups.has(rule.target.groupId)) {
      problems.push({ index, code: 'notHandler' });
    }
  });
  if (problems.length > 0) return { ok: false, error: problems };

  await db
    .updateTable('e_service')
    .set({ assignment_rules: JSON.stringify(storedAssignmentRules(parsed.value)), updated_at: new Date() })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', eServiceId)
    .execute();
  return parsed;
}

/** The service as the composition root wires it. */
export function createAssignmentService(db: Db) {
  return {
    setRules: (municipalityId: string, eServiceId: string, rules: unknown) =>
      setAssignmentRules(db, municipalityId, eServiceId, rules),
    apply: (input: AutoAssignInput) => assignAutomatically(db, input),
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
