import type { Html } from '#jsx/jsx-runtime';
import type { ExportRow } from '../../../domain/builder/settings/columns.ts';
import { SUMMARY_MAX } from '../../../domain/builder/settings/columns.ts';
import type { HandlingForm } from '../../../domain/builder/settings/handling.ts';
import { statusByKey } from '../../../domain/cases/statuses.ts';
import type { LangText } from '../../../domain/forms/definition.ts';
import type { EServiceSettings } from '../../../services/builder/handling-settings.ts';
import {
  Button,
  Checkboxes,
  errorFor,
  type FieldError,
  Form,
  NotificationBanner,
  Radios,
  Select,
  SummaryList,
  TextInput,
  WarningText,
} from '../../ui/components/index.ts';
import type { PageContext } from '../../ui/page-context.ts';
import { RowButtons, SaveButton, SettingsPage, settingsHref } from './settings-layout.tsx';

const inLang = (text: LangText, lang: string) => text[lang] || text.sv;

/** /installningar — every setting with its value in words and a link to change it. */
export function SettingsHubPage(props: {
  ctx: PageContext;
  settings: EServiceSettings;
  saved: boolean;
}): Html {
  const { ctx, settings: s } = props;
  const t = ctx.t;
  const yesNo = (b: boolean) => t.t(b ? 'builderSettings.yes' : 'builderSettings.no');
  const names = s.statusSet.map((x) => inLang(x.name, ctx.lang)).join(', ');
  const questionLabel = (key: string) => {
    const q = s.questions.find((x) => x.key === key);
    return q ? inLang(q.label, ctx.lang) : key;
  };
  const rule = s.handling.purgeRule;
  const ruleStatus = rule ? statusByKey(rule.status, s.statusSet) : undefined;
  const page = (rest: string) => settingsHref(ctx, s.eServiceId, rest);
  return (
    <SettingsPage ctx={ctx} settings={s} title={t.t('builderSettings.hub.title')} hub>
      {props.saved ? (
        <NotificationBanner t={ctx.t} type="success">
          {t.t('builderSettings.saved')}
        </NotificationBanner>
      ) : null}
      <p class="govuk-body">{t.t('builderSettings.lead')}</p>
      <SummaryList
        t={t}
        rows={[
          {
            key: t.t('builderSettings.hub.statuses'),
            value: s.standardStatuses
              ? t.t('builderSettings.hub.statusesStandard', { names })
              : t.t('builderSettings.hub.statusesOwn', { names }),
            changeHref: page('/statusar'),
          },
          {
            key: t.t('builderSettings.hub.colours'),
            value:
              s.colourLabels.length === 0
                ? t.t('builderSettings.hub.coloursDefault')
                : s.colourLabels
                    .map(
                      (l) =>
                        `${t.t(`builderSettings.colour.${l.key}` as 'builderSettings.colour.red')}: ${inLang(l.meaning, ctx.lang)}`,
                    )
                    .join(', '),
            changeHref: page('/farger'),
          },
          {
            key: t.t('builderSettings.hub.handleWithin'),
            value:
              s.handling.handleWithinDays === null
                ? t.t('builderSettings.hub.noLimit')
                : t.t('builderSettings.hub.handleWithinDays', { days: String(s.handling.handleWithinDays) }),
            changeHref: page('/handlaggning'),
          },
          {
            key: t.t('builderSettings.hub.manual'),
            value: yesNo(s.handling.manualCasesAllowed),
            changeHref: page('/handlaggning'),
          },
          {
            key: t.t('builderSettings.hub.answersEditable'),
            value: yesNo(s.handling.answersEditable),
            changeHref: page('/handlaggning'),
          },
          {
            key: t.t('builderSettings.hub.purge'),
            value: rule
              ? t.t('builderSettings.hub.purgeRule', {
                  status: ruleStatus ? inLang(ruleStatus.name, ctx.lang) : rule.status,
                  days: String(rule.days),
                })
              : t.t('builderSettings.hub.purgeNone'),
            changeHref: page('/handlaggning'),
          },
          {
            key: t.t('builderSettings.hub.summary'),
            value:
              s.summaryKeys.length === 0
                ? t.t('builderSettings.none')
                : s.summaryKeys.map(questionLabel).join(', '),
            changeHref: page('/sammanfattning'),
          },
          {
            key: t.t('builderSettings.hub.export'),
            value:
              s.exportColumns === null
                ? t.t('builderSettings.hub.exportAll')
                : s.exportColumns.map((c) => c.title).join(', '),
            changeHref: page('/export'),
          },
        ]}
      />
    </SettingsPage>
  );
}

