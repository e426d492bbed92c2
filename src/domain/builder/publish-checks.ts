/**
 * The checks run before a version is published, in plain words: each problem
 * is a code with parameters the builder translates, and where it is about one
 * place in the definition, a JSON Pointer to it.
 *
 * A definition that does not pass the schema is reported by its schema
 * problems only (a condition that reads a deleted question is one of them,
 * with its own code); the other checks need a readable definition and run
 * once those are fixed. Problems of the e-service itself (no officer, an
 * assignment rule reading a question this version lacks) are always checked.
 */
import { parseAssignmentRules, referencedKeys } from '../cases/assignment-rules.ts';
import type { FormDefinition, LangText } from '../forms/definition.ts';
import { parseDefinition } from '../forms/schema/parse-definition.ts';
import type { Problem } from '../forms/schema/problems.ts';
import { neverShownKeys } from './never-shown.ts';
import { missingLanguages, textsWithPaths } from './text-paths.ts';

export const PUBLISH_PROBLEM_CODES = [
  /** The definition breaks the schema: `params.problem` is the schema's code (see forms/schema/problems.ts), its params alongside. */
  'schema',
  /** A condition or computed value reads a question that does not exist (deleted or renamed): `params.key`, `params.question` (whose rule), `params.role`. */
  'conditionReadsMissingQuestion',
  /** An automatic assignment rule reads a question this version does not have: `params.rule` (1-based), `params.key`. */
  'assignmentRuleReadsMissingQuestion',
  /** The e-service's assignment rules cannot be read at all. */
  'assignmentRulesInvalid',
  /** A required question whose conditions can never show it: `params.key`, `params.step`. */
  'requiredNeverShown',
  /** A text not written in an offered language: `params.languages`. */
  'missingTranslation',
  /** Nobody (no officer and no officer group) handles the e-service's cases. */
  'noOfficer',
  /** One of the e-service's own texts (name, description, personal-data information …) is not written in an offered language: `params.field` (an `E_SERVICE_TEXT_FIELDS` name), `params.languages`. */
  'missingEServiceText',
] as const;

/** The e-service's own texts, in the order the builder's form shows them. */
export const E_SERVICE_TEXT_FIELDS = [
  'name',
  'category',
  'description',
  'whatYouNeed',
  'contactUnit',
  'dataProcessed',
  'purpose',
  'legalBasis',
  'retention',
  'controller',
  'complaint',
] as const;

export type EServiceTextField = (typeof E_SERVICE_TEXT_FIELDS)[number];

/**
 * The e-service's own texts as residents read them before starting. Name,
 * category, description and the personal-data information must be in every
 * offered language; "what you need" and the contact unit only when they
 * have a Swedish text at all.
 */
export type EServiceTexts = Partial<Record<EServiceTextField, LangText | null>>;

export type PublishProblemCode = (typeof PUBLISH_PROBLEM_CODES)[number];

export interface PublishProblem {
  code: PublishProblemCode;
  /** JSON Pointer into the definition, when the problem is about one place in it. */
  path?: string;
  params?: { [name: string]: string | number | readonly string[] };
}

export interface PublishContext {
  /** The languages the e-service is offered in; Swedish is always one. */
  languages: readonly string[];
  /** How many officers and officer groups handle the e-service. */
  officerCount: number;
  /** `e_service.assignment_rules` as stored, when the e-service has any. */
  assignmentRules?: unknown;
  /** The e-service's own texts; when given, each must be written in every offered language. */
  eServiceTexts?: EServiceTexts;
}

const OPTIONAL_TEXTS: readonly EServiceTextField[] = ['whatYouNeed', 'contactUnit'];

function eServiceTextProblems(texts: EServiceTexts, languages: readonly string[]): PublishProblem[] {
  const problems: PublishProblem[] = [];
  for (const field of E_SERVICE_TEXT_FIELDS) {
    const text = texts[field];
    const hasSwedish = (text?.sv ?? '').trim() !== '';
    if (OPTIONAL_TEXTS.includes(field) && !hasSwedish) continue;
    if (!(field in texts)) continue;
    const missing = missingLanguages(text ?? { sv: '' }, languages);
    if (missing.length > 0)
      problems.push({ code: 'missingEServiceText', params: { field, languages: missing } });
  }
  return problems;
}

const RULE_PATH = /^\/steps\/(\d+)\/questions\/(\d+)\/(visibleWhen|requiredWhen|expression)(?:\/|$)/;

/** The key of the question whose rule sits at this path in the raw definition, read defensively. */
function ownerOf(raw: unknown, path: string): { question: string; role: string } | undefined {
  const m = RULE_PATH.exec(path);
  if (!m) return undefined;
  const steps = (raw as { steps?: unknown } | null)?.steps;
  const step = Array.isArray(steps)
    ? (steps[Number(m[1])] as { questions?: unknown } | undefined)
    : undefined;
  const questions = step?.questions;
  const q = Array.isArray(questions) ? (questions[Number(m[2])] as { key?: unknown } | undefined) : undefined;
  return { question: typeof q?.key === 'string' ? q.key : '', role: m[3] ?? '' };
}

function fromSchema(raw: unknown, p: Problem): PublishProblem {
  if (p.code === 'unknownConditionKey') {
    const owner = ownerOf(raw, p.path);
    return {
      code: 'conditionReadsMissingQuestion',
      path: p.path,
      params: { key: String(p.params?.key ?? ''), question: owner?.question ?? '', role: owner?.role ?? '' },
    };
  }
  return { code: 'schema', path: p.path, params: { ...p.params, problem: p.code } };
}

function definitionProblems(def: FormDefinition, languages: readonly string[]): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const never = neverShownKeys(def);
  def.steps.forEach((step, i) => {
    step.questions.forEach((q, j) => {
      const required = 'required' in q && (q.required || q.requiredWhen !== undefined);
      if (required && never.has(q.key))
        problems.push({
          code: 'requiredNeverShown',
          path: `/steps/${i}/questions/${j}`,
          params: { key: q.key, step: step.id },
        });
    });
  });
  for (const { path, text } of textsWithPaths(def)) {
    const missing = missingLanguages(text, languages);
    if (missing.length > 0)
      problems.push({ code: 'missingTranslation', path, params: { languages: missing } });
  }
  return problems;
}

function assignmentProblems(def: FormDefinition, rules: unknown): PublishProblem[] {
  if (rules === undefined || rules === null) return [];
  const parsed = parseAssignmentRules(rules);
  if (!parsed.ok) return [{ code: 'assignmentRulesInvalid' }];
  const keys = new Set(def.steps.flatMap((s) => s.questions.map((q) => q.key)));
  const problems: PublishProblem[] = [];
  parsed.value.forEach((rule, i) => {
    for (const key of referencedKeys(rule)) {
      if (!keys.has(key))
        problems.push({ code: 'assignmentRuleReadsMissingQuestion', params: { rule: i + 1, key } });
    }
  });
  return problems;
}

/** Everything that stands in the way of publishing; an empty list means the version may be published. */
export function checkBeforePublish(definition: unknown, context: PublishContext): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const parsed = parseDefinition(definition);
  if (parsed.ok) {
    problems.push(...definitionProblems(parsed.value, context.languages));
    problems.push(...assignmentProblems(parsed.value, context.assignmentRules));
  } else {
    problems.push(...parsed.error.map((p) => fromSchema(definition, p)));
  }
  if (context.eServiceTexts) problems.push(...eServiceTextProblems(context.eServiceTexts, context.languages));
  if (context.officerCount < 1) problems.push({ code: 'noOfficer' });
  return problems;
}
