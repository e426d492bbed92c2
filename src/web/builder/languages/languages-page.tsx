import type { Html } from '#jsx/jsx-runtime';
import { OFFERABLE_LANGUAGES, ownLanguageName } from '../../../domain/builder/translations.ts';
import type { VersionCompleteness } from '../../../services/builder/offered-languages.ts';
import { staffNav } from '../../officer/staff-nav.ts';
import {
  Button,
  Checkboxes,
  errorFor,
  type FieldError,
  Form,
  NotificationBanner,
} from '../../ui/components/index.ts';
import { textDirection } from '../../ui/i18n/languages.ts';
import { Page } from '../../ui/layout.tsx';
import type { PageContext } from '../../ui/page-context.ts';
import { languageName } from '../translations/languages.ts';

export interface LanguagesPageProps {
  ctx: PageContext;
  action: string;
  backHref: string;
  serviceName: string;
  /** What is (or was just posted as) chosen; Swedish is always offered and not in this list's control. */
  chosen: readonly string[];
  /** The saved offered languages, Swedish first. */
  offered: readonly string[];
  versions: readonly VersionCompleteness[];
  /** The translation page of a version: `${translationsHref(versionId)}?sprak=xx`. */
  translationsHref: (versionId: string) => string;
  errors: readonly FieldError[];
  saved: boolean;
}

/** A language's name in the page's language, with its own name (marked with its language) and code. */
function LanguageLabel(props: { code: string; uiLang: string }): Html {
  const own = ownLanguageName(props.code);
  const local = languageName(props.code, props.uiLang);
  return (
    <>
      {local}{' '}
      <span lang={props.code} dir={textDirection(props.code)}>
        {own === local ? '' : `(${own})`}
      </span>{' '}
      <span class="govuk-hint govuk-!-display-inline">[{props.code}]</span>
    </>
  );
}

/** /:kommun/handlaggare/bygg/:eServiceId/sprak */
export function LanguagesPage(props: LanguagesPageProps): Html {
  const { ctx, errors } = props;
  const t = ctx.t;
  const title = t.t('builderLang.title', { service: props.serviceName });
  const targets = props.offered.filter((l) => l !== 'sv');
  return (
    <Page
      ctx={ctx}
      navItems={staffNav(ctx)}
      title={title}
      errors={errors}
      backLink={{ href: props.backHref, text: t.t('builderTr.back') }}
    >
      {props.saved ? (
        <NotificationBanner t={t} type="success">
          <p class="govuk-notification-banner__heading">{t.t('builderLang.saved')}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t.t('builderLang.lead')}</p>
      <Form ctx={ctx} action={props.action}>
        <Checkboxes
          t={t}
          name="languages"
          legend={t.t('builderLang.legend')}
          legendSize="m"
          hint={t.t('builderLang.hint')}
          error={errorFor(errors, 'languages')}
          values={props.chosen}
          small
          items={OFFERABLE_LANGUAGES.map((l) => ({
            value: l.code,
            label: <LanguageLabel code={l.code} uiLang={t.lang} />,
          }))}
        />
        <Button preventDoubleClick>{t.t('builderLang.save')}</Button>
      </Form>

      <h2 class="govuk-heading-m">{t.t('builderLang.completeness.heading')}</h2>
      {targets.length === 0 ? (
        <p class="govuk-body">{t.t('builderLang.completeness.onlySwedish')}</p>
      ) : props.versions.length === 0 ? (
        <p class="govuk-body">{t.t('builderLang.completeness.noVersions')}</p>
      ) : (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--s">
            {t.t('builderLang.completeness.caption')}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {t.t('builderLang.completeness.version')}
              </th>
              {targets.map((l) => (
                <th scope="col" class="govuk-table__header">
                  {languageName(l, t.lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {props.versions.map((v) => (
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  {t.t('builderLang.completeness.versionN', {
                    number: String(v.number),
                    status: t.t(
                      `builderLang.status.${v.status === 'draft' ? 'draft' : v.status === 'published' ? 'published' : 'retired'}`,
                    ),
                  })}
                </th>
                {v.languages.map((c) => (
                  <td class="govuk-table__cell">
                    <a
                      class="govuk-link"
                      href={`${props.translationsHref(v.versionId)}?sprak=${encodeURIComponent(c.lang)}`}
                    >
                      {t.t('builderLang.completeness.cell', {
                        percent: String(c.percent),
                        missing: String(c.missing),
                      })}
                      <span class="govuk-visually-hidden">
                        {t.t('builderLang.completeness.cellHidden', {
                          language: languageName(c.lang, t.lang),
                          number: String(v.number),
                        })}
                      </span>
                    </a>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
