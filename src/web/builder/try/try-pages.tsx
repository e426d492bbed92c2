import type { Html } from '#jsx/jsx-runtime';
import type { EServiceInfo } from '../../../domain/eservices/eservice.ts';
import type { Answers } from '../../../domain/forms/answers.ts';
import type { FormDefinition } from '../../../domain/forms/definition.ts';
import { summarizeAnswers } from '../../../domain/forms/format.ts';
import { Localized, plainText } from '../../citizen/localized.tsx';
import { answerTexts } from '../../citizen/runner/answer-texts.ts';
import { staffNav } from '../../officer/staff-nav.ts';
import { Button, ButtonGroup, Form, Select, SummaryList } from '../../ui/components/index.ts';
import { LANGUAGE_NAMES, UI_LANGUAGES } from '../../ui/i18n/languages.ts';
import type { Translator } from '../../ui/i18n/translator.ts';
import { Page } from '../../ui/layout.tsx';
import { href, type PageContext } from '../../ui/page-context.ts';
import { builderPath } from '../paths.ts';

/** Where a try of a version starts (the e-service page links here for drafts). */
export const tryStartPath = (eServiceId: string, versionId: string): string =>
  builderPath(eServiceId, `/versioner/${encodeURIComponent(versionId)}/prova`);

/** The pages of a test draft, under the builder so the staff guard applies. */
export const TRY_ROUTE = builderPath(undefined, '/prova/:draftId');
export const tryPath = (draftId: string): string => builderPath(undefined, `/prova/${draftId}`);

/** "Testläge — inget ärende skapas", at the top of every page of a try. */
export function TestModeBanner(props: { t: Translator }): Html {
  const { t } = props;
  return (
    <div class="govuk-phase-banner" id="test-mode-banner">
      <p class="govuk-phase-banner__content">
        <strong class="govuk-tag govuk-phase-banner__content__tag">{t.t('builderTry.banner.tag')}</strong>{' '}
        <span class="govuk-phase-banner__text">{t.t('builderTry.banner.text')}</span>
      </p>
    </div>
  );
}

/**
 * The languages a try may start in: every language of the resident pages, so
 * a developer sees a language before offering it (texts not yet translated
 * show in Swedish, as they would for residents).
 */
export function tryLanguages(): string[] {
  return [...UI_LANGUAGES];
}

/** GET …/versioner/:versionId/prova — what a try is, and the button that starts one. */
export function TryStartPage(props: {
  ctx: PageContext;
  eService: EServiceInfo;
  version: { id: string; number: number; status: string };
}): Html {
  const { ctx, eService, version } = props;
  const t = ctx.t;
  const title = t.t('builderTry.start.title');
  const languages = tryLanguages();
  return (
    <Page
      ctx={ctx}
      title={`${title} – ${plainText(eService.name, ctx.lang)}`}
      navItems={staffNav(ctx)}
      backLink={{ href: href(ctx, builderPath(eService.id)), text: t.t('builderTry.start.back') }}
    >
      <span class="govuk-caption-l">
        <Localized text={eService.name} lang={ctx.lang} />
        {' – '}
        {t.t('builderTry.start.caption', { number: String(version.number) })}
      </span>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body-l">{t.t('builderTry.start.lead')}</p>
      <p class="govuk-body">
        {version.status === 'draft'
          ? t.t('builderTry.start.draftNote')
          : t.t('builderTry.start.publishedNote')}
      </p>
      <p class="govuk-inset-text">{t.t('builderTry.start.loginNote')}</p>
      <Form ctx={ctx} action={href(ctx, tryStartPath(eService.id, version.id))}>
        {languages.length > 1 ? (
          <Select
            t={t}
            name="lang"
            label={t.t('builderTry.start.lang')}
            hint={t.t('builderTry.start.langHint')}
            value={ctx.lang}
            options={languages.map((l) => ({ value: l, text: LANGUAGE_NAMES[l] ?? l, lang: l }))}
          />
        ) : null}
        <Button start preventDoubleClick>
          {t.t('builderTry.start.submit')}
        </Button>
      </Form>
    </Page>
  );
}

/** After "Skicka" in test mode: what would have been sent; nothing was. */
export function TryReceiptPage(props: {
  ctx: PageContext;
  eService: EServiceInfo;
  versionId: string;
  definition: FormDefinition;
  answers: Answers;
}): Html {
  const { ctx } = props;
  const t = ctx.t;
  const title = t.t('builderTry.receipt.title');
  const steps = summarizeAnswers(props.definition, props.answers, { lang: ctx.lang, texts: answerTexts(t) });
  return (
    <Page
      ctx={ctx}
      title={`${title} – ${plainText(props.eService.name, ctx.lang)}`}
      beforeContent={<TestModeBanner t={t} />}
    >
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">{title}</h1>
        <div class="govuk-panel__body">
          <Localized text={props.eService.name} lang={ctx.lang} />
        </div>
      </div>
      <p class="govuk-body">{t.t('builderTry.receipt.body')}</p>
      <h2 class="govuk-heading-m">{t.t('builderTry.receipt.summary')}</h2>
      {steps.map((s) => (
        <SummaryList
          t={t}
          title={s.title.text}
          titleLevel={3}
          rows={s.questions
            .filter((q) => q.answered)
            .map((q) => ({
              key: q.label.fellBack ? (
                <span lang="sv" dir="ltr">
                  {q.label.text}
                </span>
              ) : (
                q.label.text
              ),
              value: Array.isArray(q.value) ? (
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
            }))}
        />
      ))}
      <ButtonGroup>
        <Button href={href(ctx, tryStartPath(props.eService.id, props.versionId))}>
          {t.t('builderTry.receipt.again')}
        </Button>
        <a class="govuk-link" href={href(ctx, builderPath(props.eService.id))}>
          {t.t('builderTry.receipt.back')}
        </a>
      </ButtonGroup>
    </Page>
  );
}

/** Under the check page of a try: end it without sending (the test draft is deleted). */
export function EndTryForm(props: { ctx: PageContext; draftId: string }): Html {
  const { ctx } = props;
  return (
    <>
      <h2 class="govuk-heading-m">{ctx.t.t('builderTry.end.title')}</h2>
      <Form ctx={ctx} action={href(ctx, `${tryPath(props.draftId)}/avsluta`)}>
        <Button variant="secondary">{ctx.t.t('builderTry.end.submit')}</Button>
      </Form>
    </>
  );
}
