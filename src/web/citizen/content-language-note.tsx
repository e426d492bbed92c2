import type { Html } from '#jsx/jsx-runtime';
import { ownLanguageName } from '../../domain/builder/translations.ts';
import { textDirection } from '../ui/i18n/languages.ts';
import type { PageContext } from '../ui/page-context.ts';
import { CONTENT_LANG_PARAM } from './content-language.ts';

/**
 * On the pages of an application read in a content language the interface
 * lacks (content-language.ts): which language the e-service's texts are in,
 * and a link back to the interface language (for a helper who reads Swedish).
 * Nothing when the e-service is shown in the page's own language.
 */
export function ContentLanguageNote(props: {
  ctx: PageContext;
  lang: string;
  /** This page's address (with basePath) to show again in the interface language. */
  pageHref: string;
}): Html | null {
  const { ctx, lang } = props;
  if (lang === ctx.lang) return null;
  const url = new URL(props.pageHref, 'http://x');
  url.searchParams.set(CONTENT_LANG_PARAM, ctx.lang);
  return (
    <p class="govuk-body-s">
      {ctx.t.t('runner.contentLang.note')}{' '}
      <span lang={lang} dir={textDirection(lang)}>
        {ownLanguageName(lang)}
      </span>
      .{' '}
      <a class="govuk-link" href={`${url.pathname}${url.search}`} hreflang={ctx.lang}>
        {ctx.t.t('runner.contentLang.back')}
      </a>
    </p>
  );
}
