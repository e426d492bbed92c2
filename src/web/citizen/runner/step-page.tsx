import type { Html } from '#jsx/jsx-runtime';
import type { EServiceInfo } from '../../../domain/eservices/eservice.ts';
import type { AnswerValue, FileRef, RawFields } from '../../../domain/forms/answers.ts';
import type { FormDefinition, Question, Step } from '../../../domain/forms/definition.ts';
import type { FieldError } from '../../../domain/forms/errors.ts';
import { localize, partLanguage } from '../../../domain/forms/localize.ts';
import { Button, ButtonGroup, Form, StepIndicator } from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import { href, type PageContext } from '../../ui/page-context.ts';
import { DefaultSubmit, QuestionField, RevealedBanner, toSummaryErrors } from '../../ui/questions/index.ts';
import { ContentLanguageNote } from '../content-language-note.tsx';
import { Localized, plainText } from '../localized.tsx';

export interface StepPageProps {
  ctx: PageContext;
  /** The language of the e-service's own texts (content-language.ts); the page's (`ctx.lang`) by default. */
  contentLang?: string | undefined;
  eService: EServiceInfo;
  definition: FormDefinition;
  /** The draft's pages, without basePath (DraftFlow): `/utkast/<id>`. */
  path: string;
  step: Step;
  visibleStepIds: readonly string[];
  visitedSteps: readonly string[];
  raw: RawFields;
  answers: Readonly<Record<string, AnswerValue>>;
  visible: ReadonlySet<string>;
  required: ReadonlySet<string>;
  errors: readonly FieldError[];
  /** Questions the last post brought up: listed in a banner so no one misses them. */
  revealed: readonly Question[];
  fromCheck: boolean;
  backHref: string;
  canSave: boolean;
  /** At the top of the page, in place of the anonymous note (DraftFlow.banner). */
  banner?: Html | undefined;
}

/** A step of the draft whose pages are at `path` (`/utkast/<id>`, see DraftFlow). */
export function stepUrl(ctx: PageContext, path: string, stepId: string, fromCheck = false): string {
  return href(ctx, `${path}/steg/${encodeURIComponent(stepId)}${fromCheck ? '?fran=kontroll' : ''}`);
}

/** One step of an e-service: its visible questions, the step indicator, Continue and Save. */
export function StepPage(p: StepPageProps): Html {
  const { ctx, step } = p;
  const t = ctx.t;
  const lang = p.contentLang ?? ctx.lang;
  const visibleSteps = p.definition.steps.filter((s) => p.visibleStepIds.includes(s.id));
  const index = visibleSteps.findIndex((s) => s.id === step.id);
  const indicator = [
    ...visibleSteps.map((s) => ({
      title: plainText(s.title, lang),
      lang: partLanguage(localize(s.title, lang), ctx.lang),
      href: p.visitedSteps.includes(s.id) && s.id !== step.id ? stepUrl(ctx, p.path, s.id) : undefined,
    })),
    { title: t.t('runner.check.title') },
  ];
  const questions = step.questions.filter((q) => p.visible.has(q.key));
  const hasFiles = questions.some((q) => q.type === 'file');
  return (
    <Page
      ctx={ctx}
      title={t.t('runner.stepTitle', {
        step: plainText(step.title, lang),
        service: plainText(p.eService.name, lang),
      })}
      errors={toSummaryErrors(t, lang, p.definition, p.errors)}
      backLink={p.backHref}
      beforeContent={
        <>
          {p.banner ?? null}
          <StepIndicator t={t} steps={indicator} current={index + 1} />
        </>
      }
    >
      <ContentLanguageNote ctx={ctx} lang={lang} pageHref={stepUrl(ctx, p.path, step.id, p.fromCheck)} />
      <RevealedBanner t={t} lang={lang} heading={t.t('runner.revealed')} questions={p.revealed} />
      <span class="govuk-caption-l">
        <Localized text={p.eService.name} lang={lang} page={ctx.lang} />
      </span>
      <h1 class="govuk-heading-l">
        <Localized text={step.title} lang={lang} page={ctx.lang} />
      </h1>
      {step.description ? (
        <p class="govuk-body">
          <Localized text={step.description} lang={lang} page={ctx.lang} />
        </p>
      ) : null}
      {p.canSave || p.banner ? null : <p class="govuk-inset-text">{t.t('runner.anonymousNote')}</p>}
      <Form ctx={ctx} action={stepUrl(ctx, p.path, step.id, p.fromCheck)} multipart={hasFiles}>
        {/* Enter in a text box presses the first submit button: make that "Continue", not "Remove". */}
        <DefaultSubmit name="action" value="continue">
          {t.t('runner.continue')}
        </DefaultSubmit>
        {questions.map((q) => (
          <QuestionField
            t={t}
            lang={lang}
            question={q}
            required={p.required.has(q.key)}
            raw={p.raw}
            errors={p.errors.filter((e) => e.questionKey === q.key)}
            files={q.type === 'file' ? (p.answers[q.key] as FileRef[] | undefined) : undefined}
            computedValue={q.type === 'computed' ? p.answers[q.key] : undefined}
            csrfToken={ctx.csrfToken}
          />
        ))}
        <ButtonGroup>
          <Button name="action" value="continue" preventDoubleClick>
            {t.t('runner.continue')}
          </Button>
          {p.canSave ? (
            <Button name="action" value="save" variant="secondary">
              {t.t('runner.saveLater')}
            </Button>
          ) : null}
        </ButtonGroup>
      </Form>
    </Page>
  );
}
