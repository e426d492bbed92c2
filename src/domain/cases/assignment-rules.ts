/**
 * Automatic assignment: an e-service's rules say who gets a new case, read
 * from its answers. Each rule is a JSON Logic condition over the answers by
 * question key (the same format and the same allowed operators as the form's
 * conditions) and one target, a person or a group. Rules are tried in order
 * and the first that holds wins, so a last rule `{ "when": true, … }` is the
 * default.
 *
 * Stored as `e_service.assignment_rules`:
 * `[{ "when": { "==": [{ "var": "school" }, "bjorkskolan"] }, "userId": "…" }]`.
 */
import type { Answers } from '../forms/answers.ts';
import {
  type CompiledRule,
  compileRule,
  inspectRule,
  type RuleProblemCode,
  runRule,
  truthy,
} from '../forms/conditions.ts';
import type { JsonLogicRule } from '../forms/definition.ts';
import type { Result } from '../forms/result.ts';

export type AssignmentTarget = { kind: 'user'; userId: string } | { kind: 'group'; groupId: string };

export interface AssignmentRule {
  when: JsonLogicRule;
  target: AssignmentTarget;
}

export type AssignmentRuleProblemCode =
  /** Not a list of `{ when, userId }` / `{ when, groupId }` objects. */
  | 'invalidShape'
  /** Both or neither of userId and groupId, or one that is not an id. */
  | 'invalidTarget'
  /** The person is not staff of this municipality (or no longer active). */
  | 'unknownUser'
  /** The group is not one of this municipality's. */
  | 'unknownGroup'
  /** The person or group does not handle the e-service, so could not see the case. */
  | 'notHandler'
  /** The condition reads a question key no version of the e-service has. */
  | 'unknownKey'
  | RuleProblemCode;

export interface AssignmentRuleProblem {
  /** Index of the rule in the list; -1 for the list itself. */
  index: number;
  code: AssignmentRuleProblemCode;
  /** JSON Pointer inside the rule's condition, for condition problems. */
  path?: string;
  params?: { [name: string]: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The largest number of rules an e-service may have: a rule per school or district, not per person. */
export const MAX_ASSIGNMENT_RULES = 200;

/**
 * Reads stored or posted rules: the shape, the ids' form and each condition
 * (operators, variables) are checked here; whether the people, groups and
 * question keys exist is the service's job, with {@link referencedKeys} and
 * the targets.
 */
export function parseAssignmentRules(value: unknown): Result<AssignmentRule[], AssignmentRuleProblem[]> {
  if (!Array.isArray(value) || value.length > MAX_ASSIGNMENT_RULES) {
    return { ok: false, error: [{ index: -1, code: 'invalidShape' }] };
  }
  const rules: AssignmentRule[] = [];
  const problems: AssignmentRuleProblem[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item) || !('when' in item)) {
      problems.push({ index, code: 'invalidShape' });
      return;
    }
    const { when, userId, groupId, ...rest } = item as Record<string, unknown>;
    if (Object.keys(rest).length > 0) {
      problems.push({ index, code: 'invalidShape', params: { property: Object.keys(rest)[0] ?? '' } });
      return;
    }
    const target = targetOf(userId, groupId);
    if (!target) problems.push({ index, code: 'invalidTarget' });
    const inspection = inspectRule(when);
    for (const p of inspection.problems) {
      problems.push({ index, code: p.code, path: p.path, ...(p.params ? { params: p.params } : {}) });
    }
    if (target && inspection.problems.length === 0) rules.push({ when: when as JsonLogicRule, target });
  });
  return problems.length > 0 ? { ok: false, error: problems } : { ok: true, value: rules };
}

function targetOf(userId: unknown, groupId: unknown): AssignmentTarget | undefined {
  const hasUser = userId !== undefined && userId !== null;
  const hasGroup = groupId !== undefined && groupId !== null;
  if (hasUser === hasGroup) return undefined;
  if (hasUser) return typeof userId === 'string' && UUID.test(userId) ? { kind: 'user', userId } : undefined;
  return typeof groupId === 'string' && UUID.test(groupId) ? { kind: 'group', groupId } : undefined;
}

/** The question keys each rule's condition reads, for checking them against the e-service's versions. */
export function referencedKeys(rule: AssignmentRule): string[] {
  return [...new Set(inspectRule(rule.when).references.map((r) => r.key))];
}

/** The stored form of rules: what `e_service.assignment_rules` holds. */
export function storedAssignmentRules(rules: readonly AssignmentRule[]): object[] {
  return rules.map((r) =>
    r.target.kind === 'user'
      ? { when: r.when, userId: r.target.userId }
      : { when: r.when, groupId: r.target.groupId },
  );
}

export interface AssignmentMatch {
  ruleIndex: number;
  target: AssignmentTarget;
}

// Rules are read from the database on every submission; compiling one is far
// dearer than running it, so compiled rules are kept by their JSON text.
const compiled = new Map<string, CompiledRule>();
const MAX_COMPILED = 1000;

function compiledFor(rule: JsonLogicRule): CompiledRule {
  const text = JSON.stringify(rule);
  let fn = compiled.get(text);
  if (!fn) {
    fn = compileRule(rule);
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    compiled.set(text, fn);
  }
  return fn;
}

/**
 * Every rule that holds for these answers, in rule order: the first is the
 * one that decides; the later ones are the fallbacks the service uses when
 * the first one's person or group no longer exists. A rule that throws
 * counts as not holding.
 */
export function matchingAssignments(
  rules: readonly AssignmentRule[],
  answers: Readonly<Answers>,
): AssignmentMatch[] {
  const out: AssignmentMatch[] = [];
  rules.forEach((rule, ruleIndex) => {
    if (truthy(runRule(compiledFor(rule.when), answers as Answers)))
      out.push({ ruleIndex, target: rule.target });
  });
  return out;
}

/** The rule that decides for these answers (the first that holds), if any. */
export function chooseAssignment(
  rules: readonly AssignmentRule[],
  answers: Readonly<Answers>,
): AssignmentMatch | undefined {
  for (const [ruleIndex, rule] of rules.entries()) {
    if (truthy(runRule(compiledFor(rule.when), answers as Answers)))
      return { ruleIndex, target: rule.target };
  }
  return undefined;
}
