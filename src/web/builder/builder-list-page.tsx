import type { Html } from '#jsx/jsx-runtime';
import type { BuilderListEntry } from '../../services/builder/eservice-admin.ts';
import { staffNav } from '../officer/staff-nav.ts';
import {
  Button,
  type FieldError,
  FileUpload,
  Form,
  NotificationBanner,
  Select,
  Table,
  Tag,
} from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { builderPath } from './paths.ts';

/** The category an entry is listed under, in the page's language (Swedish when it has none). */
function categoryOf(e: BuilderListEntry, lang: string): string {
  return (e.eService.category[lang] || e.eService.category.sv || '').trim();
}

/** The filter's value for a category: its Swedish name, the same whatever the page's language. */
const categoryKey = (e: BuilderListEntry): string => (e.eService.category.sv ?? '').trim();

/**
 * /:kommun/handlaggare/bygg — the municipality's e-services grouped by
 * category, filtered by one (`?kategori=<Swedish category name>`, a GET form
 * that works without JavaScript), each with whether it is published and has
 * a draft; and importing one.
 */
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
  const chosen = new URL(ctx.currentUrl, 'http://localhost').searchParams.get('kategori') ?? '';
  const categories = new Map<string, string>();
  for (const e of entries) categories.set(categoryKey(e), categoryOf(e, ctx.lang));
  const categoryKeys = [...categories.keys()].sort((a, b) =>
    (categories.get(a) ?? a).localeCompare(categories.get(b) ?? b, ctx.lang),
  );
  const shown = categories.has(chosen) ? entries.filter((e) => categoryKey(e) === chosen) : entries;
  const groups = categoryKeys
    .filter((k) => !categories.has(chosen) || k === chosen)
    .map((k) => ({
      key: k,
      title: categories.get(k) || t.t('builderCopy.list.noCategory'),
      entries: shown.filter((e) => categoryKey(e) === k),
    }));
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
        <>
          <search>
            <Form ctx={ctx} method="get" action={href(ctx, builderPath())}>
              <Select
                t={t}
                name="kategori"
                label={t.t('builderCopy.list.category')}
                value={categories.has(chosen) ? chosen : ''}
                options={[
                  { value: '', text: t.t('builderCopy.list.allCategories') },
                  ...categoryKeys.map((k) => ({
                    value: k,
                    text: categories.get(k) || t.t('builderCopy.list.noCategory'),
                  })),
                ]}
              />
              <Button variant="secondary">{t.t('builderCopy.list.filter')}</Button>
            </Form>
          </search>
          <p class="govuk-body" role="status">
            {t.t('builderCopy.list.shown', {
              count: t.number(shown.length),
              total: t.number(entries.length),
            })}
          </p>
          {groups.map((g) => (
            <Table
              t={t}
              caption={g.title}
              captionSize="m"
              rows={g.entries}
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
                  key: 'state',
                  header: t.t('builderCopy.list.state'),
                  cell: (e) => (
                    <>
                      {e.publishedNumber === null ? (
                        <Tag colour="grey">{t.t('builderCopy.list.notPublished')}</Tag>
                      ) : (
                        <Tag colour="green">{t.t('builderCopy.list.published')}</Tag>
                      )}{' '}
                      {e.drafts > 0 ? <Tag colour="yellow">{t.t('builderCopy.list.hasDraft')}</Tag> : null}
                    </>
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
                  key: 'cases',
                  header: t.t('builder.col.cases'),
                  numeric: true,
                  cell: (e) => t.number(e.cases),
                },
              ]}
            />
          ))}
        </>
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
