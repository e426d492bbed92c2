import type { Html } from '#jsx/jsx-runtime';
import type { HandlingForm } from '../../../domain/builder/settings/handling.ts';
import { statusByKey } from '../../../domain/cases/statuses.ts';
import type { EServiceSettings } from '../../../services/builder/handling-settings.ts';
import {
  Button,
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
import { inLang, questionLabel, SettingsPage, settingsHref } from './settings-layout.tsx';

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
                : s.summaryKeys.map(questionLabel(s, ctx.lang)).join(', '),
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
