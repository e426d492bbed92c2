import type { Html } from '#jsx/jsx-runtime';
import { isOverdue } from '../../../domain/cases/overdue.ts';
import { checkDelete } from '../../../domain/cases/transitions.ts';
import type { Answers } from '../../../domain/forms/answers.ts';
import { summaryAnswers } from '../../../domain/forms/format.ts';
import { formatPersonnummer } from '../../../domain/identity-numbers/index.ts';
import type { OfficerCasePage } from '../../../services/officer/case-view.ts';
import { answerTexts } from '../../citizen/runner/answer-texts.ts';
import { Button, Form, SummaryList, type SummaryRow, Tag } from '../../ui/components/index.ts';
import type { PageContext } from '../../ui/page-context.ts';
import { channelText } from './event-text.ts';
import { caseUrl } from './load.ts';
import { CaseStatusTag, ColourTag } from './tags.tsx';
import { VersionFields } from './version-fields.tsx';

function person(name: string | null, personalNumber: string | null): string {
  const pnr = personalNumber ? formatPersonnummer(personalNumber) : null;
  return [name, pnr].filter(Boolean).join(', ');
}

/** Inline one-button forms (Ta ärendet, Flagga) sit in the summary list next to what they change. */
function InlineButton(props: {
  ctx: PageContext;
  action: string;
  page?: OfficerCasePage;
  children: Html | string;
  name?: string;
  value?: string;
}) {
  return (
    <Form ctx={props.ctx} action={props.action}>
      {props.page ? <VersionFields page={props.page} /> : null}
      <Button
        variant="secondary"
        class="govuk-!-margin-bottom-0 govuk-!-margin-top-2"
        name={props.name}
        value={props.value}
      >
        {props.children}
      </Button>
    </Form>
  );
}

/** The case at a glance: who, what, when, who handles it, and the e-service's summary answers. */
export function CaseHeader(props: { ctx: PageContext; page: OfficerCasePage; now: Date }): Html {
  const { ctx, page } = props;
  const { t } = ctx;
  const c = page.c;
  const base = (path: string) => caseUrl(ctx, c.id, path);
  const overdue = isOverdue({ dueAt: c.due_at, closedAt: c.closed_at }, props.now);
  const rows: SummaryRow[] = [
    {
      key: t.t('officerCase.header.status'),
      value: <CaseStatusTag settings={page.settings} status={c.status} lang={ctx.lang} />,
    },
    {
      key: t.t('officerCase.header.submittedBy'),
      value:
        c.submitter_name || c.submitter_personal_number
          ? person(c.submitter_name, c.submitter_personal_number)
          : t.t('officerCase.header.anonymous'),
    },
  ];
  if (c.concerns_personal_number && c.concerns_personal_number !== c.submitter_personal_number) {
    rows.push({
      key: t.t('officerCase.header.concerns'),
      value: person(c.concerns_name, c.concerns_personal_number),
    });
  }
  rows.push(
    { key: t.t('officerCase.header.submittedAt'), value: t.date(c.submitted_at, true) },
    { key: t.t('officerCase.header.channel'), value: channelText(t, c.channel) },
    { key: t.t('officerCase.header.updatedAt'), value: t.date(c.updated_at, true) },
    {
      key: t.t('officerCase.header.officers'),
      value: (
        <>
          <p class="govuk-body govuk-!-margin-bottom-0">
            {page.officers.length > 0
              ? page.officers.map((o) => o.name).join(', ')
              : t.t('officerCase.header.noOfficers')}
          </p>
          {page.mayTake ? (
            <InlineButton ctx={ctx} action={base('/ta')} page={page}>
              {t.t('officerCase.header.take')}
            </InlineButton>
          ) : null}
        </>
      ),
    },
    {
      key: t.t('officerCase.header.colour'),
      value: c.colour ? (
        <ColourTag settings={page.settings} colour={c.colour} lang={ctx.lang} />
      ) : (
        t.t('officerCase.header.noColour')
      ),
    },
    {
      key: t.t('officerCase.header.dueAt'),
      value: c.due_at ? (
        <>
          {t.date(c.due_at)}
          {overdue ? (
            <>
              {' '}
              <Tag colour="red">{t.t('officerCase.header.overdue')}</Tag>
            </>
          ) : null}
        </>
      ) : (
        t.t('officerCase.header.noDue')
      ),
    },
    {
      key: t.t('officerCase.header.flag'),
      value: (
        <>
          <p class="govuk-body govuk-!-margin-bottom-0">
            {page.flagged ? t.t('officerCase.header.flagged') : t.t('officerCase.header.notFlagged')}
          </p>
          <InlineButton ctx={ctx} action={base('/flagga')} name="flag" value={page.flagged ? 'off' : 'on'}>
            {page.flagged ? t.t('officerCase.header.unflagButton') : t.t('officerCase.header.flagButton')}
          </InlineButton>
        </>
      ),
    },
  );
  if (c.external_case_number) {
    rows.push({ key: t.t('officerCase.header.externalNumber'), value: c.external_case_number });
  }
  for (const s of summaryAnswers(
    page.version.definition,
    c.answers as Answers,
    { lang: ctx.lang, texts: answerTexts(t) },
    page.settings.summaryKeys,
  )) {
    rows.push({ key: s.label.text, value: Array.isArray(s.value) ? s.value.join(', ') : s.value });
  }
  return <SummaryList t={t} rows={rows} />;
}

/** The tools: each opens its own page with one form. */
export function CaseTools(props: { ctx: PageContext; page: OfficerCasePage }): Html {
  const { ctx, page } = props;
  const { t } = ctx;
  const link = (path: string, text: string) => (
    <li>
      <a class="govuk-link" href={caseUrl(ctx, page.c.id, path)}>
        {text}
      </a>
    </li>
  );
  return (
    <nav aria-labelledby="case-tools">
      <h2 class="govuk-heading-m" id="case-tools">
        {t.t('officerCase.tools.heading')}
      </h2>
      <ul class="govuk-list">
        {link('/status', t.t('officerCase.tools.status'))}
        {link('/handlaggare', t.t('officerCase.tools.officers'))}
        {link('/farg', t.t('officerCase.tools.colour'))}
        {checkDelete(page.settings.statusSet, page.c.status).ok
          ? link('/radera', t.t('officerCase.tools.delete'))
          : null}
      </ul>
    </nav>
  );
}
