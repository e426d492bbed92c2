import type { Html } from '#jsx/jsx-runtime';
import { Flag, Flags, type SettingsProps, settingFields } from './fields.tsx';

/** A number: bounds, whole numbers only, unit. */
export function NumberSettings(props: SettingsProps): Html {
  const t = props.t;
  const f = settingFields(props);
  return (
    <>
      {f.num('min', t.t('builderEd.field.min'))}
      {f.num('max', t.t('builderEd.field.max'))}
      <Flags legend={t.t('builderEd.field.numberFlags')}>
        <Flag name="integer" label={t.t('builderEd.field.integer')} checked={f.checked('integer')} />
      </Flags>
      {f.text('unit', t.t('builderEd.field.unit'), { hint: t.t('builderEd.field.unitHint'), width: 10 })}
    </>
  );
}

/** A date: earliest and latest, as dates or relative to today. */
export function DateSettings(props: SettingsProps): Html {
  const t = props.t;
  const f = settingFields(props);
  const bound = (name: 'min' | 'max', label: string) =>
    f.text(name, label, { hint: t.t('builderEd.field.dateBoundHint'), width: 10, spellcheck: false });
  return (
    <>
      <p class="govuk-body">{t.t('builderEd.field.dateBoundHelp')}</p>
      {bound('min', t.t('builderEd.field.dateMin'))}
      {bound('max', t.t('builderEd.field.dateMax'))}
    </>
  );
}
