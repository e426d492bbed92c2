/** The two settings pages that list every question: summary fields and export columns. */
import type { Children, Html } from '#jsx/jsx-runtime';
import type { ExportRow } from '../../../domain/builder/settings/columns.ts';
import { SUMMARY_MAX } from '../../../domain/builder/settings/columns.ts';
import type { EServiceSettings } from '../../../services/builder/handling-settings.ts';
import { Checkboxes, errorFor, type FieldError, Radios, TextInput } from '../../ui/components/index.ts';
import type { PageContext } from '../../ui/page-context.ts';
import { ListForm, questionLabel, RowButtons, SettingsPage, settingsHref } from './settings-layout.tsx';

/** What every settings list page is given. */
interface ListPageProps {
  ctx: PageContext;
  settings: EServiceSettings;
  errors: readonly FieldError[];
  unsaved: boolean;
}

/** A list page of questions: a note while no version has questions, else the lead and the list form. */
function QuestionListPage(props: {
  ctx: PageContext;
  settings: EServiceSettings;
  title: string;
  lead: string;
  /** The page's path below /installningar. */
  rest: string;
  rows: number;
  errors: readonly FieldError[];
  unsaved: boolean;
  children: Children;
}): Html {
  const { ctx, settings: s } = props;
  return (
    <SettingsPage ctx={ctx} settings={s} title={props.title} errors={props.errors} unsaved={props.unsaved}>
      {s.questionsVersion === null ? (
        <p class="govuk-body">{ctx.t.t('builderSettings.summary.noVersion')}</p>
      ) : (
        <>
          <p class="govuk-body">{props.lead}</p>
          <ListForm ctx={ctx} action={settingsHref(ctx, s.eServiceId, props.rest)} rows={props.rows}>
            {props.children}
          </ListForm>
        </>
      )}
    </SettingsPage>
  );
}

/** /installningar/sammanfattning — the summary fields, chosen and ordered. */
export function SummaryPage(
  props: ListPageProps & {
    /** Every question key in the order shown (the chosen first). */
    order: readonly string[];
    chosen: readonly string[];
  },
): Html {
  const { ctx, settings: s, order, errors } = props;
  const t = ctx.t;
  const label = questionLabel(s, ctx.lang);
  return (
    <QuestionListPage
      ctx={ctx}
      settings={s}
      errors={errors}
      unsaved={props.unsaved}
      title={t.t('builderSettings.summary.title')}
      lead={t.t('builderSettings.summary.lead', {
        max: String(SUMMARY_MAX),
        number: String(s.questionsVersion),
      })}
      rest="/sammanfattning"
      rows={order.length}
    >
      <div id="summary" tabindex="-1">
        <h2 class="govuk-heading-m">{t.t('builderSettings.summary.caption')}</h2>
        {errorFor(errors, 'summary') ? (
          <p class="govuk-error-message">
            <span class="govuk-visually-hidden">{t.t('components.errorPrefix')}</span>{' '}
            {errorFor(errors, 'summary')}
          </p>
        ) : null}
        <ol class="govuk-list">
          {order.map((key, i) => (
            <li class="govuk-!-margin-bottom-4">
              <input type="hidden" name={`q.${i}.key`} value={key} />
              <Checkboxes
                t={t}
                name={`q.${i}.chosen`}
                legend={<span class="govuk-visually-hidden">{label(key)}</span>}
                small
                values={props.chosen.includes(key) ? ['yes'] : []}
                items={[
                  { value: 'yes', label: t.t('builderSettings.summary.show', { question: label(key) }) },
                ]}
              />
              <RowButtons t={t} index={i} count={order.length} context={label(key)} removable={false} />
            </li>
          ))}
        </ol>
      </div>
    </QuestionListPage>
  );
}

/** /installningar/export — Excel export columns and their names. */
export function ExportPage(props: ListPageProps & { mode: string; rows: readonly ExportRow[] }): Html {
  const { ctx, settings: s, rows, errors } = props;
  const t = ctx.t;
  const label = questionLabel(s, ctx.lang);
  return (
    <QuestionListPage
      ctx={ctx}
      settings={s}
      errors={errors}
      unsaved={props.unsaved}
      title={t.t('builderSettings.export.title')}
      lead={t.t('builderSettings.export.lead', { number: String(s.questionsVersion) })}
      rest="/export"
      rows={rows.length}
    >
      <Radios
        t={t}
        name="mode"
        legend={t.t('builderSettings.export.mode')}
        legendSize="m"
        value={props.mode}
        error={errorFor(errors, 'mode')}
        items={[
          {
            value: 'all',
            label: t.t('builderSettings.export.all'),
            hint: t.t('builderSettings.export.allHint'),
          },
          { value: 'chosen', label: t.t('builderSettings.export.chosen') },
        ]}
      />
      <h2 class="govuk-heading-m">{t.t('builderSettings.export.caption')}</h2>
      <ol class="govuk-list">
        {rows.map((r, i) => (
          <li class="govuk-!-margin-bottom-6">
            <input type="hidden" name={`x.${i}.key`} value={r.key} />
            <Checkboxes
              t={t}
              name={`x.${i}.chosen`}
              legend={<span class="govuk-visually-hidden">{label(r.key)}</span>}
              small
              values={r.chosen ? ['yes'] : []}
              error={errorFor(errors, `x.${i}.chosen`)}
              items={[
                { value: 'yes', label: t.t('builderSettings.export.include', { question: label(r.key) }) },
              ]}
            />
            <TextInput
              t={t}
              name={`x.${i}.title`}
              label={t.t('builderSettings.export.titleLabel', { question: label(r.key) })}
              value={r.title}
              width={30}
              error={errorFor(errors, `x.${i}.title`)}
            />
            <RowButtons t={t} index={i} count={rows.length} context={label(r.key)} removable={false} />
          </li>
        ))}
      </ol>
    </QuestionListPage>
  );
}
