import type { Html } from '#jsx/jsx-runtime';
import { type CaseListQuery, caseListSearch } from '../../domain/cases/case-list-query.ts';
import { textIn } from '../../domain/forms/localize.ts';
import type { BulkOptions } from '../../services/officer/bulk-options.ts';
import { selectionValue } from '../../services/officer/bulk-selection.ts';
import type { CaseListFacets } from '../../services/officer/case-list.ts';
import type { StaffSettings } from '../../services/officer/staff-settings.ts';
import {
  Button,
  ButtonGroup,
  Checkboxes,
  errorFor,
  type FieldError,
  Form,
  Radios,
  WarningText,
} from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { staffNav } from './staff-nav.ts';

export type BulkStep = 'officers' | 'colour' | 'status';

export interface BulkPageProps {
  ctx: PageContext;
  step: BulkStep;
  options: BulkOptions;
  facets: CaseListFacets;
  settings: StaffSettings;
  /** The list the officer came from, to go back to. */
  returnQuery: CaseListQuery;
  errors: readonly FieldError[];
  /** What was chosen, shown again after an error. */
  chosen: { officers?: readonly string[]; colour?: string; status?: string; noNotify?: boolean };
}

const listUrl = (ctx: PageContext, q: CaseListQuery) =>
  `${href(ctx, '/handlaggare/arenden')}${caseListSearch(q)}`;

/** The selected cases, carried as hidden fields and listed for the officer to see. */
function Selection(props: {
  ctx: PageContext;
  options: BulkOptions;
  step: BulkStep;
  returnQuery: CaseListQuery;
}) {
  const { ctx, options } = props;
  return (
    <>
      <input type="hidden" name="action" value={props.step} />
      <input type="hidden" name="step" value="apply" />
      <input type="hidden" name="return" value={caseListSearch(props.returnQuery)} />
      {options.cases.map((c) => (
        <input type="hidden" name="cases" value={selectionValue(c)} />
      ))}
      <h2 class="govuk-heading-s">{ctx.t.t('caseList.bulk.selected')}</h2>
      <ul class="govuk-list govuk-list--bullet">
        {options.cases.map((c) => (
          <li>{c.case_number}</li>
        ))}
      </ul>
    </>
  );
}

function Choices(props: BulkPageProps): Html {
  const { ctx, options, facets, settings, chosen, errors } = props;
  const t = ctx.t;
  if (props.step === 'officers') {
    const restricted = options.restrictedEServices
      .map((id) => facets.eServices.find((e) => e.id === id))
      .map((e) => (e ? textIn(e.name, ctx.lang) : ''))
      .join(', ');
    return (
      <>
        {options.handlers.length === 0 ? (
          <p class="govuk-body">{t.t('caseList.bulk.officers.noHandlers')}</p>
        ) : null}
        <Checkboxes
          t={t}
          name="officers"
          legend={t.t('caseList.bulk.officers.legend')}
          legendSize="m"
          hint={t.t('caseList.bulk.officers.hint')}
          error={errorFor(errors, 'officers')}
          values={chosen.officers ?? options.commonOfficers}
          items={options.handlers.map((h) => ({
            value: h.id,
            label: settings.officerLabel === 'username' ? h.username : h.name,
          }))}
        />
        {options.restrictedEServices.length > 0 ? (
          <>
            <WarningText t={t}>
              {t.t('caseList.bulk.officers.selfWarning', { eServices: restricted })}
            </WarningText>
            <Checkboxes
              t={t}
              name="confirmSelf"
              legend={t.t('caseList.bulk.officers.confirmSelf')}
              legendSize="s"
              error={errorFor(errors, 'confirmSelf')}
              items={[{ value: 'yes', label: t.t('caseList.bulk.officers.confirmSelf') }]}
            />
          </>
        ) : null}
      </>
    );
  }
  if (props.step === 'colour') {
    if (options.colourLabels.length === 0)
      return <p class="govuk-body">{t.t('caseList.bulk.colour.noLabels')}</p>;
    return (
      <Radios
        t={t}
        name="colour"
        legend={t.t('caseList.bulk.colour.legend')}
        legendSize="m"
        error={errorFor(errors, 'colour')}
        value={chosen.colour ?? null}
        items={[
          ...options.colourLabels.map((l) => ({ value: l.key, label: textIn(l.meaning, ctx.lang) })),
          { divider: true as const },
          { value: 'none', label: t.t('caseList.bulk.colour.none') },
        ]}
      />
    );
  }
  return (
    <>
      <Radios
        t={t}
        name="status"
        legend={t.t('caseList.bulk.status.legend')}
        legendSize="m"
        error={errorFor(errors, 'status')}
        value={chosen.status ?? null}
        items={(options.statusSet ?? []).map((s) => ({ value: s.key, label: textIn(s.name, ctx.lang) }))}
      />
      <Checkboxes
        t={t}
        name="noNotify"
        legend={t.t('caseList.bulk.status.noNotify')}
        legendSize="s"
        values={chosen.noNotify ? ['yes'] : []}
        items={[
          {
            value: 'yes',
            label: t.t('caseList.bulk.status.noNotify'),
            hint: t.t('caseList.bulk.status.noNotifyHint'),
          },
        ]}
      />
    </>
  );
}

