import type { Html } from '#jsx/jsx-runtime';
import { LANGUAGE_NAMES, textDirection } from '../i18n/languages.ts';
import type { PageContext } from '../page-context.ts';
import { withQuery } from './with-query.ts';

/**
 * Links to this same page in each offered language (?lang=xx). Each language
 * is named in itself and marked with its own lang, so a screen reader reads
 * "العربية" with an Arabic voice; the current one has aria-current.
 */
export function LanguageSwitcher(props: {
  ctx: Pick<PageContext, 't' | 'lang' | 'languages' | 'currentUrl'>;
}): Html | null {
  const { ctx } = props;
  if (ctx.languages.length < 2) return null;
  return (
    <nav class="ingang-languages" aria-label={ctx.t.t('layout.languages')}>
      <ul class="ingang-languages__list">
        {ctx.languages.map((lang) => (
          <li class="ingang-languages__item">
            <a
              class="ingang-header__link ingang-languages__link"
              href={withQuery(ctx.currentUrl, { lang })}
              lang={lang}
              hreflang={lang}
              dir={textDirection(lang)}
              aria-current={lang === ctx.lang ? 'true' : undefined}
            >
              {LANGUAGE_NAMES[lang] ?? lang}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
