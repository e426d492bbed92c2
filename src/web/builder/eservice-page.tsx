import type { Html } from '#jsx/jsx-runtime';
import type { EServiceInfo } from '../../domain/eservices/eservice.ts';
import type { BuilderChange } from '../../services/builder/audit.ts';
import type { VersionSummary } from '../../services/builder/versions.ts';
import { staffNav } from '../officer/staff-nav.ts';
import { Button, type FieldError, Form, NotificationBanner, Table, Tag } from '../ui/components/index.ts';
import { sv } from '../ui/i18n/catalogue.ts';
import type { MessageKey } from '../ui/i18n/translator.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { EServiceFields } from './eservice-fields.tsx';
import type { FormValues } from './eservice-form.ts';
import { EServiceSections } from './eservice-sections.tsx';
import { builderPath } from './paths.ts';

/** A message above the page: something done, or the problems found by a check or a refused publish. */
export interface BuilderNotice {
  kind: 'success' | 'problems' | 'refused';
  heading: string;
  items?: readonly string[];
}

/**
 * An audit entry in words. A saved draft says what changed when the save
 * named it (`details.change`, with its words at `builder.change.<change>`
 * and the details as variables); an action this page does not know yet is
 * shown as its code.
 */
function historyText(t: PageContext['t'], h: BuilderChange): string {
  const change = typeof h.details.change === 'string' ? `builder.change.${h.details.change}` : undefined;
  if (change && change in sv) {
    const vars: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(h.details)) {
      if (typeof v === 'string' || typeof v === 'number') vars[k] = v;
    }
    return t.t(change as MessageKey, vars);
  }
  const key = HISTORY_TEXTS[h.action];
  return key ? t.t(key) : h.action;
}

const HISTORY_TEXTS: Record<string, MessageKey> = {
  'eservice.metadata.saved': 'builder.history.metadataSaved',
  'eservice.version.created': 'builder.history.versionCreated',
  'eservice.version.saved': 'builder.history.versionSaved',
  'eservice.version.published': 'builder.history.versionPublished',
  'eservice.version.publish_refused': 'builder.history.publishRefused',
  'eservice.version.retired': 'builder.history.versionRetired',
};

