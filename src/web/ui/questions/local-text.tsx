import { type Child, type Html, toHtml } from '#jsx/jsx-runtime';
import type { LangText } from '../../../domain/forms/definition.ts';
import { DEFAULT_LANG, localize } from '../../../domain/forms/localize.ts';

/**
 * An e-service text in the reader's language. A text the e-service has only
 * in Swedish is wrapped in lang="sv" dir="ltr", so screen readers pronounce
 * it as Swedish and it keeps its direction on an Arabic page.
 */
export function LocalText(props: { text: LangText; lang: string }): Html {
  const l = localize(props.text, props.lang);
  return l.fellBack ? (
    <span lang={DEFAULT_LANG} dir="ltr">
      {l.text}
    </span>
  ) : (
    toHtml(l.text)
  );
}

/** The text, or nothing, for optional texts (hint, help). */
export function localTextOrNull(text: LangText | undefined, lang: string): Html | null {
  return text ? <LocalText text={text} lang={lang} /> : null;
}

/** The lang/dir attributes for a block that holds an e-service text (a paragraph, an option). */
export function langAttributes(text: LangText, lang: string): { lang?: string; dir?: 'ltr' } {
  return localize(text, lang).fellBack ? { lang: DEFAULT_LANG, dir: 'ltr' } : {};
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
