import type { Html } from '#jsx/jsx-runtime';
import { textIn } from '../../domain/forms/localize.ts';
import type { RenderedNotification } from '../../domain/notifications/render.ts';
import type { BroadcastFormValues } from '../../services/notifications/broadcast-form.ts';
import type { BroadcastEService } from '../../services/notifications/broadcast-options.ts';
import {
  Button,
  DateInput,
  errorFor,
  type FieldError,
  Form,
  NotificationBanner,
  Radios,
  Select,
  SummaryList,
  Textarea,
  TextInput,
} from '../ui/components/index.ts';
import type { Translator } from '../ui/i18n/translator.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { staffNav } from './staff-nav.ts';

export const BROADCAST_PATH = '/handlaggare/utskick';
const BODY_MAX = 5000;

const channelLabel = (t: Translator, c: string) =>
  c === 'sms'
    ? t.t('broadcast.channel.sms')
    : c === 'my_pages'
      ? t.t('broadcast.channel.my_pages')
      : t.t('broadcast.channel.email');

/** The form's values as hidden fields: the preview posts them on unchanged. */
function Carried(props: { values: BroadcastFormValues }): Html {
  const v = props.values;
  const fields: [string, string][] = v.caseIds
    ? [['cases', v.caseIds.join(',')]]
    : [
        ['eService', v.eServiceId],
        ['version', v.versionId],
        ['status', v.status],
        ...(['from', 'to'] as const).flatMap((d) =>
          (['day', 'month', 'year'] as const).map((p): [string, string] => [`${d}.${p}`, v[d][p]]),
        ),
      ];
  fields.push(['channel', v.channel], ['subject', v.subject], ['body', v.body]);
  return (
    <>
      {fields.map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

export interface BroadcastComposeProps {
  ctx: PageContext;
  eServices: readonly BroadcastEService[];
  /** The e-service chosen (when the cases are not the checked ones). */
  chosen?: BroadcastEService;
  values: BroadcastFormValues;
  errors: readonly FieldError[];
  /** Just sent: how many cases and e-mails or text messages. */
  sent?: { cases: number; deliveries: number };
}

/**
 * Step one: which cases (the checked ones, or an e-service by version,
 * status and dates) and the message with its channel.
 */
export function BroadcastComposePage(p: BroadcastComposeProps): Html {
  const { ctx, values } = p;
  const t = ctx.t;
  const err = (field: string) => errorFor(p.errors, field);
  const choosing = !values.caseIds && !p.chosen;
  return (
    <Page ctx={ctx} title={t.t('broadcast.title')} navItems={staffNav(ctx)} errors={p.errors}>
      {p.sent ? (
        <NotificationBanner t={t} type="success">
          <p class="govuk-notification-banner__heading">
            {t.t('broadcast.sent', { cases: p.sent.cases, deliveries: p.sent.deliveries })}
          </p>
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-l">{t.t('broadcast.title')}</h1>
      <p class="govuk-body">{t.t('broadcast.lead')}</p>
      <h2 class="govuk-heading-m">{t.t('broadcast.selection.heading')}</h2>
      {values.caseIds ? (
        <p class="govuk-body" id="cases">
          {t.t('broadcast.selection.checked', { count: values.caseIds.length })}{' '}
          <a class="govuk-link" href={href(ctx, BROADCAST_PATH)}>
            {t.t('broadcast.selection.change')}
          </a>
        </p>
      ) : p.eServices.length === 0 ? (
        <p class="govuk-inset-text">{t.t('broadcast.eService.none')}</p>
      ) : choosing ? (
        <Form ctx={ctx} method="get" action={href(ctx, BROADCAST_PATH)}>
          <Select
            t={t}
            name="eService"
            label={t.t('broadcast.eService.label')}
            labelSize="s"
            emptyOption
            value={values.eServiceId}
            error={err('eService')}
            options={p.eServices.map((e) => ({ value: e.id, text: textIn(e.name, ctx.lang) }))}
          />
          <Button variant="secondary">{t.t('broadcast.eService.choose')}</Button>
        </Form>
      ) : null}
      {choosing ? null : <ComposeForm {...p} />}
    </Page>
  );
}

function ComposeForm(p: BroadcastComposeProps): Html {
  const { ctx, values, chosen } = p;
  const t = ctx.t;
  const err = (field: string) => errorFor(p.errors, field);
  return (
    <Form ctx={ctx} action={href(ctx, BROADCAST_PATH)}>
      {values.caseIds ? <input type="hidden" name="cases" value={values.caseIds.join(',')} /> : null}
      {chosen ? (
        <>
          <SummaryList
            t={t}
            rows={[
              {
                key: t.t('broadcast.eService.label'),
                value: textIn(chosen.name, ctx.lang),
                changeHref: href(ctx, BROADCAST_PATH),
              },
            ]}
          />
          <input type="hidden" name="eService" value={chosen.id} />
          <Select
            t={t}
            name="version"
            label={t.t('broadcast.version.label')}
            labelSize="s"
            requirement="optional"
            emptyOption={t.t('broadcast.version.all')}
            value={values.versionId}
            options={chosen.versions.map((v) => ({
              value: v.id,
              text: t.t('broadcast.version.number', { number: v.number }),
            }))}
          />
          <Select
            t={t}
            name="status"
            label={t.t('broadcast.status.label')}
            labelSize="s"
            requirement="optional"
            emptyOption={t.t('broadcast.status.all')}
            value={values.status}
            options={chosen.statuses.map((s) => ({ value: s.key, text: textIn(s.name, ctx.lang) }))}
          />
          {(['from', 'to'] as const).map((d) => (
            <DateInput
              t={t}
              name={d}
              partSeparator="."
              legend={t.t(d === 'from' ? 'broadcast.from.legend' : 'broadcast.to.legend')}
              legendSize="s"
              hint={t.t('broadcast.date.hint')}
              requirement="optional"
              value={values[d]}
              error={err(`${d}.day`)}
            />
          ))}
        </>
      ) : null}
      <h2 class="govuk-heading-m">{t.t('broadcast.body')}</h2>
      <Radios
        t={t}
        name="channel"
        legend={t.t('broadcast.channel.legend')}
        legendSize="s"
        hint={t.t('broadcast.channel.hint')}
        value={values.channel}
        error={err('channel')}
        items={(['email', 'sms', 'my_pages'] as const).map((c) => ({
          value: c,
          label: channelLabel(t, c),
        }))}
      />
      <TextInput
        t={t}
        name="subject"
        label={t.t('broadcast.subject')}
        labelSize="s"
        hint={t.t('broadcast.subject.hint')}
        value={values.subject}
        error={err('subject')}
        maxlength={200}
      />
      <Textarea
        t={t}
        name="body"
        label={t.t('broadcast.body')}
        labelSize="s"
        hint={t.t('broadcast.body.hint')}
        rows={8}
        maxLength={BODY_MAX}
        value={values.body}
        error={err('body')}
      />
      <Button name="step" value="preview">
        {t.t('broadcast.preview')}
      </Button>
    </Form>
  );
}

/** Step two: how many it reaches and how the first case's applicant reads it; then send. */
export function BroadcastPreviewPage(p: {
  ctx: PageContext;
  values: BroadcastFormValues;
  cases: number;
  deliveries: number;
  sample: RenderedNotification | null;
  /** A fresh key for this preview: sending it twice makes one broadcast. */
  requestKey: string;
}): Html {
  const { ctx, values } = p;
  const t = ctx.t;
  const channel = values.channel;
  const missing = p.cases - p.deliveries;
  const reach =
    channel === 'my_pages'
      ? [t.t('broadcast.recipients.myPages')]
      : [
          t.t(channel === 'sms' ? 'broadcast.recipients.sms' : 'broadcast.recipients.email', {
            count: p.deliveries,
          }),
          ...(missing > 0
            ? [
                t.t(
                  channel === 'sms'
                    ? 'broadcast.recipients.missing.sms'
                    : 'broadcast.recipients.missing.email',
                  { count: missing },
                ),
              ]
            : []),
        ];
  return (
    <Page ctx={ctx} title={t.t('broadcast.previewHeading')} navItems={staffNav(ctx)}>
      <h1 class="govuk-heading-l">{t.t('broadcast.previewHeading')}</h1>
      <SummaryList
        t={t}
        rows={[
          { key: t.t('broadcast.recipients'), value: t.t('broadcast.recipients.cases', { count: p.cases }) },
          {
            key: t.t('broadcast.channel'),
            value: (
              <>
                <p class="govuk-body">{channelLabel(t, channel)}</p>
                <ul class="govuk-list govuk-list--bullet">
                  {reach.map((line) => (
                    <li>{line}</li>
                  ))}
                </ul>
              </>
            ),
          },
        ]}
      />
      {p.sample ? (
        <>
          <h2 class="govuk-heading-m">{t.t('broadcast.sample')}</h2>
          <div class="govuk-inset-text">
            {channel !== 'sms' && p.sample.subject ? (
              <p class="govuk-body">
                <strong>{t.t('broadcast.sample.subject', { subject: p.sample.subject })}</strong>
              </p>
            ) : null}
            <p class="govuk-body ingang-preserve-lines">{p.sample.text}</p>
          </div>
        </>
      ) : null}
      <Form ctx={ctx} action={href(ctx, BROADCAST_PATH)}>
        <Carried values={values} />
        <input type="hidden" name="requestKey" value={p.requestKey} />
        <div class="govuk-button-group">
          <Button name="step" value="send" preventDoubleClick>
            {t.t('broadcast.send')}
          </Button>
          <Button name="step" value="edit" variant="secondary">
            {t.t('broadcast.edit')}
          </Button>
        </div>
      </Form>
    </Page>
  );
}
