import type { Html } from '#jsx/jsx-runtime';
import { errorFor, TextInput, type TextInputProps } from '../../../ui/components/index.ts';
import { optionField } from '../question-form.ts';
import { RowFlag, type SettingsProps } from './fields.tsx';
import { RowList } from './row-list.tsx';

/** Radio buttons, check boxes, a drop-down: the options, each with value, text and hint. */
export function ChoiceSettings(props: SettingsProps): Html {
  const { t, form, errors } = props;
  const checkbox = props.q.type === 'checkbox';
  const input = (
    i: number,
    part: 'label' | 'value' | 'hint',
    value: string,
    label: string,
    extra: Pick<TextInputProps, 'hint' | 'width' | 'spellcheck'> = {},
  ) => (
    <TextInput
      t={t}
      name={optionField(i, part)}
      label={label}
      value={value}
      error={errorFor(errors, optionField(i, part))}
      {...extra}
    />
  );
  return (
    <RowList
      t={t}
      area="builderEd.options"
      rows={form.options}
      actions={{ up: 'optionUp', down: 'optionDown', remove: 'removeOption', add: 'addOption' }}
      row={(o, i) => [
        input(i, 'label', o.label, t.t('builderEd.options.label')),
        input(i, 'value', o.value, t.t('builderEd.options.value'), {
          hint: t.t('builderEd.options.valueHint'),
          width: 20,
          spellcheck: false,
        }),
        input(i, 'hint', o.hint, t.t('builderEd.options.hint')),
        checkbox ? (
          <RowFlag
            name={optionField(i, 'exclusive')}
            label={t.t('builderEd.options.exclusive')}
            checked={o.exclusive}
          />
        ) : null,
      ]}
    />
  );
}
