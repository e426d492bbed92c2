import type { Html } from '#jsx/jsx-runtime';
import { Checkboxes } from '../../../ui/components/index.ts';
import { FILE_TYPES } from '../question-form.ts';
import { type SettingsProps, settingFields } from './fields.tsx';

/** A file upload: accepted types, largest size, how many files. */
export function FileSettings(props: SettingsProps): Html {
  const { t, form } = props;
  const f = settingFields(props);
  return (
    <>
      <Checkboxes
        t={t}
        name="accept"
        legend={t.t('builderEd.field.accept')}
        legendSize="s"
        error={f.err('accept')}
        values={form.accept}
        small
        items={FILE_TYPES.map((m) => ({ value: m, label: t.t(`builderEd.mime.${m}`) }))}
      />
      {f.num('maxSizeMb', t.t('builderEd.field.maxSizeMb'), t.t('builderEd.field.maxSizeMbHint'))}
      {f.num('maxFiles', t.t('builderEd.field.maxFiles'), t.t('builderEd.field.maxFilesHint'))}
    </>
  );
}