/** /installningar/handlaggning — time limit, manual cases, answer edits, purge rule. */
export function HandlingPage(props: {
  ctx: PageContext;
  settings: EServiceSettings;
  values: HandlingForm;
  errors: readonly FieldError[];
}): Html {
  const { ctx, settings: s, values: v, errors } = props;
  const t = ctx.t;
  const yesNo = [
    { value: 'yes', label: t.t('builderSettings.yes') },
    { value: 'no', label: t.t('builderSettings.no') },
  ];
  return (
    <SettingsPage ctx={ctx} settings={s} title={t.t('builderSettings.handling.title')} errors={errors}>
      <Form ctx={ctx} action={settingsHref(ctx, s.eServiceId, '/handlaggning')}>
        <TextInput
          t={t}
          name="handleWithinDays"
          label={t.t('builderSettings.handling.handleWithin')}
          labelSize="s"
          hint={t.t('builderSettings.handling.handleWithinHint')}
          value={v.handleWithinDays}
          inputmode="numeric"
          width={4}
          error={errorFor(errors, 'handleWithinDays')}
        />
        <Radios
          t={t}
          name="manualCasesAllowed"
          legend={t.t('builderSettings.handling.manual')}
          legendSize="s"
          inline
          items={yesNo}
          value={v.manualCasesAllowed}
          error={errorFor(errors, 'manualCasesAllowed')}
        />
        <Radios
          t={t}
          name="answersEditable"
          legend={t.t('builderSettings.handling.answersEditable')}
          legendSize="s"
          inline
          items={yesNo}
          value={v.answersEditable}
          error={errorFor(errors, 'answersEditable')}
        />
        <h2 class="govuk-heading-m">{t.t('builderSettings.handling.purgeHeading')}</h2>
        <WarningText t={t}>{t.t('builderSettings.handling.purgeWarning')}</WarningText>
        <Select
          t={t}
          name="purgeStatus"
          label={t.t('builderSettings.handling.purgeStatus')}
          options={[
            { value: '', text: t.t('builderSettings.handling.purgeNone') },
            ...s.statusSet.map((x) => ({ value: x.key, text: inLang(x.name, ctx.lang) })),
          ]}
          value={v.purgeStatus}
          error={errorFor(errors, 'purgeStatus')}
        />
        <TextInput
          t={t}
          name="purgeDays"
          label={t.t('builderSettings.handling.purgeDays')}
          hint={t.t('builderSettings.handling.purgeDaysHint')}
          value={v.purgeDays}
          inputmode="numeric"
          width={4}
          error={errorFor(errors, 'purgeDays')}
        />
        <Button>{t.t('builderSettings.save')}</Button>
      </Form>
    </SettingsPage>
  );
}

/** /installningar/sammanfattning — the summary fields, chosen and ordered. */
export function SummaryPage(props: {
  ctx: PageContext;
  settings: EServiceSettings;
  /** Every question key in the order shown (the chosen first). */
  order: readonly string[];
  chosen: readonly string[];
  errors: readonly FieldError[];
  unsaved: boolean;
}): Html {
  const { ctx, settings: s, order, errors } = props;
  const t = ctx.t;
  const label = (key: string) => {
    const q = s.questions.find((x) => x.key === key);
    return q ? inLang(q.label, ctx.lang) : key;
  };
  return (
    <SettingsPage
      ctx={ctx}
      settings={s}
      title={t.t('builderSettings.summary.title')}
      errors={errors}
      unsaved={props.unsaved}
    >
      {s.questionsVersion === null ? (
        <p class="govuk-body">{t.t('builderSettings.summary.noVersion')}</p>
      ) : (
        <>
          <p class="govuk-body">
            {t.t('builderSettings.summary.lead', {
              max: String(SUMMARY_MAX),
              number: String(s.questionsVersion),
            })}
          </p>
          <Form ctx={ctx} action={settingsHref(ctx, s.eServiceId, '/sammanfattning')}>
            <SaveButton t={t} />
            <input type="hidden" name="rows" value={String(order.length)} />
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
                        {
                          value: 'yes',
                          label: t.t('builderSettings.summary.show', { question: label(key) }),
                        },
                      ]}
                    />
                    <RowButtons t={t} index={i} count={order.length} context={label(key)} removable={false} />
                  </li>
                ))}
              </ol>
            </div>
            <SaveButton t={t} id="save-bottom" />
          </Form>
        </>
      )}
    </SettingsPage>
  );
}

/** /installningar/export — Excel export columns and their names. */
export function ExportPage(props: {
  ctx: PageContext;
  settings: EServiceSettings;
  mode: string;
  rows: readonly ExportRow[];
  errors: readonly FieldError[];
  unsaved: boolean;
}): Html {
  const { ctx, settings: s, rows, errors } = props;
  const t = ctx.t;
  const label = (key: string) => {
    const q = s.questions.find((x) => x.key === key);
    return q ? inLang(q.label, ctx.lang) : key;
  };
  return (
    <SettingsPage
      ctx={ctx}
      settings={s}
      title={t.t('builderSettings.export.title')}
      errors={errors}
      unsaved={props.unsaved}
    >
      {s.questionsVersion === null ? (
        <p class="govuk-body">{t.t('builderSettings.summary.noVersion')}</p>
      ) : (
        <>
          <p class="govuk-body">
            {t.t('builderSettings.export.lead', { number: String(s.questionsVersion) })}
          </p>
          <Form ctx={ctx} action={settingsHref(ctx, s.eServiceId, '/export')}>
            <SaveButton t={t} />
            <input type="hidden" name="rows" value={String(rows.length)} />
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
                      {
                        value: 'yes',
                        label: t.t('builderSettings.export.include', { question: label(r.key) }),
                      },
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
            <SaveButton t={t} id="save-bottom" />
          </Form>
        </>
      )}
    </SettingsPage>
  );
}
