import type { Html } from '#jsx/jsx-runtime';
import type { MessageKey } from '../i18n/translator.ts';
import { fieldIds, HintAndError } from './field-frame.tsx';
import { describedBy } from './field-id.ts';
import type { GroupFieldProps } from './field-props.ts';
import { Fieldset } from './fieldset.tsx';
import { FormGroup } from './form-group.tsx';

export type DatePart = 'day' | 'month' | 'year';

export interface DateInputProps extends GroupFieldProps {
  /** What was typed, part by part, shown again after a failed submit. */
  value?: Partial<Record<DatePart, string>> | null;
  /** Which parts to mark as wrong; all three when there is an error and this is not given. */
  errorParts?: readonly DatePart[];
  /** Set for a date of birth: the browser may fill it in (bday-day …). */
  birthday?: boolean;
  /**
   * '.' names the boxes `${name}.day` … (the form engine's names) and gives
   * every box, the day's too, the id `${id}-day` … (= fieldId of its own
   * name), so an error on any part can link to its box. Default '-'.
   */
  partSeparator?: '-' | '.';
}

const PARTS = [
  { part: 'day', width: 2, label: 'components.date.day' },
  { part: 'month', width: 2, label: 'components.date.month' },
  { part: 'year', width: 4, label: 'components.date.year' },
] as const satisfies readonly { part: DatePart; width: number; label: MessageKey }[];

/** Names of the three inputs: `${name}-day`, `${name}-month`, `${name}-year` (or with '.'). */
export function datePartName(name: string, part: DatePart, separator: '-' | '.' = '-'): string {
  return `${name}${separator}${part}`;
}

/**
 * Day, month and year in three boxes (govuk-frontend's pattern: easier than a
 * date picker for dates people know, such as a birth date). The day box has
 * the field's id, so the error summary lands on it; the others are
 * `${id}-month` and `${id}-year`.
 */
export function DateInput(props: DateInputProps): Html {
  const { t } = props;
  const ids = fieldIds(props);
  const { id, hintId, errorId } = ids;
  const wrong = new Set<DatePart>(props.error ? (props.errorParts ?? ['day', 'month', 'year']) : []);
  return (
    <FormGroup error={Boolean(props.error)}>
      <Fieldset
        t={t}
        role="group"
        legend={props.legend}
        legendSize={props.legendSize}
        isPageHeading={props.isPageHeading}
        requirement={props.requirement}
        describedBy={describedBy(hintId, errorId)}
      >
        <HintAndError t={t} ids={ids} hint={props.hint} error={props.error} />
        <div class="govuk-date-input" id={`${id}-group`}>
          {PARTS.map(({ part, width, label }) => {
            const inputId = part === 'day' && props.partSeparator !== '.' ? id : `${id}-${part}`;
            const classes = [
              'govuk-input',
              'govuk-date-input__input',
              `govuk-input--width-${width}`,
              wrong.has(part) && 'govuk-input--error',
            ].filter(Boolean);
            return (
              <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                  <label class="govuk-label govuk-date-input__label" for={inputId}>
                    {t.t(label)}
                  </label>
                  <input
                    class={classes.join(' ')}
                    id={inputId}
                    name={datePartName(props.name, part, props.partSeparator)}
                    type="text"
                    inputmode="numeric"
                    autocomplete={props.birthday ? `bday-${part}` : undefined}
                    value={props.value?.[part] ?? undefined}
                    aria-invalid={wrong.has(part) ? 'true' : undefined}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
