import type { Html } from '#jsx/jsx-runtime';
import type { GroupQuestion } from '../../../domain/forms/definition.ts';
import { Button } from '../components/button.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { describedBy, fieldId } from '../components/field-id.ts';
import { Fieldset } from '../components/fieldset.tsx';
import { FormGroup } from '../components/form-group.tsx';
import { Hint } from '../components/hint.tsx';
import { VisuallyHidden } from '../components/visually-hidden.tsx';
import { groupRowCount, maxRowsOf } from './group-rows.ts';
import { LocalText, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, requirementOf } from './render-props.ts';

/** The form post that adds a row: `addRow=<key>` (the engine does not read it; the page does). */
export const ADD_ROW_FIELD = 'addRow';

/**
 * A repeating group as a fieldset per row ("Rad 1", "Rad 2" …), the cells
 * drawn by their own types' renderers as `q.<key>.<row>.<column>`. Without
 * JavaScript: "Ta bort rad" posts `q.<key>.removeRow=<row>`, which the engine
 * applies; "Lägg till rad" posts `addRow=<key>`, and the page shows the step
 * again with a blank row (see `withAddedRow`). Problems with the whole group
 * (too few rows) show above the rows.
 */
export function GroupField(props: RenderProps<GroupQuestion>): Html {
  const { ctx, question: q, name, errors } = props;
  const { t } = ctx;
  const id = fieldId(name);
  const rows = groupRowCount(q, name, ctx.raw, errors);
  const max = maxRowsOf(q);
  const hint = localTextOrNull(q.hint, ctx.lang, ctx.t.lang);
  const hintId = hint ? `${id}-hint` : undefined;
  const groupError = firstMessage(
    ctx,
    errors.filter((e) => e.column === undefined),
  );
  const errorId = groupError ? `${id}-error` : undefined;
  return (
    <FormGroup error={Boolean(groupError)}>
      <Fieldset
        t={t}
        legend={<LocalText text={q.label} lang={ctx.lang} page={ctx.t.lang} />}
        legendSize={props.labelSize}
        isPageHeading={props.isPageHeading}
        requirement={requirementOf(props.required)}
        describedBy={describedBy(hintId, errorId)}
      >
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {groupError ? (
          <ErrorMessage t={t} id={errorId}>
            {groupError}
          </ErrorMessage>
        ) : null}
        {Array.from({ length: rows }, (_, row) => (
          <fieldset class="govuk-fieldset ingang-group-row govuk-!-margin-bottom-6">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
              {t.t('questions.group.row', { row: row + 1 })}
            </legend>
            {q.questions.map((cell) =>
              ctx.renderField({
                ctx,
                question: cell,
                name: `${name}.${row}.${cell.key}`,
                errors: errors.filter((e) => e.row === row && e.column === cell.key),
                required: cell.required,
                isPageHeading: false,
                labelSize: undefined,
                files: [],
                computedValue: undefined,
              }),
            )}
            {rows > 1 ? (
              <Button variant="secondary" name={`${name}.removeRow`} value={String(row)}>
                {t.t('questions.group.removeRow')}
                <VisuallyHidden> {row + 1}</VisuallyHidden>
              </Button>
            ) : null}
          </fieldset>
        ))}
        {rows < max ? (
          <Button variant="secondary" name={ADD_ROW_FIELD} value={q.key}>
            {t.t('questions.group.addRow')}
          </Button>
        ) : (
          <p class="govuk-body">{t.t('questions.group.maxRowsReached', { max })}</p>
        )}
      </Fieldset>
    </FormGroup>
  );
}
