import type { Html } from '#jsx/jsx-runtime';
import type { ConsentQuestion } from '../../../domain/forms/definition.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { describedBy, fieldId } from '../components/field-id.ts';
import { FormGroup } from '../components/form-group.tsx';
import { Hint } from '../components/hint.tsx';
import { RequirementMark } from '../components/requirement-mark.tsx';
import { LocalText, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, rawValue, requirementOf } from './render-props.ts';

/**
 * One box to tick ("Jag intygar att uppgifterna är riktiga"): govuk-frontend's
 * single checkbox, whose own label is the statement, so no fieldset around
 * it. It posts `yes` when ticked. Its label cannot be the page's heading.
 */
export function ConsentField({
  ctx,
  question: q,
  name,
  errors,
  required,
}: RenderProps<ConsentQuestion>): Html {
  const id = fieldId(name);
  const hint = localTextOrNull(q.hint, ctx.lang, ctx.t.lang);
  const hintId = hint ? `${id}-hint` : undefined;
  const error = firstMessage(ctx, errors);
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormGroup error={Boolean(error)}>
      {error ? (
        <ErrorMessage t={ctx.t} id={errorId}>
          {error}
        </ErrorMessage>
      ) : null}
      <div class="govuk-checkboxes" data-module="govuk-checkboxes">
        <div class="govuk-checkboxes__item">
          <input
            class="govuk-checkboxes__input"
            id={id}
            name={name}
            type="checkbox"
            value="yes"
            checked={rawValue(ctx.raw, name) !== undefined && rawValue(ctx.raw, name) !== ''}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy(hintId, errorId)}
          />
          <label class="govuk-label govuk-checkboxes__label" for={id}>
            <LocalText text={q.label} lang={ctx.lang} page={ctx.t.lang} />
            <RequirementMark t={ctx.t} requirement={requirementOf(required)} />
          </label>
          {hint ? (
            <Hint id={hintId} class="govuk-checkboxes__hint">
              {hint}
            </Hint>
          ) : null}
        </div>
      </div>
    </FormGroup>
  );
}
