/** What the condition and calculation pages share: finding the question, schema problems in words. */
import type { FastifyRequest } from 'fastify';
import type { PostedFields } from '../../../domain/forms/answers.ts';
import type { FormDefinition, Question } from '../../../domain/forms/definition.ts';
import type { Problem } from '../../../domain/forms/schema/problems.ts';
import type { BuilderVersion } from '../../../services/builder/versions.ts';
import type { Services } from '../../../services/index.ts';
import { notFound } from '../../errors.tsx';
import type { MessageKey, Translator } from '../../ui/i18n/translator.ts';
import { href } from '../../ui/page-context.ts';
import { builderPath } from '../paths.ts';

export type QuestionParams = { eServiceId: string; versionId: string; questionId: string };

export interface LoadedQuestion {
  m: string;
  serviceName: string;
  version: BuilderVersion;
  question: Question;
  /** Where the question is: its step's and its own index. */
  at: { step: number; index: number };
  /** The question page of the step/question editor. */
  questionHref: string;
  /** This page's address without query (`rest` is `/villkor` or `/berakning`). */
  action: string;
}

/** The question of a version of an e-service of the staff member's municipality; 404 otherwise. */
export async function loadQuestion(
  services: Services,
  req: FastifyRequest,
  rest: string,
): Promise<LoadedQuestion> {
  const { eServiceId, versionId, questionId } = req.params as QuestionParams;
  const staff = req.staff;
  if (!staff) throw new Error('requireStaff did not run');
  const m = staff.municipalityId;
  const version = await services.builderVersions.getVersion(m, eServiceId, versionId);
  if (!version) throw notFound();
  const service = await services.eServices.byId(m, eServiceId);
  if (!service) throw notFound();
  let at: { step: number; index: number } | undefined;
  version.definition.steps.forEach((s, step) => {
    const index = s.questions.findIndex((q) => q.id === questionId);
    if (index >= 0 && !at) at = { step, index };
  });
  const question = at && version.definition.steps[at.step]?.questions[at.index];
  if (!at || !question) throw notFound();
  const questionPath = builderPath(
    eServiceId,
    `/versioner/${encodeURIComponent(versionId)}/fragor/${encodeURIComponent(questionId)}`,
  );
  return {
    m,
    serviceName: service.name.sv,
    version,
    question,
    at,
    questionHref: href({ basePath: req.basePath }, questionPath),
    action: href({ basePath: req.basePath }, `${questionPath}${rest}`),
  };
}

/** A copy of the definition with the question at `at` replaced. */
export function withQuestion(
  definition: FormDefinition,
  at: { step: number; index: number },
  question: Question,
): FormDefinition {
  return {
    ...definition,
    steps: definition.steps.map((s, i) =>
      i === at.step ? { ...s, questions: s.questions.map((q, j) => (j === at.index ? question : q)) } : s,
    ),
  };
}

/** A schema problem of a saved condition or calculation in plain words. */
export function schemaProblemText(t: Translator, p: Problem): string {
  const params: Record<string, string> = { path: p.path || '/', code: p.code };
  for (const [k, v] of Object.entries(p.params ?? {}))
    params[k] = Array.isArray(v) ? v.join(' → ') : String(v);
  const known = [
    'unknownOperator',
    'invalidExpression',
    'dynamicVariable',
    'unknownConditionKey',
    'notAnswerable',
    'conditionCycle',
  ];
  return known.includes(p.code)
    ? t.t(`builderCond.problem.${p.code}` as MessageKey, params)
    : t.t('builderCond.problem.other', params);
}

/** Keys of questions after position `at` in form order. */
export function laterKeys(definition: FormDefinition, at: { step: number; index: number }): Set<string> {
  const later = new Set<string>();
  definition.steps.forEach((s, i) => {
    s.questions.forEach((q, j) => {
      if (i > at.step || (i === at.step && j > at.index)) later.add(q.key);
    });
  });
  return later;
}

/** A posted string field; undefined when absent or not a single string. */
export function field(fields: PostedFields, name: string): string | undefined {
  const v = fields[name];
  return typeof v === 'string' ? v : undefined;
}

export const MAX_JSON = 20000;
export const MAX_ROWS = 20;
