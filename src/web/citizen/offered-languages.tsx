import type { Html } from '#jsx/jsx-runtime';
import { ownLanguageName } from '../../domain/builder/translations.ts';
import { isUiLang, textDirection } from '../ui/i18n/languages.ts';
import { href, type PageContext } from '../ui/page-context.ts';

/**
 * The languages an e-service is offered in, each named in itself (and marked
 * with its lang, so screen readers pronounce it), with a link `?lang=xx`.
 * Languages the site itself is written in (sv, en, ar) switch the whole page.
 * Others (e.g. Somali) are listed by name without a link: showing the form
 * in a language the site's own texts lack (a content language beside the
 * page language) is not built yet.
 */
export function OfferedLanguages(props: {
  ctx: PageContext;
  offered: readonly string[];
  path: string;
}): Html | null {
  const { ctx } = props;
  if (props.offered.length < 2) return null;
  const t = ctx.t;
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
          if (code === ctx.lang) {
            return (
              <li>
                {name} {t.t('eserviceLang.current')}
              </li>
            );
          }
          if (isUiLang(code)) {
            return (
              <li>
                <a class="govuk-link" href={`${href(ctx, props.path)}?lang=${code}`} hreflang={code}>
                  {name}
                </a>
              </li>
            );
          }
          return <li>{name}</li>;
        })}
      </ul>
    </>
  );
}
