import type { Html } from '#jsx/jsx-runtime';
import type { EServiceInfo } from '../../../domain/eservices/eservice.ts';
import type { Answers } from '../../../domain/forms/answers.ts';
import type { ChoiceOption, FormDefinition, Question } from '../../../domain/forms/definition.ts';
import type { FieldError } from '../../../domain/forms/errors.ts';
import { summarizeAnswers } from '../../../domain/forms/format.ts';
import { localize, partLanguage } from '../../../domain/forms/localize.ts';
import { fieldId } from '../../ui/components/field-id.ts';
import { Button, Form, SummaryList } from '../../ui/components/index.ts';
import { textDirection } from '../../ui/i18n/languages.ts';
import { Page } from '../../ui/layout.tsx';
import { href, type PageContext } from '../../ui/page-context.ts';
import { errorMessage } from '../../ui/questions/error-messages.ts';
import { questionAnchor } from '../../ui/questions/index.ts';
import { LocalText } from '../../ui/questions/local-text.tsx';
import { ContentLanguageNote } from '../content-language-note.tsx';
import { Localized, plainText } from '../localized.tsx';
import { answerTexts } from './answer-texts.ts';
import { stepUrl } from './step-page.tsx';

export interface CheckPageProps {
  ctx: PageContext;
  /** The language of the e-service's own texts (content-language.ts); the page's (`ctx.lang`) by default. */
  contentLang?: string | undefined;
  eService: EServiceInfo;
  definition: FormDefinition;
  answers: Answers;
  /** The draft's pages, without basePath (DraftFlow): change links go to its steps. */
  path: string;
  errors: readonly FieldError[];
  /** A message above the answers (why a submit did not go through). */
  notice?: string | undefined;
  /** The page's words; a new application's by default. */
  texts?: { title: string; lead: string; declarationTitle: string; declaration: string; submit: string };
  /** Where the submit button posts, without basePath; undefined: no submit form (nothing may be sent). */
  submitPath: string | undefined;
  /** Hidden fields of the submit form. */
  submitFields?: Html;
  /** Above the page's content (DraftFlow.banner). */
  banner?: Html | undefined;
  /** After the submit form (a supplement's "Avbryt"). */
  children?: Html | Html[];
}

/**
 * The language a choice question's answer is written in when it differs from
 * the page's: the answer is its options' labels, marked when every option has
 * them in the same language (otherwise, mixed, left unmarked).
 */
function optionsLanguage(q: Question, lang: string, page: string): string | undefined {
  if (!('options' in q)) return undefined;
  const marks = new Set(
    (q.options as ChoiceOption[]).map((o) => partLanguage(localize(o.label, lang), page)),
  );
  return marks.size === 1 ? [...marks][0] : undefined;
}

function withLang(mark: string | undefined, value: Html): Html {
  return mark ? (
    <div lang={mark} dir={textDirection(mark)}>
      {value}
    </div>
  ) : (
    value
  );
}

/** "Kontrollera dina svar": every visible answer with a change link, and the submit button. */
export function CheckPage(p: CheckPageProps): Html {
  const { ctx, definition, path } = p;
  const t = ctx.t;
  const lang = p.contentLang ?? ctx.lang;
  const texts = p.texts ?? {
    title: t.t('runner.check.title'),
    lead: t.t('runner.check.lead'),
    declarationTitle: t.t('runner.check.declarationTitle'),
    declaration: t.t('runner.check.declaration'),
    submit: t.t('runner.check.submit'),
  };
  const steps = summarizeAnswers(definition, p.answers, { lang, texts: answerTexts(t) });
  // Problems left on the check page belong to steps: link to the field there.
  const summaryErrors = p.errors.map((e) => {
    const q = definition.steps.flatMap((s) => s.questions).find((x) => x.key === e.questionKey);
    return {
      field: e.field,
      message: q ? errorMessage(t, lang, q, e) : e.code,
      href: `${stepUrl(ctx, path, e.stepId, true)}#${fieldId(e.field)}`,
    };
  });
  const last = steps[steps.length - 1];
  return (
    <Page
      ctx={ctx}
      title={`${texts.title} – ${plainText(p.eService.name, lang)}`}
      errors={summaryErrors}
      backLink={last ? stepUrl(ctx, path, last.step.id) : undefined}
      beforeContent={p.banner}
    >
      <ContentLanguageNote ctx={ctx} lang={lang} pageHref={href(ctx, `${path}/kontrollera`)} />
      <span class="govuk-caption-l">
        <Localized text={p.eService.name} lang={lang} page={ctx.lang} />
      </span>
      <h1 class="govuk-heading-l">{texts.title}</h1>
      {p.notice ? <p class="govuk-inset-text">{p.notice}</p> : null}
      <p class="govuk-body">{texts.lead}</p>
      {steps.map((s) => (
        <SummaryList
          t={t}
          title={s.title.text}
          titleLang={partLanguage(s.title, ctx.lang)}
          titleLevel={2}
          rows={s.questions.map((q) => ({
            key: <LocalText text={q.question.label} lang={lang} page={ctx.lang} />,
            changeContext: q.label.text,
            changeContextLang: partLanguage(q.label, ctx.lang),
            value: q.answered ? (
              withLang(
                optionsLanguage(q.question, lang, ctx.lang),
                Array.isArray(q.value) ? (
                  <ul class="govuk-list">
                    {q.value.map((line) => (
                      <li>
                        <bdi>{line}</bdi>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <bdi class="ingang-preserve-lines">{q.value}</bdi>
                ),
              )
            ) : (
              <span class="ingang-muted">{t.t('runner.check.notAnswered')}</span>
            ),
            // The question's wrapper, not its control: the label shows and Tab starts there.
            changeHref: `${stepUrl(ctx, path, s.step.id, true)}#${questionAnchor(q.question.key)}`,
          }))}
        />
      ))}
      {p.submitPath !== undefined ? (
        <>
          <h2 class="govuk-heading-m">{texts.declarationTitle}</h2>
          <p class="govuk-body">{texts.declaration}</p>
          <Form ctx={ctx} action={href(ctx, p.submitPath)}>
            {p.submitFields ?? null}
            <Button preventDoubleClick>{texts.submit}</Button>
          </Form>
        </>
      ) : null}
      {p.children ?? null}
    </Page>
  );
}
