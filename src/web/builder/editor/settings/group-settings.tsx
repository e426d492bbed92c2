import type { Html } from '#jsx/jsx-runtime';
import { GROUP_CELL_TYPES } from '../../../../domain/forms/definition.ts';
import { errorFor, Select, Textarea, TextInput, VisuallyHidden } from '../../../ui/components/index.ts';
import { columnAnchor } from '../editor-links.ts';
import { columnField } from '../question-form.ts';
import { typeName } from '../structure-page.tsx';
import { RowFlag, type SettingsProps, settingFields } from './fields.tsx';
import { RowList } from './row-list.tsx';

const CHOICE_TYPES = new Set(['radio', 'checkbox', 'select']);

/** A repeating group (a table): its columns, then the fewest and most rows. */
export function GroupSettings(props: SettingsProps): Html {
  const { t, form, errors } = props;
  const f = settingFields(props);
  const err = (i: number, part: Parameters<typeof columnField>[1]) => errorFor(errors, columnField(i, part));
  const saved = props.q.type === 'group' ? props.q.questions : [];
  const href = props.columnHref;
  return (
    <>
      <RowList
        t={t}
        area="builderEd.columns"
        rows={form.columns}
        actions={{ up: 'columnUp', down: 'columnDown', remove: 'removeColumn', add: 'addColumn' }}
        row={(c, i) => [
          <input type="hidden" name={columnField(i, 'id')} value={c.id} />,
          <TextInput
            t={t}
            name={columnField(i, 'label')}
            label={t.t('builderEd.columns.label')}
            value={c.label}
            error={err(i, 'label')}
          />,
          <TextInput
            t={t}
            name={columnField(i, 'key')}
            label={t.t('builderEd.columns.key')}
            hint={t.t('builderEd.columns.keyHint')}
            value={c.key}
            error={err(i, 'key')}
            width={20}
            spellcheck={false}
          />,
          <Select
            t={t}
            name={columnField(i, 'type')}
            label={t.t('builderEd.columns.type')}
            value={c.type}
            error={err(i, 'type')}
            options={GROUP_CELL_TYPES.map((type) => ({ value: type, text: typeName(t, type) }))}
          />,
          CHOICE_TYPES.has(c.type) ? (
            <Textarea
              t={t}
              name={columnField(i, 'options')}
              label={t.t('builderEd.columns.options')}
              hint={t.t('builderEd.columns.optionsHint')}
              value={c.options}
              error={err(i, 'options')}
              rows={4}
              spellcheck={false}
            />
          ) : null,
          <RowFlag
            name={columnField(i, 'required')}
            label={t.t('builderEd.columns.required')}
            checked={c.required}
          />,
          href && saved.some((s) => s.id === c.id) ? (
            <p class="govuk-body" id={columnAnchor(c.id)}>
              <a class="govuk-link" href={href(c.id)}>
                {t.t('builderEd.columns.settingsLink')}{' '}
                <VisuallyHidden>{t.t('builderEd.columns.settingsContext', { name: c.label })}</VisuallyHidden>
              </a>
            </p>
          ) : null,
        ]}
      />
      {f.num('minRows', t.t('builderEd.field.minRows'))}
      {f.num('maxRows', t.t('builderEd.field.maxRows'), t.t('builderEd.field.maxRowsHint'))}
    </>
  );
}
