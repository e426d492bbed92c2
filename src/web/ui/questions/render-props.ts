/**
 * What every question renderer gets. One renderer per question type (one
 * file each in this folder), picked by `registry.ts`; group cells use the
 * same renderers with a cell's field name.
 */
import type { Html } from '#jsx/jsx-runtime';
import type { AnswerValue, FileRef, RawFields } from '../../../domain/forms/answers.ts';
import type { Question } from '../../../domain/forms/definition.ts';
import type { FieldError } from '../../../domain/forms/errors.ts';
import type { Requirement, TextSize } from '../components/types.ts';
import type { Translator } from '../i18n/translator.ts';

/** Shared by every field of one question (and its group cells). */
export interface RenderContext {
  t: Translator;
  /** The language e-service texts are shown in. */
  lang: string;
  /** What to show in the fields, by field name (the engine's `raw`). */
  raw: RawFields;
  /** An engine error as text in the reader's language. */
  message: (e: FieldError) => string;
  /** Renders a field of any type: how a group draws its cells. */
  renderField: (props: RenderProps<Question>) => Html;
}

export interface RenderProps<Q extends Question> {
  ctx: RenderContext;
  question: Q;
  /** Base field name: `q.<key>`, or `q.<key>.<row>.<column>` for a group cell. */
  name: string;
  /** The engine's errors for this question (for a cell: this cell's). */
  errors: readonly FieldError[];
  /** Whether an answer is needed now; optional questions are marked in words. */
  required: boolean;
  /** The label or legend is the page's <h1>. */
  isPageHeading: boolean;
  /** Questions read bold ('s') among their parts and cells (regular); the page heading 'l'. */
  labelSize: TextSize | undefined;
  /** Files already uploaded (file questions). */
  files: readonly FileRef[];
  /** The current value (computed questions). */
  computedValue: AnswerValue | undefined;
}

export type QuestionRenderer<Q extends Question> = (props: RenderProps<Q>) => Html;

/** GOV.UK marks only the optional questions, "(valfritt)", and says so once at the top. */
export function requirementOf(required: boolean): Requirement | undefined {
  return required ? undefined : 'optional';
}

/** One value to show in a field (the first, if the name was repeated). */
export function rawValue(raw: RawFields, name: string): string | undefined {
  const v = raw[name];
  return typeof v === 'string' ? v : v?.[0];
}

/** Every value of a repeated name (checkboxes). */
export function rawValues(raw: RawFields, name: string): string[] {
  const v = raw[name];
  return v === undefined ? [] : typeof v === 'string' ? [v] : v;
}

/** The message of the first error (one message per field, as GOV.UK does). */
export function firstMessage(ctx: RenderContext, errors: readonly FieldError[]): string | undefined {
  const first = errors[0];
  return first ? ctx.message(first) : undefined;
}
