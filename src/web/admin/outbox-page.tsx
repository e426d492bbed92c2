import type { Html } from '#jsx/jsx-runtime';
import { isNotificationEvent } from '../../domain/notifications/events.ts';
import type { DeadLetter } from '../../services/outbox/dead-letters.ts';
import { staffNav } from '../officer/staff-nav.ts';
import { Button, Form, NotificationBanner, Pagination, Table } from '../ui/components/index.ts';
import type { Translator } from '../ui/i18n/translator.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';

export { OUTBOX_ADMIN_PATH } from './paths.ts';

import { OUTBOX_ADMIN_PATH } from './paths.ts';

function what(t: Translator, d: DeadLetter): string {
  const channel = d.channel === 'sms' ? t.t('outbox.channel.sms') : t.t('outbox.channel.email');
  const event = isNotificationEvent(d.event) ? t.t(`outbox.event.${d.event}`) : t.t('outbox.event.other');
  return `${channel}: ${event}`;
}

/** The admins' list of given-up messages, with "send again" per row and for the page. */
export function OutboxAdminPage(props: {
  ctx: PageContext;
  items: readonly DeadLetter[];
  total: number;
  page: number;
  pages: number;
  retried: number | null;
}): Html {
  const { ctx, items } = props;
  const t = ctx.t;
  const action = href(ctx, `${OUTBOX_ADMIN_PATH}/skicka-igen`);
  return (
    <Page ctx={ctx} title={t.t('outbox.title')} navItems={staffNav(ctx)}>
      {props.retried !== null ? (
        <NotificationBanner t={t} type="success">
          {props.retried > 0 ? t.t('outbox.retried', { count: props.retried }) : t.t('outbox.retriedNone')}
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-xl">{t.t('outbox.title')}</h1>
      <p class="govuk-body">{t.t('outbox.lead')}</p>
      <p class="govuk-body">{t.t('outbox.count', { count: t.number(props.total) })}</p>
      <Table
        t={t}
        caption={t.t('outbox.caption')}
        captionSize="hidden"
        url={ctx.currentUrl}
        rows={items}
        empty={t.t('outbox.empty')}
        columns={[
          { key: 'created', header: t.t('outbox.col.created'), cell: (d) => t.date(d.createdAt, true) },
          {
            key: 'case',
            header: t.t('outbox.col.case'),
            rowHeader: true,
            cell: (d) =>
              d.caseId && d.caseNumber ? (
                <a class="govuk-link" href={href(ctx, `/handlaggare/arenden/${d.caseId}`)}>
                  {d.caseNumber}
                </a>
              ) : (
                t.t('outbox.noCase')
              ),
          },
          { key: 'what', header: t.t('outbox.col.what'), cell: (d) => what(t, d) },
          {
            key: 'to',
            header: t.t('outbox.col.to'),
            cell: (d) => <span dir="ltr">{d.recipient ?? ''}</span>,
          },
          {
            key: 'attempts',
            header: t.t('outbox.col.attempts'),
            numeric: true,
            cell: (d) => t.number(d.attempts),
          },
          { key: 'error', header: t.t('outbox.col.error'), cell: (d) => d.lastError ?? '' },
          {
            key: 'action',
            header: t.t('outbox.col.action'),
            cell: (d) => (
              <Form ctx={ctx} action={action}>
                <input type="hidden" name="id" value={String(d.id)} />
                <button
                  type="submit"
                  class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  data-module="govuk-button"
                  aria-label={t.t('outbox.retryOne', { what: what(t, d), to: d.recipient ?? '' })}
                >
                  {t.t('outbox.retry')}
                </button>
              </Form>
            ),
          },
        ]}
      />
      <Pagination t={t} current={props.page} total={props.pages} url={ctx.currentUrl} />
      {items.length > 1 ? (
        <Form ctx={ctx} action={action}>
          {items.map((d) => (
            <input type="hidden" name="id" value={String(d.id)} />
          ))}
          <Button variant="secondary">{t.t('outbox.retryPage')}</Button>
        </Form>
      ) : null}
    </Page>
  );
}
