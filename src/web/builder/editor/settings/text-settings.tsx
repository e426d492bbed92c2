import type { Html } from '#jsx/jsx-runtime';
import { type SettingsProps, settingFields } from './fields.tsx';

/** A one-line text: length, pattern and its message, autocomplete token. */
export function TextSettings(props: SettingsProps): Html {
  const t = props.t;
  const f = settingFields(props);
  return (
    <>
      {f.num('minLength', t.t('builderEd.field.minLength'))}
      {f.num(
        'maxLength',
        t.t('builderEd.field.maxLength'),
        t.t('builderEd.field.maxLengthHint', { max: '1000' }),
      )}
      {f.text('pattern', t.t('builderEd.field.pattern'), {
        hint: t.t('builderEd.field.patternHint'),
        spellcheck: false,
      })}
      {f.text('patternMessage', t.t('builderEd.field.patternMessage'))}
      {f.text('autocomplete', t.t('builderEd.field.autocomplete'), {
        hint: t.t('builderEd.field.autocompleteHint'),
        width: 20,
        spellcheck: false,
      })}
    </>
  );
}

/** A longer text: its longest length. */
export function TextareaSettings(props: SettingsProps): Html {
  const t = props.t;
  return settingFields(props).num(
    'maxLength',
    t.t('builderEd.field.maxLength'),
    t.t('builderEd.field.maxLengthHint', { max: '20000' }),
  );
}
