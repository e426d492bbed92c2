import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { statusByKey } from '../../domain/cases/statuses.ts';
import { localize } from '../../domain/forms/localize.ts';
import type { CaseEventView } from '../../services/cases/resident-cases.ts';
import { notFound } from '../errors.tsx';
import { contentDisposition } from '../officer/case-page/documents.routes.tsx';
import { postedString, readPostedForm } from '../posted-form.ts';
import { pageContext, sendPage } from '../render.ts';
import {
  Button,
  type FieldError,
  FileUpload,
  Form,
  NotificationBanner,
  SummaryList,
  Textarea,
} from '../ui/components/index.ts';
import type { Translator } from '../ui/i18n/translator.ts';
import { Page } from '../ui/layout.tsx';
import { href } from '../ui/page-context.ts';
import { contentLanguage } from './content-language.ts';
import type { CitizenDeps } from './index.ts';
import { type LoadedCase, loadResidentCase } from './load-case.ts';
import { Localized } from './localized.tsx';
import { requireResident, StatusTag } from './my-pages.routes.tsx';
import { SupplementStart } from './supplement/supplement-start.tsx';

const MESSAGE_MAX = 5000;
/** What a resident may send as a supplement. */
const SUPPLEMENT_POLICY = {
  allowedMimes: [
    'application/pdf',
    'image/jpeg',
    'image/png',
    'text/plain',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  maxBytes: 10 * 1024 * 1024,
};

function eventText(t: Translator, lang: string, e: CaseEventView): string {
  const status = typeof e.details.status === 'string' ? statusByKey(e.details.status) : undefined;
  switch (e.type) {
    case 'status_changed':
      return t.t('case.event.status_changed', { status: status ? localize(status.name, lang).text : '' });
    case 'document_added':
      return t.t('case.event.document_added', { name: String(e.details.name ?? '') });
    case 'submitted':
    case 'message_to_applicant':
    case 'message_from_applicant':
    case 'supplement_submitted':
      return t.t(`case.event.${e.type}`);
    default:
      return e.type;
  }
}

interface CaseFormState {
  status: number;
  errors: FieldError[];
  message?: string;
  notice?: string;
}

async function renderCase(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: CitizenDeps,
  loaded: LoadedCase,
  state: CaseFormState,
) {
  const { services, config } = deps;
  const { theCase, eService } = loaded;
  const ctx = pageContext(req, reply, config, 'resident');
  const t = ctx.t;
  const lang = contentLanguage(req, reply, config, eService.offeredLanguages, ctx.lang);
  const [events, messages, files] = await Promise.all([
    services.residentCases.events(theCase),
    services.residentCases.messages(theCase),
    services.residentCases.files(theCase),
  ]);
  await services.residentCases.markMessagesRead(theCase);
  // The e-service's own status set decides whether the applicant may supplement.
  const mayEdit = await services.supplements.mayEdit(theCase);
  const err = (field: string) => state.errors.find((e) => e.field === field)?.message;
  const title = t.t('case.title', { number: theCase.caseNumber });
  const base = `/mina-sidor/arenden/${theCase.id}`;
  return sendPage(
    reply,
    state.status,
    <Page ctx={ctx} title={title} errors={state.errors} backLink={href(ctx, '/mina-sidor')}>
      {state.notice ? (
        <NotificationBanner t={t} type="success">
          <p class="govuk-notification-banner__heading">{state.notice}</p>
        </NotificationBanner>
      ) : null}
      <span class="govuk-caption-l">
        <Localized text={eService.name} lang={lang} page={ctx.lang} />
      </span>
      <h1 class="govuk-heading-xl">{title}</h1>
      {mayEdit ? <SupplementStart ctx={ctx} caseId={theCase.id} /> : null}
      <SummaryList
        t={t}
        rows={[
          { key: t.t('case.status'), value: <StatusTag status={theCase.status} lang={ctx.lang} /> },
          {
            key: t.t('case.eService'),
            value: <Localized text={eService.name} lang={lang} page={ctx.lang} />,
          },
          { key: t.t('case.submitted'), value: t.date(theCase.submittedAt, true) },
          ...(theCase.externalCaseNumber
            ? [{ key: t.t('residentCase.externalCaseNumber'), value: theCase.externalCaseNumber }]
            : []),
          {
            key: t.t('case.application'),
            value: (
              <a class="govuk-link" href={href(ctx, `/arenden/${theCase.id}/ansokan.pdf`)} download>
                {t.t('case.pdf')}
              </a>
            ),
          },
          // Issue 6: where notifications about the case go, seen and changed on a page of its own.
          {
            key: t.t('notifyContact.row'),
            value: (
              <a class="govuk-link" href={href(ctx, `${base}/aviseringar`)}>
                {t.t('notifyContact.link')}
              </a>
            ),
          },
        ]}
      />

      <h2 class="govuk-heading-l" id="meddelanden">
        {t.t('case.messages')}
      </h2>
      {messages.length === 0 ? <p class="govuk-body">{t.t('case.noMessages')}</p> : null}
      <ol class="ingang-thread">
        {messages.map((msg) => (
          <li
            class={`ingang-thread__message ingang-thread__message--${msg.direction === 'from_applicant' ? 'own' : 'other'}`}
          >
            <p class="govuk-body-s govuk-!-margin-bottom-1">
              <strong>
                {msg.direction === 'from_applicant' ? t.t('case.fromYou') : t.t('case.fromOfficer')}
              </strong>{' '}
              <time datetime={msg.createdAt.toISOString()}>{t.date(msg.createdAt, true)}</time>
            </p>
            <p class="govuk-body ingang-preserve-lines">
              <bdi>{msg.body}</bdi>
            </p>
          </li>
        ))}
      </ol>
      <Form ctx={ctx} action={href(ctx, `${base}/meddelanden`)}>
        <Textarea
          t={t}
          name="body"
          label={t.t('case.newMessage')}
          labelSize="s"
          value={state.message ?? ''}
          maxLength={MESSAGE_MAX}
          error={err('body')}
        />
        <Button preventDoubleClick>{t.t('case.send')}</Button>
      </Form>

      <h2 class="govuk-heading-l" id="handlingar">
        {t.t('case.documents')}
      </h2>
      {files.length === 0 ? (
        <p class="govuk-body">{t.t('case.noDocuments')}</p>
      ) : (
        <ul class="govuk-list">
          {files.map((f) => (
            <li>
              <a class="govuk-link" href={href(ctx, `${base}/handlingar/${f.id}`)} download>
                <bdi>{f.name}</bdi>
              </a>{' '}
              ({t.date(f.createdAt)})
            </li>
          ))}
        </ul>
      )}
      <Form ctx={ctx} action={href(ctx, `${base}/handlingar`)} multipart>
        <FileUpload
          t={t}
          name="document"
          label={t.t('case.uploadLabel')}
          labelSize="s"
          hint={t.t('case.uploadHint')}
          accept=".pdf,.jpg,.jpeg,.png,.txt,.docx"
          error={err('document')}
        />
        <Button variant="secondary" preventDoubleClick>
          {t.t('case.upload')}
        </Button>
      </Form>

      <h2 class="govuk-heading-l">{t.t('case.history')}</h2>
      <ol class="govuk-list ingang-history">
        {events.map((e) => (
          <li>
            <time datetime={e.occurredAt.toISOString()}>{t.date(e.occurredAt, true)}</time>:{' '}
            {eventText(t, ctx.lang, e)}
          </li>
        ))}
      </ol>
    </Page>,
  );
}

/** The resident's case page: status, history, messages with the officer, documents. */
export function registerCasePageRoutes(app: FastifyInstance, deps: CitizenDeps): void {
  const { services } = deps;

  app.get('/mina-sidor/arenden/:caseId', async (req, reply) => {
    if (!requireResident(req, reply)) return reply;
    const loaded = await loadResidentCase(req, services);
    const q = req.query as Record<string, unknown>;
    const t = pageContext(req, reply, deps.config, 'resident').t;
    const notice =
      q.skickat === '1'
        ? t.t('case.messageSent')
        : typeof q.uppladdat === 'string'
          ? t.t('case.uploaded', { name: q.uppladdat.slice(0, 200) })
          : undefined;
    return renderCase(req, reply, deps, loaded, { status: 200, errors: [], notice });
  });

  app.post('/mina-sidor/arenden/:caseId/meddelanden', async (req, reply) => {
    const resident = requireResident(req, reply);
    if (!resident) return reply;
    const loaded = await loadResidentCase(req, services);
    const form = await readPostedForm(req);
    const body = postedString(form.fields, 'body').trim();
    const t = pageContext(req, reply, deps.config, 'resident').t;
    const problem = !body
      ? t.t('case.messageRequired')
      : body.length > MESSAGE_MAX
        ? t.t('case.messageTooLong', { max: MESSAGE_MAX })
        : null;
    if (problem) {
      return renderCase(req, reply, deps, loaded, {
        status: 422,
        errors: [{ field: 'body', message: problem }],
        message: body,
      });
    }
    await services.residentCases.sendMessage(loaded.theCase, resident.name, body);
    return reply.redirect(
      `${req.basePath}/mina-sidor/arenden/${loaded.theCase.id}?skickat=1#meddelanden`,
      303,
    );
  });

  // Issue 6: the applicant downloads a document of the case; the first download of
  // an officer's document is recorded and the case's officers get a receipt.
  app.get('/mina-sidor/arenden/:caseId/handlingar/:fileId', async (req, reply) => {
    const resident = requireResident(req, reply);
    if (!resident) return reply;
    const { theCase } = await loadResidentCase(req, services);
    const { fileId } = req.params as { fileId: string };
    const f = await services.storedFiles.open(theCase.municipalityId, { caseId: theCase.id }, fileId);
    if (!f) throw notFound();
    await services.notifications.receipts.documentDownloaded(
      { municipalityId: theCase.municipalityId, caseId: theCase.id },
      fileId,
      resident.name,
    );
    return reply
      .header('content-type', f.mime)
      .header('content-length', f.size)
      .header('content-disposition', contentDisposition(f.name))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(f.stream);
  });

  app.post('/mina-sidor/arenden/:caseId/handlingar', async (req, reply) => {
    const resident = requireResident(req, reply);
    if (!resident) return reply;
    const loaded = await loadResidentCase(req, services);
    const m = req.municipality;
    if (!m) throw notFound();
    const form = await readPostedForm(req);
    const file = form.files.find((f) => f.field === 'document');
    const t = pageContext(req, reply, deps.config, 'resident').t;
    if (!file) {
      return renderCase(req, reply, deps, loaded, {
        status: 422,
        errors: [{ field: 'document', message: t.t('case.uploadRequired') }],
      });
    }
    const r = await services.storedFiles.storeForCase(
      m.id,
      loaded.theCase.id,
      file.fileName,
      file.data,
      SUPPLEMENT_POLICY,
      {
        kind: 'resident',
        id: null,
        name: resident.name,
      },
    );
    if (!r.ok) {
      const code = r.code === 'fileTypeMismatch' ? 'fileTypeNotAllowed' : r.code;
      const message = t.t(`case.upload.${code}`);
      return renderCase(req, reply, deps, loaded, { status: 422, errors: [{ field: 'document', message }] });
    }
    return reply.redirect(
      `${req.basePath}/mina-sidor/arenden/${loaded.theCase.id}?uppladdat=${encodeURIComponent(r.file.name)}#handlingar`,
      303,
    );
  });
}
