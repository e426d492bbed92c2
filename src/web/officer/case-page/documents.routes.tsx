import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { textIn } from '../../../domain/forms/localize.ts';
import { formatBytes } from '../../../domain/forms/questions/formatting.ts';
import { MAX_UPLOAD_BYTES } from '../../../services/files/stored-files.ts';
import { staffActor } from '../../../services/officer/case-actions-core.ts';
import type { OfficerCaseFile, OfficerCasePage } from '../../../services/officer/case-view.ts';
import { notFound } from '../../errors.tsx';
import { readPostedForm } from '../../posted-form.ts';
import { pageContext, sendPage } from '../../render.ts';
import { Button, type FieldError, FileUpload, Form, Table } from '../../ui/components/index.ts';
import type { OfficerDeps } from '../index.ts';
import { requireStaff } from '../require-staff.ts';
import { CaseLayout } from './case-layout.tsx';
import { caseRedirect, caseUrl, loadCasePage } from './load.ts';
import { noticeFor } from './notices.ts';

/** What an officer may add to a case: the common document types, checked by content. */
const OFFICER_UPLOAD_POLICY = {
  allowedMimes: [
    'application/pdf',
    'image/jpeg',
    'image/png',
    'text/plain',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  maxBytes: MAX_UPLOAD_BYTES,
};

/** A download name in a header: ASCII fallback plus the real name (RFC 6266/5987). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

async function renderDocuments(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: OfficerDeps,
  page: OfficerCasePage,
  state: { status: number; errors: FieldError[] },
) {
  const files = await deps.services.officerCase.view.files(page.c);
  const ctx = pageContext(req, reply, deps.config, 'staff');
  const { t } = ctx;
  const questions = new Map(page.version.definition.steps.flatMap((s) => s.questions.map((q) => [q.key, q])));
  const from = (f: OfficerCaseFile) =>
    f.uploadedByKind === 'staff'
      ? t.t('officerCase.documents.officer', { name: f.uploadedByName ?? '' })
      : t.t('officerCase.documents.applicant');
  return sendPage(
    reply,
    state.status,
    <CaseLayout ctx={ctx} page={page} tab="documents" errors={state.errors} notice={noticeFor(req, t, page)}>
      <h2 class="govuk-heading-m">{t.t('officerCase.documents.heading')}</h2>
      <Table
        t={t}
        caption={t.t('officerCase.documents.caption')}
        captionSize="hidden"
        url={ctx.currentUrl}
        empty={t.t('officerCase.documents.none')}
        rows={files}
        columns={[
          {
            key: 'name',
            header: t.t('officerCase.documents.name'),
            rowHeader: true,
            cell: (f) => {
              const q = f.questionKey ? questions.get(f.questionKey) : undefined;
              return (
                <>
                  <a class="govuk-link" href={caseUrl(ctx, page.c.id, `/handlingar/${f.id}`)} download>
                    <bdi>{f.name}</bdi>
                  </a>
                  {q ? (
                    <span class="govuk-hint govuk-!-margin-bottom-0">
                      {t.t('officerCase.documents.attachedTo', { question: textIn(q.label, ctx.lang) })}
                    </span>
                  ) : null}
                </>
              );
            },
          },
          { key: 'from', header: t.t('officerCase.documents.from'), cell: from },
          {
            key: 'added',
            header: t.t('officerCase.documents.added'),
            cell: (f) => t.date(f.createdAt, true),
          },
          {
            key: 'size',
            header: t.t('officerCase.documents.size'),
            numeric: true,
            cell: (f) => formatBytes(f.size, ctx.lang),
          },
        ]}
      />
      <Form ctx={ctx} action={caseUrl(ctx, page.c.id, '/handlingar')} multipart>
        <FileUpload
          t={t}
          name="document"
          label={t.t('officerCase.documents.upload')}
          labelSize="s"
          hint={t.t('officerCase.documents.uploadHint')}
          accept=".pdf,.jpg,.jpeg,.png,.txt,.docx"
          error={state.errors.find((e) => e.field === 'document')?.message}
        />
        <Button variant="secondary" preventDoubleClick>
          {t.t('officerCase.documents.uploadButton')}
        </Button>
      </Form>
    </CaseLayout>,
  );
}

/**
 * Documents: both sides' files with downloads, and the officer's upload. An
 * upload writes document_added, which the applicant's page shows.
 */
export function registerCaseDocumentRoutes(app: FastifyInstance, deps: OfficerDeps): void {
  const { services } = deps;
  const pre = { preHandler: requireStaff(services, 'officer') };

  app.get('/handlaggare/arenden/:caseId/handlingar', pre, async (req, reply) => {
    const { page } = await loadCasePage(req, services);
    return renderDocuments(req, reply, deps, page, { status: 200, errors: [] });
  });

  app.get('/handlaggare/arenden/:caseId/handlingar/:fileId', pre, async (req, reply) => {
    const { page } = await loadCasePage(req, services);
    const { fileId } = req.params as { fileId: string };
    const f = await services.storedFiles.open(page.c.municipality_id, { caseId: page.c.id }, fileId);
    if (!f) throw notFound();
    return reply
      .header('content-type', f.mime)
      .header('content-length', f.size)
      .header('content-disposition', contentDisposition(f.name))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(f.stream);
  });

  app.post('/handlaggare/arenden/:caseId/handlingar', pre, async (req, reply) => {
    // The gate first: nothing from a post is stored for a case this officer cannot see.
    const { actor, page } = await loadCasePage(req, services);
    const form = await readPostedForm(req);
    const file = form.files.find((f) => f.field === 'document');
    const t = pageContext(req, reply, deps.config, 'staff').t;
    if (!file || (file.data.length === 0 && !file.fileName)) {
      const message = t.t('officerCase.documents.uploadRequired');
      return renderDocuments(req, reply, deps, page, {
        status: 422,
        errors: [{ field: 'document', message }],
      });
    }
    const r = await services.storedFiles.storeForCase(
      page.c.municipality_id,
      page.c.id,
      file.fileName,
      file.data,
      OFFICER_UPLOAD_POLICY,
      staffActor(actor),
    );
    if (!r.ok) {
      const code = r.code === 'fileTypeMismatch' ? 'fileTypeNotAllowed' : r.code;
      const message = t.t(`officerCase.documents.${code}`);
      return renderDocuments(req, reply, deps, page, {
        status: 422,
        errors: [{ field: 'document', message }],
      });
    }
    return reply.redirect(
      caseRedirect(req, page.c.id, '/handlingar', `uppladdat=${encodeURIComponent(r.file.name)}`),
      303,
    );
  });
}
