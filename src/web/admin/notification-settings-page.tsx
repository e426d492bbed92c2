import type { Html } from '#jsx/jsx-runtime';
import { type Audience, channelsFor, eventsFor } from '../../domain/notifications/events.ts';
import { type FunctionMailbox, MAILBOX_EVENTS } from '../../domain/notifications/function-mailbox.ts';
import type { EffectiveSettings } from '../../services/notifications/settings.ts';
import type { EffectiveTemplate } from '../../services/notifications/templates.ts';
import { staffNav } from '../officer/staff-nav.ts';
import {
  Button,
  Checkboxes,
  errorFor,
  type FieldError,
  Form,
  NotificationBanner,
  Table,
  Tag,
  TextInput,
} from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { channelLabel, eventLabel, langLabel } from './notification-labels.ts';

export { NOTICES_PATH } from './paths.ts';

import { NOTICES_PATH } from './paths.ts';

/** One text's page: ?handelse=&kanal=&sprak= (not `lang`, which switches the page's language). */
export const templateHref = (eServiceId: string, k: { event: string; channel: string; lang: string }) =>
  `${NOTICES_PATH}/${eServiceId}/text?handelse=${k.event}&kanal=${k.channel}&sprak=${k.lang}`;

/** The e-services of the municipality, each linking to its notification settings. */
export function NoticesIndexPage(props: {
  ctx: PageContext;
  eServices: readonly { id: string; name: string }[];
}): Html {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <Page ctx={ctx} title={t.t('notices.title')} navItems={staffNav(ctx)}>
      <h1 class="govuk-heading-xl">{t.t('notices.title')}</h1>
      <p class="govuk-body">{t.t('notices.lead')}</p>
      <h2 class="govuk-heading-m">{t.t('notices.eServices')}</h2>
      <ul class="govuk-list">
        {props.eServices.map((e) => (
          <li>
            <a class="govuk-link" href={href(ctx, `${NOTICES_PATH}/${e.id}`)}>
              {e.name}
            </a>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** One e-service: which events go out on which channel, and the list of texts. */
export type MailboxShown = { address: string; events: readonly string[] };
export const mailboxShown = (m: FunctionMailbox): MailboxShown => ({
  address: m.address ?? '',
  events: m.events,
});

export function NoticesEServicePage(props: {
  ctx: PageContext;
  eService: { id: string; name: string };
  settings: EffectiveSettings;
  /** The function mailbox as stored, or as typed when it was refused. */
  mailbox: { address: string; events: readonly string[] };
  templates: readonly EffectiveTemplate[];
  saved: 'settings' | 'template' | 'reset' | 'mailbox' | null;
  errors?: readonly FieldError[];
}): Html {
  const { ctx, eService } = props;
  const t = ctx.t;
  const base = `${NOTICES_PATH}/${eService.id}`;
  const banner =
    props.saved === 'settings'
      ? t.t('notices.settings.saved')
      : props.saved === 'template'
        ? t.t('notices.template.saved')
        : props.saved === 'reset'
          ? t.t('notices.template.wasReset')
          : props.saved === 'mailbox'
            ? t.t('notices.mailbox.saved')
            : null;
  const group = (audience: Audience) =>
    eventsFor(audience).map((e) => (
      <Checkboxes
        t={t}
        name={`s.${e}`}
        legend={eventLabel(t, e)}
        legendSize="s"
        small
        items={channelsFor(e).map((c) => ({ value: c, label: channelLabel(t, c) }))}
        values={channelsFor(e).filter((c) => props.settings[e][c])}
      />
    ));
  return (
    <Page
      ctx={ctx}
      title={t.t('notices.eService.title', { service: eService.name })}
      navItems={staffNav(ctx)}
      backLink={href(ctx, NOTICES_PATH)}
      errors={props.errors ?? []}
    >
      {banner ? (
        <NotificationBanner t={t} type="success">
          {banner}
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-xl">{t.t('notices.eService.title', { service: eService.name })}</h1>
      <h2 class="govuk-heading-m">{t.t('notices.settings.heading')}</h2>
      <p class="govuk-body">{t.t('notices.settings.hint')}</p>
      <Form ctx={ctx} action={href(ctx, `${base}/installningar`)}>
        <h3 class="govuk-heading-s">{t.t('notices.settings.toApplicant')}</h3>
        {group('applicant')}
        <h3 class="govuk-heading-s">{t.t('notices.settings.toOfficers')}</h3>
        <p class="govuk-hint">{t.t('notices.settings.toOfficersHint')}</p>
        {group('officer')}
        <Button>{t.t('notices.settings.save')}</Button>
      </Form>
      <h2 class="govuk-heading-m">{t.t('notices.mailbox.heading')}</h2>
      <p class="govuk-body">{t.t('notices.mailbox.lead')}</p>
      <Form ctx={ctx} action={href(ctx, `${base}/funktionsbrevlada`)}>
        <TextInput
          t={t}
          name="address"
          type="email"
          autocomplete="off"
          spellcheck={false}
          label={t.t('notices.mailbox.address')}
          labelSize="s"
          hint={t.t('notices.mailbox.addressHint')}
          requirement="optional"
          value={props.mailbox.address}
          error={errorFor(props.errors ?? [], 'address')}
        />
        <Checkboxes
          t={t}
          name="events"
          legend={t.t('notices.mailbox.events')}
          legendSize="s"
          small
          items={MAILBOX_EVENTS.map((e) => ({ value: e, label: eventLabel(t, e) }))}
          values={MAILBOX_EVENTS.filter((e) => props.mailbox.events.includes(e))}
        />
        <Button>{t.t('notices.mailbox.save')}</Button>
      </Form>
      <h2 class="govuk-heading-m">{t.t('notices.templates.heading')}</h2>
      <Table
        t={t}
        caption={t.t('notices.templates.caption')}
        captionSize="hidden"
        rows={props.templates}
        columns={[
          {
            key: 'event',
            header: t.t('notices.col.event'),
            rowHeader: true,
            cell: (r) => eventLabel(t, r.event),
          },
          { key: 'channel', header: t.t('notices.col.channel'), cell: (r) => channelLabel(t, r.channel) },
          { key: 'lang', header: t.t('notices.col.lang'), cell: (r) => langLabel(t, r.lang) },
          {
            key: 'text',
            header: t.t('notices.col.text'),
            cell: (r) => (
              <Tag colour={r.custom ? 'green' : 'grey'}>
                {r.custom ? t.t('notices.custom') : t.t('notices.default')}
              </Tag>
            ),
          },
          {
            key: 'edit',
            header: t.t('notices.edit'),
            cell: (r) => (
              <a
                class="govuk-link"
                href={href(ctx, templateHref(eService.id, r))}
                aria-label={t.t('notices.editContext', {
                  event: eventLabel(t, r.event),
                  channel: channelLabel(t, r.channel),
                  lang: langLabel(t, r.lang),
                })}
              >
                {t.t('notices.edit')}
              </a>
            ),
          },
        ]}
      />
    </Page>
  );
}
