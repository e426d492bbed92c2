import type { Html } from '#jsx/jsx-runtime';
import type { ColourRow } from '../../../domain/builder/settings/colours.ts';
import { TAG_COLOURS } from '../../../domain/builder/settings/common.ts';
import type { StatusRow } from '../../../domain/builder/settings/statuses.ts';
import { INITIAL_STATUS, STANDARD_STATUSES } from '../../../domain/cases/statuses.ts';
import type { EServiceSettings } from '../../../services/builder/handling-settings.ts';
import {
  Button,
  Checkboxes,
  errorFor,
  type FieldError,
  Fieldset,
  Form,
  Select,
  TextInput,
} from '../../ui/components/index.ts';
import type { MessageKey, Translator } from '../../ui/i18n/translator.ts';
import type { PageContext } from '../../ui/page-context.ts';
import { ListForm, RowButtons, SettingsPage, settingsHref } from './settings-layout.tsx';

const colourOptions = (t: Translator) =>
  TAG_COLOURS.map((c) => ({ value: c, text: t.t(`builderSettings.colour.${c}` as MessageKey) }));

/** /installningar/statusar — the status set, edited as a list form. */
export function StatusesPage(props: {
  ctx: PageContext;
  settings: EServiceSettings;
  rows: readonly StatusRow[];
  errors: readonly FieldError[];
  unsaved: boolean;
}): Html {
  const { ctx, settings, rows, errors } = props;
  const t = ctx.t;
  const action = settingsHref(ctx, settings.eServiceId, '/statusar');
  const standardNames = STANDARD_STATUSES.map((s) => s.name[ctx.lang] || s.name.sv).join(', ');
  return (
    <SettingsPage
      ctx={ctx}
      settings={settings}
      title={t.t('builderSettings.statuses.title')}
      errors={errors}
      unsaved={props.unsaved}
    >
      <p class="govuk-body">{t.t('builderSettings.statuses.lead')}</p>
      {settings.standardStatuses ? (
        <p class="govuk-body">{t.t('builderSettings.statuses.standardNow')}</p>
      ) : null}
      <ListForm
        ctx={ctx}
        action={action}
        rows={rows.length}
        add={{ label: t.t('builderSettings.statuses.add'), shown: true }}
      >
        <div id="statuses" tabindex="-1">
          {rows.map((r, i) => {
            const heading = t.t('builderSettings.statuses.heading', { row: String(i + 1) });
            const context = r.sv ? `${heading} (${r.sv})` : heading;
            const count = r.key ? (settings.casesInStatus.get(r.key) ?? 0) : 0;
            const flags = [
              r.applicantMayEdit ? 'applicantMayEdit' : '',
              r.mayDelete ? 'mayDelete' : '',
              r.closed ? 'closed' : '',
            ].filter(Boolean);
            return (
              <Fieldset legend={context} legendSize="m" class="govuk-!-margin-bottom-6">
                <input type="hidden" name={`s.${i}.key`} value={r.key} />
                {r.key === INITIAL_STATUS ? (
                  <p class="govuk-body">{t.t('builderSettings.statuses.initial')}</p>
                ) : null}
                {r.key ? (
                  <p class="govuk-body">{t.t('builderSettings.statuses.cases', { count: String(count) })}</p>
                ) : null}
                <TextInput
                  t={t}
                  name={`s.${i}.sv`}
                  label={t.t('builderSettings.statuses.sv')}
                  value={r.sv}
                  width={30}
                  error={errorFor(errors, `s.${i}.sv`)}
                  requirement="required"
                />
                <TextInput
                  t={t}
                  name={`s.${i}.en`}
                  label={t.t('builderSettings.statuses.en')}
                  value={r.en}
                  width={30}
                  error={errorFor(errors, `s.${i}.en`)}
                />
                <Select
                  t={t}
                  name={`s.${i}.colour`}
                  label={t.t('builderSettings.statuses.colour')}
                  options={colourOptions(t)}
                  value={r.colour}
                  error={errorFor(errors, `s.${i}.colour`)}
                />
                <Checkboxes
                  t={t}
                  name={`s.${i}.flags`}
                  legend={t.t('builderSettings.statuses.flags')}
                  legendSize="s"
                  small
                  values={flags}
                  items={[
                    { value: 'applicantMayEdit', label: t.t('builderSettings.statuses.applicantMayEdit') },
                    { value: 'mayDelete', label: t.t('builderSettings.statuses.mayDelete') },
                    { value: 'closed', label: t.t('builderSettings.statuses.closed') },
                  ]}
                />
                <RowButtons
                  t={t}
                  index={i}
                  count={rows.length}
                  context={context}
                  removable={r.key !== INITIAL_STATUS}
                />
              </Fieldset>
            );
          })}
        </div>
      </ListForm>
      {settings.standardStatuses ? null : (
        <>
          <h2 class="govuk-heading-m">{t.t('builderSettings.statuses.standard')}</h2>
          <p class="govuk-body">{t.t('builderSettings.statuses.standardLead', { names: standardNames })}</p>
          <Form ctx={ctx} action={`${action}/standard`}>
            <Button variant="secondary">{t.t('builderSettings.statuses.standard')}</Button>
          </Form>
        </>
      )}
    </SettingsPage>
  );
}

/** /installningar/farger — colour labels and their meanings. */
export function ColoursPage(props: {
  ctx: PageContext;
  settings: EServiceSettings;
  rows: readonly ColourRow[];
  errors: readonly FieldError[];
  unsaved: boolean;
}): Html {
  const { ctx, settings, rows, errors } = props;
  const t = ctx.t;
  return (
    <SettingsPage
      ctx={ctx}
      settings={settings}
      title={t.t('builderSettings.colours.title')}
      errors={errors}
      unsaved={props.unsaved}
    >
      <p class="govuk-body">{t.t('builderSettings.colours.lead')}</p>
      <ListForm
        ctx={ctx}
        action={settingsHref(ctx, settings.eServiceId, '/farger')}
        rows={rows.length}
        add={{ label: t.t('builderSettings.colours.add'), shown: rows.length < TAG_COLOURS.length }}
      >
        <div id="colours" tabindex="-1">
          {rows.length === 0 ? <p class="govuk-body">{t.t('builderSettings.colours.empty')}</p> : null}
          {rows.map((r, i) => {
            const heading = t.t('builderSettings.colours.heading', { row: String(i + 1) });
            const context = r.sv ? `${heading} (${r.sv})` : heading;
            return (
              <Fieldset legend={context} legendSize="m" class="govuk-!-margin-bottom-6">
                <Select
                  t={t}
                  name={`c.${i}.colour`}
                  label={t.t('builderSettings.colours.colour')}
                  options={colourOptions(t)}
                  value={r.colour}
                  error={errorFor(errors, `c.${i}.colour`)}
                />
                <TextInput
                  t={t}
                  name={`c.${i}.sv`}
                  label={t.t('builderSettings.colours.sv')}
                  value={r.sv}
                  width={30}
                  error={errorFor(errors, `c.${i}.sv`)}
                  requirement="required"
                />
                <TextInput
                  t={t}
                  name={`c.${i}.en`}
                  label={t.t('builderSettings.colours.en')}
                  value={r.en}
                  width={30}
                  error={errorFor(errors, `c.${i}.en`)}
                />
                <RowButtons t={t} index={i} count={rows.length} context={context} />
              </Fieldset>
            );
          })}
        </div>
      </ListForm>
    </SettingsPage>
  );
}
