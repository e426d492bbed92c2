import type { Html } from '#jsx/jsx-runtime';
import { CASE_LIST_COLUMNS, type StaffSettings } from '../../services/officer/staff-settings.ts';
import {
  Button,
  Checkboxes,
  errorFor,
  type FieldError,
  Form,
  NotificationBanner,
  Radios,
} from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { staffNav } from './staff-nav.ts';

/** /:kommun/handlaggare/installningar — the officer's own settings: case list, and the language of their e-mails. */
export function SettingsPage(props: {
  ctx: PageContext;
  settings: StaffSettings;
  errors: readonly FieldError[];
  saved: boolean;
}): Html {
  const { ctx, settings, errors } = props;
  const t = ctx.t;
  const title = t.t('caseList.settings.title');
  return (
    <Page
      ctx={ctx}
      title={title}
      navItems={staffNav(ctx)}
      errors={errors}
      backLink={{ href: href(ctx, '/handlaggare/arenden'), text: t.t('caseList.bulk.back') }}
    >
      {props.saved ? (
        <NotificationBanner t={t} type="success">
          <p class="govuk-notification-banner__heading">{t.t('caseList.settings.saved')}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-l">{title}</h1>
      <Form ctx={ctx} action={href(ctx, '/handlaggare/installningar')}>
        <Checkboxes
          t={t}
          name="columns"
          legend={t.t('caseList.settings.columns.legend')}
          legendSize="m"
          hint={t.t('caseList.settings.columns.hint')}
          error={errorFor(errors, 'columns')}
          values={settings.columns}
          items={CASE_LIST_COLUMNS.map((c) => ({ value: c, label: t.t(`caseList.col.${c}`) }))}
        />
        <Radios
          t={t}
          name="openIn"
          legend={t.t('caseList.settings.openIn.legend')}
          legendSize="m"
          error={errorFor(errors, 'openIn')}
          value={settings.openCasesInNewTab ? 'new' : 'same'}
          items={[
            { value: 'same', label: t.t('caseList.settings.openIn.same') },
            { value: 'new', label: t.t('caseList.settings.openIn.new') },
          ]}
        />
        <Radios
          t={t}
          name="officerLabel"
          legend={t.t('caseList.settings.officerLabel.legend')}
          legendSize="m"
          error={errorFor(errors, 'officerLabel')}
          value={settings.officerLabel}
          items={[
            { value: 'name', label: t.t('caseList.settings.officerLabel.name') },
            { value: 'username', label: t.t('caseList.settings.officerLabel.username') },
          ]}
        />
        <Radios
          t={t}
          name="notificationLang"
          legend={t.t('caseList.settings.notificationLang.legend')}
          legendSize="m"
          error={errorFor(errors, 'notificationLang')}
          value={settings.notificationLang}
          items={[
            { value: 'sv', label: t.t('caseList.settings.notificationLang.sv') },
            { value: 'en', label: t.t('caseList.settings.notificationLang.en') },
          ]}
        />
        <Button preventDoubleClick>{t.t('caseList.settings.save')}</Button>
      </Form>
    </Page>
  );
}
