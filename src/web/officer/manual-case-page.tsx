import type { Html } from '#jsx/jsx-runtime';
import type { RawFields } from '../../domain/forms/answers.ts';
import type { Question } from '../../domain/forms/definition.ts';
import type { FieldError as EngineError } from '../../domain/forms/errors.ts';
import type { Evaluation } from '../../domain/forms/evaluate.ts';
import { localize } from '../../domain/forms/localize.ts';
import type { ManualCaseEService } from '../../services/officer/manual-case.ts';
import { MANUAL_CHANNELS } from '../../services/officer/manual-case-details.ts';
import {
  Button,
  ButtonGroup,
  errorFor,
  type FieldError,
  Form,
  Radios,
  TextInput,
} from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { DefaultSubmit, QuestionField, RevealedBanner, toSummaryErrors } from '../ui/questions/index.ts';
import { LocalText } from '../ui/questions/local-text.tsx';
import { staffNav } from './staff-nav.ts';

/** Field names of the case details; the e-service's questions are `q.<key>`, so they never collide. */
export const DETAIL_FIELDS = {
  channel: 'case.channel',
  personalNumber: 'case.personalNumber',
  name: 'case.name',
} as const;
/** The questions that were on the page when it was posted, so ones a post brings up are told apart. */
export const SHOWN_FIELD = 'shown';

export interface ManualCasePageProps {
  ctx: PageContext;
  eService: ManualCaseEService;
  details: { channel: string; personalNumber: string; name: string };
  detailErrors: readonly FieldError[];
  raw: RawFields;
  evaluation: Evaluation;
  errors: readonly EngineError[];
  revealed: readonly Question[];
}

export function manualCaseUrl(ctx: PageContext, eServiceId: string): string {
  return href(ctx, `/handlaggare/nytt-arende/${eServiceId}`);
}

/** Registering a case: how it arrived and whose it is, then every step's questions on one page. */
export function ManualCasePage(p: ManualCasePageProps): Html {
  const { ctx, eService, evaluation } = p;
  const t = ctx.t;
  const def = eService.definition;
  const service = localize(eService.name, ctx.lang).text;
  const title = t.t('manualCase.formTitle', { service });
  const shownQuestions = (qs: readonly Question[]) =>
    qs.filter((q) => q.type !== 'file' && evaluation.visible.has(q.key));
  const shownKeys = def.steps.flatMap((s) => shownQuestions(s.questions)).map((q) => q.key);
  const hasFiles = def.steps.some((s) => s.questions.some((q) => q.type === 'file'));
  return (
    <Page
      ctx={ctx}
      title={title}
      navItems={staffNav(ctx)}
      backLink={href(ctx, '/handlaggare/nytt-arende')}
      errors={[...p.detailErrors, ...toSummaryErrors(t, ctx.lang, def, p.errors)]}
    >
      <RevealedBanner t={t} lang={ctx.lang} heading={t.t('manualCase.revealed')} questions={p.revealed} />
      <span class="govuk-caption-l">
        <LocalText text={eService.name} lang={ctx.lang} />
      </span>
      <h1 class="govuk-heading-l">{t.t('manualCase.title')}</h1>
      <p class="govuk-body">{t.t('manualCase.requiredNote')}</p>
      <Form ctx={ctx} action={manualCaseUrl(ctx, eService.id)}>
        {/* Enter in a text box presses the first submit button: make that "Register", not "Remove row". */}
        <DefaultSubmit name="action" value="save">
          {t.t('manualCase.save')}
        </DefaultSubmit>
        <input type="hidden" name={SHOWN_FIELD} value={shownKeys.join(' ')} />
        <h2 class="govuk-heading-m">{t.t('manualCase.details.heading')}</h2>
        <Radios
          t={t}
          name={DETAIL_FIELDS.channel}
          legend={t.t('manualCase.channel.legend')}
          legendSize="s"
          value={p.details.channel}
          error={errorFor(p.detailErrors, DETAIL_FIELDS.channel)}
          items={MANUAL_CHANNELS.map((c) => ({ value: c, label: t.t(`manualCase.channel.${c}`) }))}
        />
        <TextInput
          t={t}
          name={DETAIL_FIELDS.personalNumber}
          label={t.t('manualCase.personalNumber.label')}
          hint={t.t('manualCase.personalNumber.hint')}
          requirement="optional"
          width={20}
          inputmode="numeric"
          spellcheck={false}
          value={p.details.personalNumber}
          error={errorFor(p.detailErrors, DETAIL_FIELDS.personalNumber)}
        />
        <TextInput
          t={t}
          name={DETAIL_FIELDS.name}
          label={t.t('manualCase.name.label')}
          requirement="optional"
          width="two-thirds"
          spellcheck={false}
          value={p.details.name}
          error={errorFor(p.detailErrors, DETAIL_FIELDS.name)}
        />
        {def.steps.map((step) => {
          const questions = shownQuestions(step.questions);
          if (questions.length === 0) return null;
          return (
            <>
              <h2 class="govuk-heading-m">
                <LocalText text={step.title} lang={ctx.lang} />
              </h2>
              {questions.map((q) => (
                <QuestionField
                  t={t}
                  lang={ctx.lang}
                  question={q}
                  required={evaluation.required.has(q.key)}
                  raw={p.raw}
                  errors={p.errors.filter((e) => e.questionKey === q.key)}
                  computedValue={q.type === 'computed' ? evaluation.answers[q.key] : undefined}
                />
              ))}
            </>
          );
        })}
        {hasFiles ? <p class="govuk-inset-text">{t.t('manualCase.filesNote')}</p> : null}
        <p class="govuk-body">{t.t('manualCase.refreshHint')}</p>
        <ButtonGroup>
          <Button name="action" value="save" preventDoubleClick>
            {t.t('manualCase.save')}
          </Button>
          <Button name="action" value="refresh" variant="secondary">
            {t.t('manualCase.refresh')}
          </Button>
        </ButtonGroup>
      </Form>
    </Page>
  );
}
