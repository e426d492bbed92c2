/**
 * What each question type knows about itself. One file per type implements
 * this; `registry.ts` maps type names to implementations.
 */
import type { IsoDate } from '../../identity-numbers/calendar.ts';
import type { AnswerValue, FileRef, PostedFields, RawFields } from '../answers.ts';
import type { Question } from '../definition.ts';
import type { Issue } from '../errors.ts';
import type { ObjectReader } from '../schema/reader.ts';

export interface ReadInput {
  posted: PostedFields;
  /** Base field name: `q.<key>`, or `q.<key>.<row>.<column>` in a group. */
  name: string;
  /** The stored answer before this post (a file question keeps earlier uploads). */
  current: AnswerValue | undefined;
  /** Files the service stored for this question from this post. */
  uploads: readonly FileRef[];
  today: IsoDate;
}

export interface ReadResult {
  /** What the user sent, by field name, to put back in the fields. */
  raw: RawFields;
  /** The answer; `undefined` when nothing was entered or the input is not valid. */
  value: AnswerValue | undefined;
  issues: Issue[];
  /** Uploads refused for type, size or count: the service should delete them. */
  rejectedFiles?: FileRef[];
}

export interface CheckContext {
  /** Base field name, for the `field` of issues. */
  name: string;
  today: IsoDate;
}

/** The few words answers need that are not in the definition; the web layer passes them translated. */
export interface AnswerTexts {
  yes: string;
  no: string;
  /** Shown for a ticked consent box, e.g. "Godkänt". */
  consented: string;
}

export interface FormatOptions {
  lang: string;
  texts: AnswerTexts;
}

/** One line, or several (a list of choices, files, address lines, group rows). */
export type Formatted = string | string[];

export type HandlerKind =
  /** The user answers it. */
  | 'input'
  /** Shows information; has no answer. */
  | 'display'
  /** Calculated from other answers; never posted. */
  | 'computed';

export interface QuestionHandler<Q extends Question> {
  readonly type: Q['type'];
  readonly kind: HandlerKind;
  /** Builds the typed question from definition JSON; `r` already read `type`. */
  readQuestion(r: ObjectReader): Q;
  /** Whether `q.<key>` + (`.` + suffix, or nothing when suffix is '') is one of this question's fields. */
  acceptsField(q: Q, suffix: string): boolean;
  /** Posted fields -> answer, parse issues and raw input. */
  read(q: Q, input: ReadInput): ReadResult;
  /**
   * Rules on an answer, which may come from storage or the API and so is
   * checked for shape too (`invalidValue`). Required-ness is not checked here.
   */
  check(q: Q, value: AnswerValue, ctx: CheckContext): Issue[];
  /** Whether `value` counts as no answer (for `required`). */
  isEmpty(q: Q, value: AnswerValue | undefined): boolean;
  /** The issues for a required question left empty (one per field to fill in). */
  requiredIssues(q: Q, name: string): Issue[];
  /** A stored answer as field values, to show it in the form again. */
  toRaw(q: Q, value: AnswerValue, name: string): RawFields;
  format(q: Q, value: AnswerValue, opts: FormatOptions): Formatted;
}
