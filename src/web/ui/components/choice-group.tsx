import type { Html } from '#jsx/jsx-runtime';
import { type ChoiceItem, isDivider, optionIds } from './choice-option.ts';
import { fieldIds, HintAndError } from './field-frame.tsx';
import { describedBy } from './field-id.ts';
import type { GroupFieldProps } from './field-props.ts';
import { Fieldset } from './fieldset.tsx';
import { FormGroup } from './form-group.tsx';

export interface ChoiceGroupProps extends GroupFieldProps {
  kind: 'radios' | 'checkboxes';
  items: readonly ChoiceItem[];
  isChecked: (value: string) => boolean;
  inline?: boolean;
  small?: boolean;
}

/**
 * Shared markup of Radios and Checkboxes (govuk-frontend's, item for item):
 * a fieldset whose legend is the question, the hint and error read with it,
 * then the options, each with its own label and optional hint.
 */
export function ChoiceGroup(props: ChoiceGroupProps): Html {
  const { t, kind } = props;
  const own = fieldIds(props);
  const { id, hintId, errorId } = own;
  const ids = optionIds(id, props.items);
  const type = kind === 'radios' ? 'radio' : 'checkbox';
  const classes = [
    `govuk-${kind}`,
    props.inline && `govuk-${kind}--inline`,
    props.small && `govuk-${kind}--small`,
  ].filter(Boolean);
  const module = kind === 'radios' ? 'govuk-radios' : 'govuk-checkboxes';
  return (
    <FormGroup error={Boolean(props.error)}>
      <Fieldset
        t={t}
        legend={props.legend}
        legendSize={props.legendSize}
        isPageHeading={props.isPageHeading}
        requirement={props.requirement}
        describedBy={describedBy(hintId, errorId)}
      >
        <HintAndError t={t} ids={own} hint={props.hint} error={props.error} />
        <div class={classes.join(' ')} data-module={module}>
          {props.items.map((item, i) => {
            if (isDivider(item)) return <div class={`govuk-${kind}__divider`}>{t.t('components.or')}</div>;
            const itemId = ids[i] ?? `${id}-${i + 1}`;
            const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
            const checked = props.isChecked(item.value);
            const conditionalId = item.conditional ? `conditional-${itemId}` : undefined;
            return (
              <>
                <div class={`govuk-${kind}__item`}>
                  <input
                    class={`govuk-${kind}__input`}
                    id={itemId}
                    name={props.name}
                    type={type}
                    value={item.value}
                    checked={checked}
                    disabled={item.disabled}
                    data-aria-controls={conditionalId}
                    data-behaviour={kind === 'checkboxes' && item.exclusive ? 'exclusive' : undefined}
                    aria-describedby={itemHintId}
                  />
                  <label class={`govuk-label govuk-${kind}__label`} for={itemId}>
                    {item.label}
                  </label>
                  {item.hint ? (
                    <div id={itemHintId} class={`govuk-hint govuk-${kind}__hint`}>
                      {item.hint}
                    </div>
                  ) : null}
                </div>
                {item.conditional ? (
                  <div
                    class={
                      checked
                        ? `govuk-${kind}__conditional`
                        : `govuk-${kind}__conditional govuk-${kind}__conditional--hidden`
                    }
                    id={conditionalId}
                  >
                    {item.conditional}
                  </div>
                ) : null}
              </>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
