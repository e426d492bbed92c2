import type { Html } from '#jsx/jsx-runtime';
import type { LanguageCompleteness, TranslationRow } from '../../../domain/builder/translations.ts';
import { staffNav } from '../../officer/staff-nav.ts';
import {
  Button,
  ErrorMessage,
  errorFor,
  type FieldError,
  FileUpload,
  Form,
  NotificationBanner,
  Select,
} from '../../ui/components/index.ts';
import { Page } from '../../ui/layout.tsx';
import type { PageContext } from '../../ui/page-context.ts';
import { directionOf, languageName } from './languages.ts';

export interface TranslationsPageProps {
  ctx: PageContext;
  /** The page's own address (without query). */
  action: string;
  backHref: string;
  serviceName: string;
  versionNumber: number;
  editable: boolean;
  /** Published or retired: translations are stored beside the immutable definition. */
  published?: boolean;
  /** The languages the e-service is offered in (Swedish first). */
  offered?: readonly string[];
  lang: string;
  languages: readonly string[];
  completeness: readonly LanguageCompleteness[];
  /** The rows, with what was typed when a save failed. */
  rows: readonly TranslationRow[];
  errors: readonly FieldError[];
  notice?: string | undefined;
}

/** The name of row i's input; its path travels in `p.<i>`. */
export const textField = (i: number) => `t.${i}`;
export const pathField = (i: number) => `p.${i}`;
export const textId = (i: number) => `t-${i}`;

