/**
 * Parsing stored or edited definition JSON into a typed definition. The
 * reading itself lives in `schema/`: one reader for the shared parts, and each
 * question type reads its own settings (`questions/<type>.ts`).
 */
export { parseDefinition } from './schema/parse-definition.ts';
export { PROBLEM_CODES, type Problem, type ProblemCode } from './schema/problems.ts';
