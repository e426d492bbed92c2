import type { Html } from '#jsx/jsx-runtime';
import { Radios } from '../../../ui/components/index.ts';
import { type SettingsProps, settingFields } from './fields.tsx';

/** An information text: its body. */
export function InfoSettings(props: SettingsProps): Html {
  return settingFields(props).textarea('text', props.t.t('builderEd.field.infoText'), {
    rows: 6,
    requirement: 'required',
  });
}

/** A computed value: how it is shown (number or currency), decimals, unit. */
export function ComputedSettings(props: SettingsProps): Html {
  const t = props.t;
  const f = settingFields(props);
  return (
    <>
      <Radios
        t={t}
        name="format"
        legend={t.t('builderEd.field.format')}
        legendSize="s"
        value={f.v('format')}
        error={f.err('format')}
        items={[
          { value: 'number', label: t.t('builderEd.field.formatNumber') },
          { value: 'currency', label: t.t('builderEd.field.formatCurrency') },
        ]}
      />
      {f.num('decimals', t.t('builderEd.field.decimals'), t.t('builderEd.field.decimalsHint'))}
      {f.text('unit', t.t('builderEd.field.unit'), {
        hint: t.t('builderEd.field.unitComputedHint'),
        width: 10,
      })}
    </>
  );
}