/** /:kommun/handlaggare/bygg/:eServiceId/versioner/:versionId/oversattning */
export function TranslationsPage(props: TranslationsPageProps): Html {
  const { ctx, lang, errors } = props;
  const t = ctx.t;
  const title = t.t('builderTr.title', { service: props.serviceName, number: String(props.versionNumber) });
  const language = languageName(lang, t.lang);
  const dir = directionOf(lang);
  const withLang = (path: string) => `${path}?sprak=${encodeURIComponent(lang)}`;
  return (
    <Page
      ctx={ctx}
      navItems={staffNav(ctx)}
      title={title}
      errors={errors}
      wide
      backLink={{ href: props.backHref, text: t.t('builderTr.back') }}
    >
      {props.notice ? (
        <NotificationBanner t={t} type="success">
          <p class="govuk-notification-banner__heading">{props.notice}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-l">{title}</h1>
      <Form ctx={ctx} method="get" action={props.action}>
        <Select
          t={t}
          name="sprak"
          label={t.t('builderTr.lang.label')}
          hint={t.t('builderTr.lang.hint')}
          value={lang}
          options={props.languages.map((l) => ({ value: l, text: languageName(l, t.lang) }))}
        />
        <Button variant="secondary">{t.t('builderTr.lang.show')}</Button>
      </Form>

      <h2 class="govuk-heading-m">{t.t('builderTr.completeness.heading')}</h2>
      <table class="govuk-table">
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {t.t('builderTr.completeness.lang')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {t.t('builderTr.completeness.percent')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {t.t('builderTr.completeness.missing')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {props.completeness.map((c) => (
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                {c.lang === lang ? (
                  languageName(c.lang, t.lang)
                ) : (
                  <a class="govuk-link" href={`${props.action}?sprak=${encodeURIComponent(c.lang)}`}>
                    {languageName(c.lang, t.lang)}
                  </a>
                )}
              </th>
              <td class="govuk-table__cell govuk-table__cell--numeric">
                {t.t('builderTr.completeness.percentValue', { percent: String(c.percent) })}
              </td>
              <td class="govuk-table__cell govuk-table__cell--numeric">
                {t.t('builderTr.completeness.missingValue', {
                  missing: String(c.missing),
                  total: String(c.total),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 class="govuk-heading-m">{t.t('builderTr.texts.heading', { language })}</h2>
      {props.published ? (
        <div class="govuk-inset-text">
          <p class="govuk-body">{t.t('builderTr.publishedOverlay')}</p>
        </div>
      ) : null}
      {props.offered && !props.offered.includes(lang) ? (
        <div class="govuk-inset-text">
          <p class="govuk-body">{t.t('builderTr.notOffered', { language })}</p>
        </div>
      ) : null}
      {props.rows.length === 0 ? <p class="govuk-body">{t.t('builderTr.texts.none')}</p> : null}
      {props.editable && props.rows.length > 0 ? (
        <Form ctx={ctx} action={withLang(props.action)}>
          <input type="hidden" name="sprak" value={lang} />
          <TextRows {...props} language={language} dir={dir} />
          <Button preventDoubleClick>{t.t('builderTr.save')}</Button>
        </Form>
      ) : props.rows.length > 0 ? (
        <TextRows {...props} language={language} dir={dir} />
      ) : null}

      <h2 class="govuk-heading-m">{t.t('builderTr.file.heading')}</h2>
      <p class="govuk-body">{t.t('builderTr.file.lead')}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={withLang(`${props.action}/export`)} download>
          {t.t('builderTr.export', { language })}
        </a>
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={`${withLang(`${props.action}/export`)}&format=xlsx`} download>
          {t.t('builderTr.exportXlsx', { language })}
        </a>
      </p>
      {props.editable ? (
        <Form ctx={ctx} action={withLang(`${props.action}/import`)} multipart>
          <FileUpload
            t={t}
            name="file"
            label={t.t('builderTr.import.label')}
            labelSize="s"
            accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            error={errorFor(errors, 'file')}
          />
          <Button variant="secondary" preventDoubleClick>
            {t.t('builderTr.import.submit')}
          </Button>
        </Form>
      ) : null}
    </Page>
  );
}

/** Swedish on one side, the translation on the other; read-only unless the version is a draft. */
function TextRows(props: TranslationsPageProps & { language: string; dir: 'rtl' | 'ltr' }): Html {
  const t = props.ctx.t;
  return (
    <div class="ingang-translation-rows">
      <div class="govuk-grid-row" aria-hidden="true">
        <p class="govuk-grid-column-one-half govuk-body govuk-!-font-weight-bold">
          {t.t('builderTr.texts.sv')}
        </p>
        <p class="govuk-grid-column-one-half govuk-body govuk-!-font-weight-bold">{props.language}</p>
      </div>
      {props.rows.map((row, i) => {
        const error = errorFor(props.errors, textField(i));
        const id = textId(i);
        const pathHint = `${id}-path`;
        return (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-one-half">
              <p class="govuk-body" lang="sv" dir="ltr">
                {row.sv}
              </p>
              <p class="govuk-body-s govuk-hint" id={pathHint}>
                {t.t('builderTr.texts.path', { path: row.path })}
              </p>
            </div>
            <div class="govuk-grid-column-one-half">
              {props.editable ? (
                <div class={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
                  <label class="govuk-label govuk-visually-hidden" for={id}>
                    {t.t('builderTr.texts.fieldLabel', { language: props.language, sv: row.sv })}
                  </label>
                  {error ? (
                    <ErrorMessage t={t} id={`${id}-error`}>
                      {error}
                    </ErrorMessage>
                  ) : null}
                  <input type="hidden" name={pathField(i)} value={row.path} />
                  <textarea
                    class={error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'}
                    id={id}
                    name={textField(i)}
                    rows={row.sv.length > 120 ? 5 : 2}
                    lang={props.lang}
                    dir={props.dir}
                    aria-invalid={error ? 'true' : undefined}
                    aria-describedby={error ? `${pathHint} ${id}-error` : pathHint}
                  >
                    {`\n${row.text}`}
                  </textarea>
                </div>
              ) : row.text === '' ? (
                <p class="govuk-body govuk-hint">{t.t('builderTr.texts.empty')}</p>
              ) : (
                <p class="govuk-body" lang={props.lang} dir={props.dir}>
                  {row.text}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
