import { type Child, type Html, toHtml } from '#jsx/jsx-runtime';
import type { LangText } from '../../../domain/forms/definition.ts';
import { localize, partLanguage } from '../../../domain/forms/localize.ts';
import { textDirection } from '../i18n/languages.ts';

/**
 * An e-service text in the reader's content language `lang`, on a page
 * written in `page` (the interface language; defaults to `lang`). A text in
 * another language than the page's — a Somali text on a Swedish page, or a
 * Swedish fallback on an English one — is wrapped in its lang and dir, so
 * screen readers pronounce it right and it keeps its direction.
 */
export function LocalText(props: { text: LangText; lang: string; page?: string | undefined }): Html {
  const l = localize(props.text, props.lang);
  const mark = partLanguage(l, props.page ?? props.lang);
  return mark ? (
    <span lang={mark} dir={textDirection(mark)}>
      {l.text}
    </span>
  ) : (
    toHtml(l.text)
  );
}

/** The text, or nothing, for optional texts (hint, help). */
export function localTextOrNull(text: LangText | undefined, lang: string, page?: string): Html | null {
  return text ? <LocalText text={text} lang={lang} page={page} /> : null;
}

/** The lang/dir attributes for a block that holds an e-service text (a paragraph, an option). */
export function langAttributes(
  text: LangText,
  lang: string,
  page?: string,
): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const mark = partLanguage(localize(text, lang), page ?? lang);
  return mark ? { lang: mark, dir: textDirection(mark) } : {};
}

/** A hint made of the question's own hint and a generated line (file limits, number formats). */
export function combinedHint(own: Child, generated: Child): Html | null {
  if (!own && !generated) return null;
  if (!own || !generated) return <>{own || generated}</>;
  return (
    <>
      <span class="govuk-!-display-block">{own}</span>
      <span class="govuk-!-display-block">{generated}</span>
    </>
  );
}
