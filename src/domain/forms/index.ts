/** The e-service form engine: definitions, conditions, validation, formatting. See README.md. */
export type {
  AddressAnswer,
  Answers,
  AnswerValue,
  ContactAnswer,
  FileRef,
  GroupRow,
  PostedFields,
  RawFields,
} from './answers.ts';
export * from './definition.ts';
export { ERROR_CODES, type ErrorCode, type ErrorParams, type FieldError, type Issue } from './errors.ts';
export { type Evaluation, evaluate, nextStepId, previousStepId } from './evaluate.ts';
export {
  type AnsweredQuestion,
  type AnsweredStep,
  formatAnswer,
  summarizeAnswers,
  summaryAnswers,
} from './format.ts';
export { completeLanguages, DEFAULT_LANG, type LocalizedText, localize, textIn } from './localize.ts';
export { type LoginIdentity, prefillAnswers } from './prefill.ts';
export type { AnswerTexts, FormatOptions, Formatted } from './questions/handler.ts';
export type { Result } from './result.ts';
export { PROBLEM_CODES, type Problem, type ProblemCode, parseDefinition } from './schema.ts';
export {
  type IgnoredInput,
  type IgnoredReason,
  rawForStep,
  type StepValidation,
  type SubmissionValidation,
  type ValidationContext,
  validateStep,
  validateSubmission,
} from './validate.ts';
