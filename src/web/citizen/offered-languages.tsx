import type { Html } from '#jsx/jsx-runtime';
import { ownLanguageName } from '../../domain/builder/translations.ts';
import { isUiLang, textDirection } from '../ui/i18n/languages.ts';
import { href, type PageContext } from '../ui/page-context.ts';
import { CONTENT_LANG_PARAM } from './content-language.ts';

/**
 * The languages an e-service is offered in, each named in itself (and marked
 * with its lang, so screen readers pronounce it), each a link. Languages the
 * site itself is written in (sv, en, ar) switch the whole page
 * (`?lang=xx&innehall=xx`); others (e.g. Somali) switch only the e-service's
 * own texts, the content language (`?innehall=so`, see content-language.ts),
 * and the site's texts stay in the interface language.
 */
export function OfferedLanguages(props: {
  ctx: PageContext;
  offered: readonly string[];
  /** The language the e-service's texts are shown in now. */
  contentLang: string;
  path: string;
}): Html | null {
  const { ctx } = props;
  if (props.offered.length < 2) return null;
  const t = ctx.t;
  const base = href(ctx, props.path);
  return (
    <>
      <h2 class="govuk-heading-m">{t.t('eserviceLang.heading')}</h2>
      <p class="govuk-body">{t.t('eserviceLang.lead')}</p>
      <ul class="govuk-list">
        {props.offered.map((code) => {
          const name = (
            <span lang={code} dir={textDirection(code)}>
              {ownLanguageName(code)}
            </span>
          );
          if (code === props.contentLang) {
            return (
              <li>
                {name} {t.t('eserviceLang.current')}
              </li>
            );
          }
          const link = isUiLang(code)
            ? `${base}?lang=${code}&${CONTENT_LANG_PARAM}=${code}`
            : `${base}?${CONTENT_LANG_PARAM}=${code}`;
          return (
            <li>
              <a class="govuk-link" href={link} hreflang={code}>
                {name}
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
