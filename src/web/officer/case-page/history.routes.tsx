import type { FastifyInstance } from 'fastify';
import type { Answers } from '../../../domain/forms/answers.ts';
import { caseApplicationPdf } from '../../case-pdf.ts';
import { pageContext, sendPage } from '../../render.ts';
import type { OfficerDeps } from '../index.ts';
import { requireStaff } from '../require-staff.ts';
import { CaseLayout } from './case-layout.tsx';
import { EventLine } from './conflict-banner.tsx';
import { caseUrl, loadCasePage } from './load.ts';

/** History: every event with who and when, in words; and the application as a PDF. */
export function registerCaseHistoryRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const { services, config } = deps;
  const pre = { preHandler: requireStaff(services, 'officer') };

  app.get('/handlaggare/arenden/:caseId/historik', pre, async (req, reply) => {
    const { page } = await loadCasePage(req, services);
    const events = await services.officerCase.view.history(page.c);
    const ctx = pageContext(req, reply, config, 'staff');
    const { t } = ctx;
    const facts = { definition: page.version.definition, settings: page.settings };
    return sendPage(
      reply,
      200,
      <CaseLayout ctx={ctx} page={page} tab="history">
        <h2 class="govuk-heading-m">{t.t('officerCase.history.heading')}</h2>
        <p class="govuk-body">
          <a class="govuk-link" href={caseUrl(ctx, page.c.id, '/ansokan.pdf')} download>
            {t.t('officerCase.history.pdf')}
          </a>
        </p>
        <ol class="govuk-list ingang-history">
          {events.map((e) => (
            <li>
              <EventLine t={t} facts={facts} event={e} />
            </li>
          ))}
        </ol>
      </CaseLayout>,
    );
  });

  app.get('/handlaggare/arenden/:caseId/ansokan.pdf', pre, async (req, reply) => {
    const { page } = await loadCasePage(req, services);
    const ctx = pageContext(req, reply, config, 'staff');
    const files = await services.officerCase.view.files(page.c);
    const c = page.c;
    const pdf = await caseApplicationPdf({
      t: ctx.t,
      municipalityName: req.municipality?.name ?? '',
      eService: page.eService,
      definition: page.version.definition,
      theCase: {
        caseNumber: c.case_number,
        submittedAt: c.submitted_at,
        answers: c.answers as Answers,
        submitterName: c.submitter_name,
        submitterPersonalNumber: c.submitter_personal_number,
      },
      files: files.filter((f) => f.questionKey),
    });
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="ansokan-${c.case_number}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
