import type { Html } from '#jsx/jsx-runtime';
import type { BuilderListEntry } from '../../services/builder/eservice-admin.ts';
import { staffNav } from '../officer/staff-nav.ts';
import {
  Button,
  type FieldError,
  FileUpload,
  Form,
  NotificationBanner,
  Table,
} from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { builderPath } from './paths.ts';

/** /:kommun/handlaggare/bygg — the municipality's e-services, and importing one. */
export function BuilderListPage(props: {
  ctx: PageContext;
  entries: readonly BuilderListEntry[];
  importErrors: readonly FieldError[];
  /** Import problems, already in words, listed under the upload. */
  importProblems: readonly string[];
}): Html {
  const { ctx, entries } = props;
  const t = ctx.t;
  const title = t.t('builder.list.title');
  const name = (e: BuilderListEntry) => e.eService.name[ctx.lang] || e.eService.name.sv;
  return (
    <Page ctx={ctx} title={title} navItems={staffNav(ctx)} errors={props.importErrors}>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t.t('builder.list.lead')}</p>
      <p class="govuk-body">
        <a class="govuk-button" href={href(ctx, builderPath(undefined, '/ny'))}>
          {t.t('builder.list.create')}
        </a>
      </p>
      {entries.length === 0 ? (
        <p class="govuk-body">{t.t('builder.list.empty')}</p>
      ) : (
        <Table
          t={t}
          caption={t.t('builder.list.caption')}
          captionSize="m"
          rows={entries}
          columns={[
            {
              key: 'name',
              header: t.t('builder.col.name'),
              rowHeader: true,
              cell: (e) => (
                <a class="govuk-link" href={href(ctx, builderPath(e.eService.id))}>
                  {name(e)}
                </a>
              ),
            },
            {
              key: 'published',
              header: t.t('builder.col.published'),
              cell: (e) =>
                e.publishedNumber === null
                  ? t.t('builder.notPublished')
                  : t.t('builder.versionNumber', { number: String(e.publishedNumber) }),
            },
            {
              key: 'drafts',
              header: t.t('builder.col.drafts'),
              numeric: true,
              cell: (e) => t.number(e.drafts),
            },
            { key: 'cases', header: t.t('builder.col.cases'), numeric: true, cell: (e) => t.number(e.cases) },
          ]}
        />
      )}
      <h2 class="govuk-heading-m">{t.t('builder.import.title')}</h2>
      {props.importProblems.length > 0 ? (
        <NotificationBanner t={t}>
          <p class="govuk-notification-banner__heading">{t.t('builder.import.problems')}</p>
          <ul class="govuk-list govuk-list--bullet">
            {props.importProblems.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      <Form ctx={ctx} action={href(ctx, builderPath(undefined, '/importera'))} multipart>
        <FileUpload
          t={t}
          name="file"
          label={t.t('builder.import.file')}
          hint={t.t('builder.import.hint')}
          accept=".json,application/json"
          error={props.importErrors.find((e) => e.field === 'file')?.message}
        />
        <Button preventDoubleClick>{t.t('builder.import.submit')}</Button>
      </Form>
    </Page>
  );
}
