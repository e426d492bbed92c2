import type { Html } from '#jsx/jsx-runtime';
import { CONTACT_FIELDS } from '../../../../domain/forms/definition.ts';
import { Radios } from '../../../ui/components/index.ts';
import { Flag, Flags, type SettingsProps, settingFields } from './fields.tsx';

/** Contact details: which fields are asked (required, optional, not at all), prefilled from the login. */
export function ContactSettings(props: SettingsProps): Html {
  const t = props.t;
  const f = settingFields(props);
  return (
    <>
      {CONTACT_FIELDS.map((c) => (
        <Radios
          t={t}
          name={`contact.${c}`}
          legend={t.t(`builderEd.contact.${c}`)}
          legendSize="s"
          inline
          small
          value={f.v(`contact.${c}`) || 'no'}
          error={f.err(`contact.${c}`)}
          items={[
            { value: 'required', label: t.t('builderEd.contact.required') },
            { value: 'optional', label: t.t('builderEd.contact.optional') },
            { value: 'no', label: t.t('builderEd.contact.no') },
          ]}
        />
      ))}
      <Flags legend={t.t('builderEd.field.prefillLegend')}>
        <Flag name="prefill" label={t.t('builderEd.field.prefillContact')} checked={f.checked('prefill')} />
      </Flags>
    </>
  );
}

/** A personal identity number: samordningsnummer allowed, prefilled from the login. */
export function PersonnummerSettings(props: SettingsProps): Html {
  const t = props.t;
  const f = settingFields(props);
  return (
    <Flags legend={t.t('builderEd.field.pnrFlags')}>
      <Flag
        name="allowSamordningsnummer"
        label={t.t('builderEd.field.allowSamordningsnummer')}
        checked={f.checked('allowSamordningsnummer')}
      />
      <Flag name="prefill" label={t.t('builderEd.field.prefillPnr')} checked={f.checked('prefill')} />
    </Flags>
  );
}

/** An organisation number: sole traders' personal numbers allowed. */
export function OrgnrSettings(props: SettingsProps): Html {
  const t = props.t;
  const f = settingFields(props);
  return (
    <Flags legend={t.t('builderEd.field.orgnrFlags')}>
      <Flag
        name="allowSoleTrader"
        label={t.t('builderEd.field.allowSoleTrader')}
        checked={f.checked('allowSoleTrader')}
      />
    </Flags>
  );
}
