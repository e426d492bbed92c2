import type { Html } from '#jsx/jsx-runtime';
import { LOGIN_REQUIREMENTS } from '../../domain/eservices/eservice.ts';
import { FieldFrame, fieldIds } from '../ui/components/field-frame.tsx';
import {
  describedBy,
  errorFor,
  type FieldError,
  Fieldset,
  Radios,
  TextInput,
} from '../ui/components/index.ts';
import type { MessageKey } from '../ui/i18n/catalogue.ts';
import type { Translator } from '../ui/i18n/translator.ts';
import {
  CREATE_LANGUAGES,
  type FormValues,
  formLanguages,
  LANG_FIELDS,
  langFieldName,
  PERSONAL_DATA_FIELDS,
  parseLangFieldName,
} from './eservice-form.ts';
import { languageName } from './translations/languages.ts';

/** Languages written right to left (Arabic and Hebrew script), so their inputs get dir="rtl". */
const RTL = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'ckb', 'he', 'yi']);

export function textDirectionOf(lang: string): 'rtl' | 'ltr' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

/** The label of a metadata form field, also used in its error messages ("Namn på arabiska"). */
export function fieldLabel(t: Translator, field: string): string {
  const lf = parseLangFieldName(field);
  if (lf && lf.lang !== 'sv' && lf.lang !== 'en') {
    return t.t(`builder.fieldIn.${lf.field}` as MessageKey, { language: languageName(lf.lang, t.lang) });
  }
  return t.t(`builder.field.${field}` as MessageKey);
}

/**
 * One text in one language: an input (or textarea) with the language's
 * `lang` and direction, so what is typed is shown and read out right.
 */
function LangTextField(props: {
  t: Translator;
  name: string;
  lang: string;
  long: boolean;
  value: string;
  error: string | undefined;
}): Html {
  const { t, name, lang } = props;
  const ids = fieldIds({ name, error: props.error });
  const common = {
    class: props.long
      ? `govuk-textarea${props.error ? ' govuk-textarea--error' : ''}`
      : `govuk-input${props.error ? ' govuk-input--error' : ''}`,
    id: ids.id,
    name,
    lang,
    dir: textDirectionOf(lang),
    'aria-invalid': props.error ? 'true' : undefined,
    'aria-describedby': describedBy(ids.hintId, ids.errorId),
  };
  return (
    <FieldFrame t={t} name={name} label={fieldLabel(t, name)} error={props.error} ids={ids}>
      {props.long ? (
        <textarea {...common} rows={5}>
          {`\n${props.value}`}
        </textarea>
      ) : (
        <input {...common} type="text" value={props.value} />
      )}
    </FieldFrame>
  );
}

/**
 * The metadata fields, shared by "create" and the e-service page; `withSlug`
 * only when creating. Each text is shown in Swedish, English and every
 * language in `offered` (the create form: Swedish and English only).
 */
export function EServiceFields(props: {
  t: Translator;
  values: FormValues;
  errors: readonly FieldError[];
  withSlug: boolean;
  offered?: readonly string[];
}): Html {
  const { t, values, errors } = props;
  const langs = formLanguages(props.offered ?? CREATE_LANGUAGES);
  const text = (name: string, type: 'email' | 'tel') => (
    <TextInput
      t={t}
      name={name}
      type={type}
      label={fieldLabel(t, name)}
      value={values[name] ?? ''}
      error={errorFor(errors, name)}
    />
  );
  const inLanguages = (field: string, long: boolean) =>
    langs.map((lang) => {
      const name = langFieldName(field, lang);
      return (
        <LangTextField
          t={t}
          name={name}
          lang={lang}
          long={long}
          value={values[name] ?? ''}
          error={errorFor(errors, name)}
        />
      );
    });
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
        {LANG_FIELDS.filter((f) => f.name !== 'contactUnit' && !(f.editOnly && props.withSlug)).flatMap((f) =>
          inLanguages(f.name, f.long),
        )}
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
        {inLanguages('contactUnit', false)}
        {text('contactEmail', 'email')}
        {text('contactPhone', 'tel')}
      </Fieldset>
      <Fieldset legend={t.t('builder.section.personalData')} legendSize="m">
        <p class="govuk-body">{t.t('builder.section.personalDataHint')}</p>
        {PERSONAL_DATA_FIELDS.flatMap((f) => inLanguages(f, true))}
      </Fieldset>
    </>
  );
}