/** The second step of "Byt handläggare", "Färgmarkera" and "Ändra status": choose, then save. */
export function BulkPage(props: BulkPageProps): Html {
  const { ctx } = props;
  const t = ctx.t;
  const title = t.t(`caseList.bulk.${props.step}.title`);
  const back = listUrl(ctx, props.returnQuery);
  const canSave =
    (props.step !== 'colour' || props.options.colourLabels.length > 0) &&
    (props.step !== 'officers' ||
      props.options.handlers.length > 0 ||
      props.options.commonOfficers.length > 0);
  return (
    <Page ctx={ctx} title={title} navItems={staffNav(ctx)} errors={props.errors} backLink={back}>
      <h1 class="govuk-heading-l">{title}</h1>
      <Form ctx={ctx} action={href(ctx, '/handlaggare/arenden')}>
        <Selection ctx={ctx} options={props.options} step={props.step} returnQuery={props.returnQuery} />
        <Choices {...props} />
        <ButtonGroup>
          {canSave ? <Button preventDoubleClick>{t.t(`caseList.bulk.${props.step}.submit`)}</Button> : null}
          <a class="govuk-link" href={back}>
            {t.t('caseList.bulk.cancel')}
          </a>
        </ButtonGroup>
      </Form>
    </Page>
  );
}

/** "Ändra status" on cases of several versions: why not, and links that narrow the list to one version. */
export function MixedVersionsPage(props: {
  ctx: PageContext;
  options: Pick<BulkOptions, 'versions'>;
  facets: CaseListFacets;
  returnQuery: CaseListQuery;
}): Html {
  const { ctx, facets } = props;
  const t = ctx.t;
  const title = t.t('caseList.bulk.status.mixedTitle');
  return (
    <Page ctx={ctx} title={title} navItems={staffNav(ctx)} backLink={listUrl(ctx, props.returnQuery)}>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">
        {t.t('caseList.bulk.status.mixed', { count: t.number(props.options.versions.length) })}
      </p>
      <ul class="govuk-list">
        {props.options.versions.map((v) => {
          const e = facets.eServices.find((x) => x.id === v.eServiceId);
          const narrowed = {
            ...props.returnQuery,
            eServiceId: v.eServiceId,
            versionId: v.versionId,
            page: 1,
          };
          return (
            <li>
              <a class="govuk-link" href={listUrl(ctx, narrowed)}>
                {t.t('caseList.bulk.status.narrow', {
                  eService: e ? textIn(e.name, ctx.lang) : '',
                  number: v.number,
                  count: t.number(v.count),
                })}
              </a>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
