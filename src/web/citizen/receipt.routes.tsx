import type { FastifyInstance } from 'fastify';
import { caseApplicationPdf } from '../case-pdf.ts';
import { pageContext, sendPage } from '../render.ts';
import { Button, Panel } from '../ui/components/index.ts';
import { Page } from '../ui/layout.tsx';
import { href } from '../ui/page-context.ts';
import { contentLanguage } from './content-language.ts';
import type { CitizenDeps } from './index.ts';
import { loadResidentCase } from './load-case.ts';
import { plainText } from './localized.tsx';

/** The receipt after submitting, and the application as a PDF. */
export function registerReceiptRoutes(app: FastifyInstance, { config, services }: CitizenDeps): void {
  app.get('/arenden/:caseId/kvitto', async (req, reply) => {
    const { theCase, eService } = await loadResidentCase(req, services);
    const ctx = pageContext(req, reply, config, 'resident');
    const t = ctx.t;
    const lang = contentLanguage(req, reply, config, eService.offeredLanguages, ctx.lang);
    const loggedIn = req.session?.kind === 'resident';
    return sendPage(
      reply,
      200,
      <Page ctx={ctx} title={`${t.t('runner.receipt.title')} – ${plainText(eService.name, lang)}`}>
        <Panel title={t.t('runner.receipt.title')} headingLevel={1}>
          {t.t('runner.receipt.caseNumber')}
          <br />
          <strong>{theCase.caseNumber}</strong>
        </Panel>
        <h2 class="govuk-heading-m">{t.t('runner.receipt.next')}</h2>
        <p class="govuk-body">
          {loggedIn ? t.t('runner.receipt.nextLoggedIn') : t.t('runner.receipt.nextAnonymous')}
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={href(ctx, `/arenden/${theCase.id}/ansokan.pdf`)} download>
            {t.t('runner.receipt.pdf')}
          </a>
        </p>
        {loggedIn ? (
          <Button href={href(ctx, `/mina-sidor/arenden/${theCase.id}`)}>
            {t.t('runner.receipt.myPages')}
          </Button>
        ) : null}
      </Page>,
    );
  });

  app.get('/arenden/:caseId/ansokan.pdf', async (req, reply) => {
    const { theCase, eService, definition } = await loadResidentCase(req, services);
    const ctx = pageContext(req, reply, config, 'resident');
    const files = await services.residentCases.files(theCase);
    const pdf = await caseApplicationPdf({
      t: ctx.t,
      municipalityName: req.municipality?.name ?? '',
      eService,
      definition,
      theCase,
      files: files.filter((f) => f.questionKey),
    });
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="ansokan-${theCase.caseNumber}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
