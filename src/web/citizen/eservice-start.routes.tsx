import type { FastifyInstance } from 'fastify';
import { type EServiceInfo, mayApplyAnonymously, offersLogin } from '../../domain/eservices/eservice.ts';
import { completeLanguages } from '../../domain/forms/localize.ts';
import { notFound } from '../errors.tsx';
import { pageContext, sendPage } from '../render.ts';
import { Button, ButtonGroup, Form, NotificationBanner, SummaryList } from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href, type PageContext } from '../ui/page-context.ts';
import { contentLanguage } from './content-language.ts';
import type { CitizenDeps } from './index.ts';
import { Localized, plainText } from './localized.tsx';
import { OfferedLanguages } from './offered-languages.tsx';
import { ensureOwner, ownerOf } from './owner.ts';

const PERSONAL_DATA_ROWS = [
  'dataProcessed',
  'purpose',
  'legalBasis',
  'retention',
  'controller',
  'complaint',
] as const;

/** The builder's preview of the start page: nothing on it starts an application. */
export interface StartPagePreview {
  /** Where the page itself is (its language links stay on the preview). */
  path: string;
  /** "Prova e-tjänsten" in the builder, for the version being built. */
  tryHref: string | null;
  backHref: string;
}

export function StartPage(props: {
  ctx: PageContext;
  e: EServiceInfo;
  /** The language of the e-service's own texts (content-language.ts). */
  lang: string;
  partlyTranslated: boolean;
  preview?: StartPagePreview;
}) {
  const { preview } = props;
  const { ctx, e, lang } = props;
  const t = ctx.t;
  const loggedIn = ctx.user?.kind === 'resident';
  const startAction = href(ctx, `/e-tjanster/${e.slug}/starta`);
  const loginThenStart = href(
    ctx,
    `/logga-in?returnTo=${encodeURIComponent(href(ctx, `/e-tjanster/${e.slug}`))}`,
  );
  return (
    <Page ctx={ctx} title={plainText(e.name, lang)}>
      {preview ? (
        <NotificationBanner t={t} title={t.t('eservice.preview.tag')}>
          <p class="govuk-body">{t.t('eservice.preview.body')}</p>
          <p class="govuk-body">
            <a class="govuk-link" href={preview.backHref}>
              {t.t('eservice.preview.back')}
            </a>
          </p>
        </NotificationBanner>
      ) : null}
      <span class="govuk-caption-l">
        <Localized text={e.category} lang={lang} page={ctx.lang} />
      </span>
      <h1 class="govuk-heading-xl">
        <Localized text={e.name} lang={lang} page={ctx.lang} />
      </h1>
      {props.partlyTranslated ? <p class="govuk-inset-text">{t.t('eservice.partlyTranslated')}</p> : null}
      <p class="govuk-body-l">
        <Localized text={e.description} lang={lang} page={ctx.lang} />
      </p>
      {e.whatYouNeed ? (
        <>
          <h2 class="govuk-heading-m">{t.t('eservice.whatYouNeed')}</h2>
          <p class="govuk-body ingang-preserve-lines">
            <Localized text={e.whatYouNeed} lang={lang} page={ctx.lang} />
          </p>
        </>
      ) : null}
      <OfferedLanguages
        ctx={ctx}
        offered={e.offeredLanguages}
        contentLang={lang}
        path={preview ? preview.path : `/e-tjanster/${e.slug}`}
      />
      <h2 class="govuk-heading-m">{t.t('eservice.login.title')}</h2>
      <p class="govuk-body">{t.t(`eservice.login.${e.loginRequirement}`)}</p>
      {preview ? (
        preview.tryHref ? (
          <ButtonGroup>
            <Button start href={preview.tryHref}>
              {t.t('eservice.preview.try')}
            </Button>
          </ButtonGroup>
        ) : null
      ) : (
        <ButtonGroup>
          {loggedIn || !offersLogin(e) ? (
            <Form ctx={ctx} action={startAction}>
              <Button start preventDoubleClick>
                {t.t('eservice.start')}
              </Button>
            </Form>
          ) : (
            <>
              <Button start href={loginThenStart}>
                {t.t('eservice.loginAndStart')}
              </Button>
              {mayApplyAnonymously(e) ? (
                <Form ctx={ctx} action={startAction}>
                  <Button variant="secondary" preventDoubleClick>
                    {t.t('eservice.startWithoutLogin')}
                  </Button>
                </Form>
              ) : null}
            </>
          )}
        </ButtonGroup>
      )}
      <h2 class="govuk-heading-m">{t.t('eservice.personalData.title')}</h2>
      <SummaryList
        t={t}
        rows={PERSONAL_DATA_ROWS.map((k) => ({
          key: t.t(`eservice.personalData.${k}`),
          value: <Localized text={e.personalData[k]} lang={lang} page={ctx.lang} />,
        }))}
      />
      {e.contact.email || e.contact.phone ? (
        <>
          <h2 class="govuk-heading-m">{t.t('eservice.contact.title')}</h2>
          <p class="govuk-body">
            {e.contact.unit ? (
              <>
                <Localized text={e.contact.unit} lang={lang} page={ctx.lang} />
                <br />
              </>
            ) : null}
            {e.contact.email ? (
              <>
                <a class="govuk-link" href={`mailto:${e.contact.email}`}>
                  {e.contact.email}
                </a>
                <br />
              </>
            ) : null}
            {e.contact.phone ? <bdi dir="ltr">{e.contact.phone}</bdi> : null}
          </p>
        </>
      ) : null}
    </Page>
  );
}

/** Each e-service's start page, and starting it (which creates a draft). */
export function registerEServiceStartRoutes(app: FastifyInstance, { config, services }: CitizenDeps): void {
  app.get('/e-tjanster/:slug', async (req, reply) => {
    const m = req.municipality;
    const { slug } = req.params as { slug: string };
    const e = m && (await services.eServices.bySlug(m.id, slug));
    const version = e && (await services.eServices.publishedVersion(m.id, e.id));
    if (!e || !version) throw notFound();
    const ctx = pageContext(req, reply, config, 'resident');
    const lang = contentLanguage(req, reply, config, e.offeredLanguages, ctx.lang);
    const partlyTranslated = lang !== 'sv' && !completeLanguages(version.definition).includes(lang);
    return sendPage(
      reply,
      200,
      <StartPage ctx={ctx} e={e} lang={lang} partlyTranslated={partlyTranslated} />,
    );
  });

  app.post('/e-tjanster/:slug/starta', async (req, reply) => {
    const m = req.municipality;
    const { slug } = req.params as { slug: string };
    const e = m && (await services.eServices.bySlug(m.id, slug));
    if (!m || !e) throw notFound();
    const current = ownerOf(req);
    if (!mayApplyAnonymously(e) && current?.kind !== 'resident') {
      const back = `${req.basePath}/e-tjanster/${e.slug}`;
      return reply.redirect(`${req.basePath}/logga-in?returnTo=${encodeURIComponent(back)}`, 303);
    }
    const owner = await ensureOwner(req, reply, services, config);
    const draftId = await services.drafts.start(m.id, e.id, owner);
    if (!draftId) throw notFound();
    return reply.redirect(`${req.basePath}/utkast/${draftId}`, 303);
  });
}
