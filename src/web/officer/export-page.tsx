import type { Html } from '#jsx/jsx-runtime';
import { localize } from '../../domain/forms/localize.ts';
import type { ExportableEService } from '../../services/officer/export-excel.ts';
import type { ExportFormValues } from '../../services/officer/export-excel-request.ts';
import {
  Button,
  Checkboxes,
  DateInput,
  errorFor,
  type FieldError,
  Form,
  Select,
  SummaryList,
} from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { LocalText } from '../ui/questions/local-text.tsx';
import { staffNav } from './staff-nav.ts';

export interface ExportPageProps {
  ctx: PageContext;
  eServices: readonly ExportableEService[];
  /** The e-service chosen in the first form; then its versions and the dates are asked for. */
  chosen?: ExportableEService;
  values: ExportFormValues;
  errors: readonly FieldError[];
}

/** Choose an e-service; then its versions and a date range; then download the file. */
export function ExportPage(p: ExportPageProps): Html {
  const { ctx } = p;
  const t = ctx.t;
  return (
    <Page ctx={ctx} title={t.t('export.title')} navItems={staffNav(ctx)} errors={p.errors}>
      <h1 class="govuk-heading-l">{t.t('export.title')}</h1>
      <p class="govuk-body">{t.t('export.lead')}</p>
      {p.eServices.length === 0 ? (
        <p class="govuk-inset-text">{t.t('export.eService.none')}</p>
      ) : p.chosen ? (
        <ChosenEServiceForm {...p} chosen={p.chosen} />
      ) : (
        <Form ctx={ctx} method="get" action={href(ctx, '/handlaggare/export')}>
          <Select
            t={t}
            name="eService"
            label={t.t('export.eService.label')}
            labelSize="m"
            emptyOption
            value={p.values.eServiceId}
            error={errorFor(p.errors, 'eService')}
            options={p.eServices.map((e) => {
              const name = localize(e.name, ctx.lang);
              return { value: e.id, text: name.text, ...(name.fellBack ? { lang: 'sv' } : {}) };
            })}
          />
          <Button variant="secondary">{t.t('export.choose')}</Button>
        </Form>
      )}
    </Page>
  );
}

function ChosenEServiceForm(p: ExportPageProps & { chosen: ExportableEService }): Html {
  const { ctx, chosen, values } = p;
  const t = ctx.t;
  return (
    <>
      <SummaryList
        t={t}
        rows={[
          {
            key: t.t('export.eService.label'),
            value: <LocalText text={chosen.name} lang={ctx.lang} />,
            changeHref: href(ctx, '/handlaggare/export'),
          },
        ]}
      />
      <Form ctx={ctx} method="get" action={href(ctx, '/handlaggare/export/fil')}>
        <input type="hidden" name="eService" value={chosen.id} />
        <Checkboxes
          t={t}
          name="version"
          legend={t.t('export.versions.legend')}
          legendSize="m"
          hint={t.t('export.versions.hint')}
          requirement="optional"
          values={values.versionIds}
          error={errorFor(p.errors, 'version')}
          items={chosen.versions.map((v) => ({
            value: v.id,
            label:
              v.status === 'published'
                ? t.t('export.version.published', { number: v.number })
                : t.t('export.version', { number: v.number }),
          }))}
        />
        <DateInput
          t={t}
          name="from"
          partSeparator="."
          legend={t.t('export.from.legend')}
          legendSize="s"
          hint={t.t('export.date.hint')}
          requirement="optional"
          value={values.from}
          error={errorFor(p.errors, 'from.day')}
        />
        <DateInput
          t={t}
          name="to"
          partSeparator="."
          legend={t.t('export.to.legend')}
          legendSize="s"
          hint={t.t('export.date.hint')}
          requirement="optional"
          value={values.to}
          error={errorFor(p.errors, 'to.day')}
        />
        <Button>{t.t('export.download')}</Button>
      </Form>
    </>
  );
}

/** The cases checked in the case list: how many, and the download. */
export function ExportSelectedPage(p: {
  ctx: PageContext;
  caseIds: readonly string[];
  /** How many of them the officer may export. */
  count?: number;
  problem?: 'noCases' | 'tooManyCases';
  max: number;
}): Html {
  const { ctx } = p;
  const t = ctx.t;
  return (
    <Page ctx={ctx} title={t.t('export.selected.title')} navItems={staffNav(ctx)}>
      <h1 class="govuk-heading-l">{t.t('export.selected.title')}</h1>
      {p.problem ? (
        <p class="govuk-inset-text">
          {p.problem === 'noCases'
            ? t.t('export.selected.none')
            : t.t('export.selected.tooMany', { max: p.max })}
        </p>
      ) : (
        <>
          <p class="govuk-body">{t.t('export.selected.lead', { count: p.count ?? p.caseIds.length })}</p>
          {/* Posted: a long selection does not fit in an address. */}
          <Form ctx={ctx} action={href(ctx, '/handlaggare/export/fil')}>
            <input type="hidden" name="cases" value={p.caseIds.join(',')} />
            <Button>{t.t('export.download')}</Button>
          </Form>
        </>
      )}
      <p class="govuk-body">
        <a class="govuk-link" href={href(ctx, '/handlaggare/arenden')}>
          {t.t('export.backToList')}
        </a>
      </p>
    </Page>
  );
}