export function EServicePage(props: {
  ctx: PageContext;
  eService: EServiceInfo;
  values: FormValues;
  errors: readonly FieldError[];
  versions: readonly VersionSummary[];
  history: readonly BuilderChange[];
  notice: BuilderNotice | null;
}): Html {
  const { ctx, eService, versions } = props;
  const t = ctx.t;
  const title = eService.name[ctx.lang] || eService.name.sv;
  const base = (rest: string) => href(ctx, builderPath(eService.id, rest));
  const versionForm = (rest: string, v: VersionSummary, text: string, secondary = false) => (
    <div class="govuk-!-display-inline-block govuk-!-margin-right-2">
      <Form ctx={ctx} action={base(rest)}>
        <input type="hidden" name="versionId" value={v.id} />
        <Button variant={secondary ? 'secondary' : 'primary'} class="govuk-!-margin-bottom-1">
          {text}
          <span class="govuk-visually-hidden">
            {' '}
            {t.t('builder.versionLabel', { number: String(v.number) })}
          </span>
        </Button>
      </Form>
    </div>
  );
  const notice = props.notice;
  return (
    <Page
      ctx={ctx}
      title={title}
      navItems={staffNav(ctx)}
      errors={props.errors}
      backLink={{ href: href(ctx, builderPath()), text: t.t('builder.back') }}
    >
      {notice ? (
        <NotificationBanner t={t} type={notice.kind === 'success' ? 'success' : undefined}>
          <p class="govuk-notification-banner__heading">{notice.heading}</p>
          {notice.items && notice.items.length > 0 ? (
            <ul class="govuk-list govuk-list--bullet">
              {notice.items.map((i) => (
                <li>{i}</li>
              ))}
            </ul>
          ) : null}
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">
        <a class="govuk-link" href={base('/forhandsgranska')}>
          {t.t('builder.action.preview')}
        </a>
        {' · '}
        <a class="govuk-link" href={base('/export')} download={`${eService.slug}.json`}>
          {t.t('builder.action.export')}
        </a>
      </p>

      <EServiceSections ctx={ctx} eServiceId={eService.id} />

      <h2 class="govuk-heading-m">{t.t('builder.page.versions')}</h2>
      <Form ctx={ctx} action={base('/ny-version')}>
        <Button variant="secondary">{t.t('builder.action.newVersion')}</Button>
      </Form>
      <Table
        t={t}
        caption={t.t('builder.page.versionsCaption')}
        captionSize="hidden"
        rows={versions}
        columns={[
          {
            key: 'number',
            header: t.t('builder.col.version'),
            rowHeader: true,
            cell: (v) => String(v.number),
          },
          {
            key: 'status',
            header: t.t('builder.col.status'),
            cell: (v) => (
              <Tag colour={v.status === 'published' ? 'green' : v.status === 'draft' ? 'blue' : 'grey'}>
                {t.t(`builder.status.${v.status}`)}
              </Tag>
            ),
          },
          { key: 'created', header: t.t('builder.col.created'), cell: (v) => t.date(v.createdAt) },
          {
            key: 'cases',
            header: t.t('builder.col.cases'),
            numeric: true,
            cell: (v) => t.number(v.caseCount),
          },
          {
            key: 'actions',
            header: t.t('builder.col.actions'),
            cell: (v) => (
              <>
                {v.status !== 'retired' ? (
                  <p class="govuk-body govuk-!-margin-bottom-1">
                    <a class="govuk-link" href={base(`/versioner/${v.id}`)}>
                      {t.t(v.status === 'draft' ? 'builder.action.edit' : 'builder.action.show', {
                        number: v.number,
                      })}
                    </a>
                    {' · '}
                    <a class="govuk-link" href={base(`/versioner/${v.id}/prova`)}>
                      {t.t('builder.action.try', { number: v.number })}
                    </a>
                  </p>
                ) : null}
                {v.status === 'draft'
                  ? versionForm('/kontrollera', v, t.t('builder.action.check'), true)
                  : null}
                {v.status === 'draft' ? versionForm('/publicera', v, t.t('builder.action.publish')) : null}
                {v.status === 'published'
                  ? versionForm('/avpublicera', v, t.t('builder.action.retire'), true)
                  : null}
                <a class="govuk-link" href={base(`/versioner/${v.id}/oversattning`)}>
                  {t.t('builder.action.translate', { number: v.number })}
                </a>
              </>
            ),
          },
        ]}
      />

      <h2 class="govuk-heading-m" id="uppgifter">
        {t.t('builder.page.metadata')}
      </h2>
      <p class="govuk-body">{t.t('builder.page.metadataLanguages')}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={base('/sprak')}>
          {t.t('builder.page.metadataLanguagesLink')}
        </a>
      </p>
      <Form ctx={ctx} action={base('')}>
        <EServiceFields
          t={t}
          values={props.values}
          errors={props.errors}
          withSlug={false}
          offered={eService.offeredLanguages}
        />
        <Button preventDoubleClick>{t.t('builder.page.save')}</Button>
      </Form>

      <h2 class="govuk-heading-m">{t.t('builder.page.history')}</h2>
      {props.history.length === 0 ? (
        <p class="govuk-body">{t.t('builder.history.empty')}</p>
      ) : (
        <Table
          t={t}
          caption={t.t('builder.history.caption')}
          captionSize="hidden"
          rows={props.history}
          columns={[
            { key: 'when', header: t.t('builder.col.when'), cell: (h) => t.date(h.at, true) },
            { key: 'who', header: t.t('builder.col.who'), cell: (h) => h.actorName },
            {
              key: 'what',
              header: t.t('builder.col.what'),
              cell: (h) => {
                const what = historyText(t, h);
                return typeof h.details.number === 'number'
                  ? `${what} (${t.t('builder.versionLabel', { number: String(h.details.number) })})`
                  : what;
              },
            },
          ]}
        />
      )}
    </Page>
  );
}
