/**
 * What is wrong with a definition, as codes at JSON Pointer paths, so the
 * builder can put each message next to the thing it is about.
 */

export const PROBLEM_CODES = [
  /** Not the JSON type expected: `params.expected`. */
  'wrongType',
  /** A required property is absent. */
  'missing',
  /** A property the model does not know (or that this question type does not have). */
  'unknownProperty',
  'unknownQuestionType',
  'unsupportedSchemaVersion',
  /** A list that needs at least `params.min` items. */
  'tooFew',
  /** A list or number above `params.max`. */
  'tooMany',
  /** A number outside `params.min`..`params.max`. */
  'outOfRange',
  'invalidId',
  'invalidKey',
  /** `params.first` is the path that used it first. */
  'duplicateId',
  'duplicateKey',
  'duplicateOptionValue',
  'invalidOptionValue',
  /** A LangText without Swedish text. */
  'missingSwedish',
  'invalidLanguage',
  /** The min/max pair (length, number, date, rows) is the wrong way round. */
  'minGreaterThanMax',
  'invalidPattern',
  'invalidDateBound',
  'invalidMimeType',
  'invalidAutocomplete',
  /** A contact question that asks for nothing. */
  'noFields',
  /** A property or type a repeating group's column cannot have. */
  'notAllowedInGroup',
  // conditions and computed values
  'invalidExpression',
  'unknownOperator',
  /** A variable whose name is computed, so it cannot be checked. */
  'dynamicVariable',
  /** A condition reads a key no question has: `params.key`. */
  'unknownConditionKey',
  /** A condition reads an information text, which has no answer. */
  'notAnswerable',
  /** Conditions or expressions that depend on each other in a circle: `params.keys`. */
  'conditionCycle',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  /** JSON Pointer into the definition, e.g. `/steps/0/questions/2/options/1/value`. */
  path: string;
  code: ProblemCode;
  params?: { [name: string]: string | number | readonly string[] };
}
