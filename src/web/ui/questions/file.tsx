import type { Html } from '#jsx/jsx-runtime';
import type { FileQuestion } from '../../../domain/forms/definition.ts';
import { formatBytes, formatNumber } from '../../../domain/forms/questions/formatting.ts';
import { Button } from '../components/button.tsx';
import { FileUpload } from '../components/file-upload.tsx';
import { VisuallyHidden } from '../components/visually-hidden.tsx';
import type { Translator } from '../i18n/translator.ts';
import { acceptAttribute, fileTypeNames, listText } from './file-types.ts';
import { combinedHint, LocalText, localTextOrNull } from './local-text.tsx';
import { type RenderProps, requirementOf } from './render-props.ts';

/** "PDF, JPG eller PNG, högst 10 MB per fil, högst 3 filer", from the question's settings. */
export function fileLimitsText(t: Translator, q: FileQuestion): string {
  const types = listText(t.lang, fileTypeNames(t, q.accept), 'disjunction');
  const size = formatBytes(q.maxSizeBytes, t.lang);
  return q.maxFiles > 1
    ? t.t('questions.file.hintMany', { types, size, count: formatNumber(q.maxFiles, t.lang) })
    : t.t('questions.file.hintOne', { types, size });
}

/**
 * A file picker posting `q.<key>` (several files when the question takes
 * more than one), and the files already received, each with a "Ta bort"
 * button that posts `q.<key>.remove=<file id>` with the page's form: the
 * engine drops that file, no JavaScript needed. Every refused file is named
 * in the inline message.
 */
export function FileField({
  ctx,
  question: q,
  name,
  errors,
  required,
  isPageHeading,
  labelSize,
  files,
}: RenderProps<FileQuestion>): Html {
  const { t } = ctx;
  const messages = [...new Set(errors.map((e) => ctx.message(e)))];
  return (
    <>
      <FileUpload
        t={t}
        name={name}
        label={<LocalText text={q.label} lang={ctx.lang} page={ctx.t.lang} />}
        hint={combinedHint(localTextOrNull(q.hint, ctx.lang, ctx.t.lang), fileLimitsText(t, q))}
        error={messages.length > 0 ? messages.join('. ') : undefined}
        requirement={requirementOf(required)}
        isPageHeading={isPageHeading}
        labelSize={labelSize}
        multiple={q.maxFiles > 1}
        accept={acceptAttribute(q.accept)}
      />
      {files.length > 0 ? (
        <div class="govuk-form-group">
          <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
            {t.t('runner.file.uploaded')}
          </p>
          <dl class="govuk-summary-list">
            {files.map((f) => (
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key govuk-!-font-weight-regular">
                  <bdi>{f.name}</bdi>
                </dt>
                <dd class="govuk-summary-list__value">{formatBytes(f.size, t.lang)}</dd>
                <dd class="govuk-summary-list__actions">
                  <Button
                    variant="secondary"
                    name={`${name}.remove`}
                    value={f.id}
                    class="govuk-!-margin-bottom-0"
                  >
                    {t.t('runner.file.remove')}
                    <VisuallyHidden> {f.name}</VisuallyHidden>
                  </Button>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </>
  );
}
