import type { Html } from '#jsx/jsx-runtime';
import type { AnswerValue, FileRef, RawFields } from '../../../domain/forms/answers.ts';
import type { Question } from '../../../domain/forms/definition.ts';
import type { FieldError } from '../../../domain/forms/errors.ts';
import { FIELD_PREFIX } from '../../../domain/forms/plan.ts';
import { InlineHelp } from '../components/inline-help.tsx';
import type { Translator } from '../i18n/translator.ts';
import { errorMessage } from './error-messages.ts';
import { LocalText } from './local-text.tsx';
import { questionAnchor } from './question-anchor.ts';
import { rendererFor } from './registry.ts';
import type { RenderContext, RenderProps } from './render-props.ts';

export interface QuestionFieldProps {
  t: Translator;
  /** The language to show the e-service's texts in (missing ones fall back to Swedish, marked lang="sv"). */
  lang: string;
  question: Question;
  /** The fields' values: `rawForStep` on GET, the engine's `raw` after a post. */
  raw: RawFields;
  /** The engine's errors for this question. */
  errors: readonly FieldError[];
  /** Files already uploaded (file questions): the stored answer. */
  files?: readonly FileRef[];
  /** The current value of a computed question (`evaluation.answers[key]`). */
  computedValue?: AnswerValue;
  /**
   * Whether an answer is needed now: `evaluation.required.has(key)`. Defaults
   * to the definition's `required`, which misses `requiredWhen`.
   */
  required?: boolean;
  /** The label or legend is the page's <h1> (a step with one question). */
  isPageHeading?: boolean;
  /**
   * Not needed: every button here submits the page's own form, which carries
   * the token. Accepted so a page may pass its context through unchanged.
   */
  csrfToken?: string;
}

/** A field of any type, with its help folded out below it. Group cells come through here too. */
function renderField(props: RenderProps<Question>): Html {
  const q = props.question;
  const field = rendererFor(q)(props);
  if (!q.help) return field;
  return (
    <>
      {field}
      <InlineHelp summary={props.ctx.t.t('questions.help')}>
        <LocalText text={q.help} lang={props.ctx.lang} page={props.ctx.t.lang} />
      </InlineHelp>
    </>
  );
}

/**
 * One question of a step as accessible form fields (govuk-frontend markup),
 * named exactly as the engine reads them (`q.<key>`, `q.<key>.<part>`,
 * `q.<key>.<row>.<column>`), showing again what `raw` holds, with the
 * engine's errors inline. Each control's id is `fieldId(<its field name>)`,
 * which the error summary from `toSummaryErrors` links to.
 */
export function QuestionField(props: QuestionFieldProps): Html {
  const { t, lang, question } = props;
  const ctx: RenderContext = {
    t,
    lang,
    raw: props.raw,
    message: (e) => errorMessage(t, lang, question, e),
    renderField,
  };
  const isPageHeading = props.isPageHeading ?? false;
  return (
    <div class="ingang-question" data-question={question.key} id={questionAnchor(question.key)}>
      {renderField({
        ctx,
        question,
        name: FIELD_PREFIX + question.key,
        errors: props.errors,
        required: props.required ?? ('required' in question && question.required),
        isPageHeading,
        labelSize: isPageHeading ? undefined : 's',
        files: props.files ?? [],
        computedValue: props.computedValue,
      })}
    </div>
  );
}
