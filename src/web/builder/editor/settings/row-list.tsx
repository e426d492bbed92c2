import type { Html } from '#jsx/jsx-runtime';
import { Button, Fieldset } from '../../../ui/components/index.ts';
import type { Translator } from '../../../ui/i18n/translator.ts';
import { RowButtons } from './fields.tsx';

/**
 * A list of rows edited with buttons (a choice's options, a group's columns):
 * each row a numbered fieldset with up, down and remove, and an add button
 * below. `area` is the message prefix (`builderEd.options` …) for the lead,
 * legend, context and add texts; `add` the add button's action and id.
 */
export function RowList<T>(props: {
  t: Translator;
  area: 'builderEd.options' | 'builderEd.columns';
  rows: readonly T[];
  actions: { up: string; down: string; remove: string; add: string };
  row: (row: T, i: number) => Html | (Html | null)[];
}): Html {
  const { t, area, rows, actions } = props;
  const text = (part: 'lead' | 'legend' | 'context' | 'add', number?: string) =>
    t.t(`${area}.${part}` as const, number === undefined ? {} : { number });
  return (
    <div class="govuk-form-group">
      <p class="govuk-body">{text('lead')}</p>
      <ol class="govuk-list">
        {rows.map((r, i) => {
          const n = String(i + 1);
          return (
            <li>
              <Fieldset legend={text('legend', n)} legendSize="s">
                {props.row(r, i)}
                <RowButtons t={t} i={i} count={rows.length} actions={actions} context={text('context', n)} />
              </Fieldset>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" name="action" value={actions.add} id={actions.add}>
        {text('add')}
      </Button>
    </div>
  );
}
