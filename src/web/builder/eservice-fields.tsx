import type { Html } from '#jsx/jsx-runtime';
import { LOGIN_REQUIREMENTS } from '../../domain/eservices/eservice.ts';
import { errorFor, type FieldError, Fieldset, Radios, Textarea, TextInput } from '../ui/components/index.ts';
import type { MessageKey } from '../ui/i18n/catalogue.ts';
import type { Translator } from '../ui/i18n/translator.ts';
import { type FormValues, LANG_FIELDS, PERSONAL_DATA_FIELDS } from './eservice-form.ts';

/** The label of a metadata form field, also used in its error messages. */
export function fieldLabel(t: Translator, field: string): string {
  return t.t(`builder.field.${field}` as MessageKey);
}

/** The metadata fields, shared by "create" and the e-service page; `withSlug` only when creating. */
export function EServiceFields(props: {
  t: Translator;
  values: FormValues;
  errors: readonly FieldError[];
  withSlug: boolean;
}): Html {
  const { t, values, errors } = props;
  const text = (name: string, long = false, type?: 'email' | 'tel') =>
    long ? (
      <Textarea
        t={t}
        name={name}
        label={fieldLabel(t, name)}
        value={values[name] ?? ''}
        error={errorFor(errors, name)}
      />
    ) : (
      <TextInput
        t={t}
        name={name}
        type={type}
        label={fieldLabel(t, name)}
        value={values[name] ?? ''}
        error={errorFor(errors, name)}
      />
    );
  return (
    <>
      <Fieldset legend={t.t('builder.section.texts')} legendSize="m">
        {props.withSlug ? (
          <TextInput
            t={t}
            name="slug"
            label={t.t('builder.field.slug')}
            hint={t.t('builder.field.slugHint')}
            value={values.slug ?? ''}
            error={errorFor(errors, 'slug')}
            spellcheck={false}
          />
        ) : null}
        {LANG_FIELDS.filter((f) => f.name !== 'contactUnit').flatMap((f) => [
          text(`${f.name}Sv`, f.long),
          text(`${f.name}En`, f.long),
        ])}
      </Fieldset>
      <Radios
        t={t}
        name="loginRequirement"
        legend={t.t('builder.field.loginRequirement')}
        legendSize="m"
        error={errorFor(errors, 'loginRequirement')}
        value={values.loginRequirement ?? ''}
        items={LOGIN_REQUIREMENTS.map((l) => ({ value: l, label: t.t(`builder.login.${l}`) }))}
      />
      <Fieldset legend={t.t('builder.section.contact')} legendSize="m">
        {text('contactUnitSv')}
        {text('contactUnitEn')}
        {text('contactEmail', false, 'email')}
        {text('contactPhone', false, 'tel')}
      </Fieldset>
      <Fieldset legend={t.t('builder.section.personalData')} legendSize="m">
        <p class="govuk-body">{t.t('builder.section.personalDataHint')}</p>
        {PERSONAL_DATA_FIELDS.flatMap((f) => [text(`${f}Sv`, true), text(`${f}En`, true)])}
      </Fieldset>
    </>
  );
}
