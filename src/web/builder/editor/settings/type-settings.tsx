import type { Html } from '#jsx/jsx-runtime';
import { typeName } from '../structure-page.tsx';
import { ChoiceSettings } from './choice-settings.tsx';
import type { SettingsProps } from './fields.tsx';
import { FileSettings } from './file-settings.tsx';
import { GroupSettings } from './group-settings.tsx';
import { ContactSettings, OrgnrSettings, PersonnummerSettings } from './identity-settings.tsx';
import { ComputedSettings, InfoSettings } from './info-computed-settings.tsx';
import { DateSettings, NumberSettings } from './number-date-settings.tsx';
import { TextareaSettings, TextSettings } from './text-settings.tsx';

/** The settings fieldset of each question type that has settings of its own. */
const BY_TYPE: Partial<Record<SettingsProps['q']['type'], (props: SettingsProps) => Html>> = {
  text: TextSettings,
  textarea: TextareaSettings,
  number: NumberSettings,
  date: DateSettings,
  radio: ChoiceSettings,
  checkbox: ChoiceSettings,
  select: ChoiceSettings,
  file: FileSettings,
  contact: ContactSettings,
  personnummer: PersonnummerSettings,
  orgnr: OrgnrSettings,
  group: GroupSettings,
  info: InfoSettings,
  computed: ComputedSettings,
};

/** "Settings for <type>" and the settings of the question's type (or a line saying there are none). */
export function TypeSettings(props: SettingsProps): Html {
  const { t, q } = props;
  const Settings = BY_TYPE[q.type];
  return (
    <>
      <h2 class="govuk-heading-m">{t.t('builderEd.settings.heading', { type: typeName(t, q.type) })}</h2>
      {Settings ? <Settings {...props} /> : <p class="govuk-body">{t.t('builderEd.settings.none')}</p>}
    </>
  );
}
