import type { Html } from '#jsx/jsx-runtime';
import {
  Button,
  errorFor,
  type FieldError,
  Form,
  NotificationBanner,
  SummaryList,
  TextInput,
} from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';

/** Where notifications about a case go: the current addresses, and a form to change or remove them. */
export function NotificationContactPage(p: {
  ctx: PageContext;
  caseId: string;
  caseNumber: string;
  current: { email: string | null; phone: string | null };
  /** What was typed after a refused post; otherwise the current addresses. */
  values: { email: string; phone: string };
  errors: readonly FieldError[];
  saved: boolean;
}): Html {
  const { ctx } = p;
  const t = ctx.t;
  const title = t.t('notifyContact.title', { number: p.caseNumber });
  const casePath = `/mina-sidor/arenden/${p.caseId}`;
  const shown = (v: string | null) => (v ? <bdi dir="ltr">{v}</bdi> : t.t('notifyContact.none'));
  return (
    <Page ctx={ctx} title={title} errors={p.errors} backLink={href(ctx, casePath)}>
      {p.saved ? (
        <NotificationBanner t={t} type="success">
          <p class="govuk-notification-banner__heading">{t.t('notifyContact.saved')}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t.t('notifyContact.lead')}</p>
      <SummaryList
        t={t}
        title={t.t('notifyContact.current')}
        rows={[
          { key: t.t('notifyContact.email'), value: shown(p.current.email) },
          { key: t.t('notifyContact.phone'), value: shown(p.current.phone) },
        ]}
      />
      <Form ctx={ctx} action={href(ctx, `${casePath}/aviseringar`)}>
        <TextInput
          t={t}
          name="email"
          type="email"
          autocomplete="email"
          spellcheck={false}
          label={t.t('notifyContact.email')}
          labelSize="s"
          hint={t.t('notifyContact.emailHint')}
          requirement="optional"
          value={p.values.email}
          error={errorFor(p.errors, 'email')}
        />
        <TextInput
          t={t}
          name="phone"
          type="tel"
          autocomplete="tel"
          width={20}
          label={t.t('notifyContact.phone')}
          labelSize="s"
          hint={t.t('notifyContact.phoneHint')}
          requirement="optional"
          value={p.values.phone}
          error={errorFor(p.errors, 'phone')}
        />
        <Button preventDoubleClick>{t.t('notifyContact.save')}</Button>
      </Form>
      <p class="govuk-body">
        <a class="govuk-link" href={href(ctx, casePath)}>
          {t.t('notifyContact.back')}
        </a>
      </p>
    </Page>
  );
}
