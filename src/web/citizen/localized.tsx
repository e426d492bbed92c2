import type { Html } from '#jsx/jsx-runtime';
import type { LangText } from '../../domain/forms/definition.ts';
import { localize } from '../../domain/forms/localize.ts';

/**
 * An e-service text in the page's language. A text that is missing falls back
 * to Swedish and is marked lang="sv", so screen readers pronounce it right.
 */
export function Localized(props: { text: LangText | null | undefined; lang: string }): Html | null {
  if (!props.text) return null;
  const l = localize(props.text, props.lang);
  if (!l.fellBack) return <>{l.text}</>;
  return (
    <span lang="sv" dir="ltr">
      {l.text}
    </span>
  );
}

/** The text only, for <title> and attributes where no element can mark the language. */
export function plainText(text: LangText, lang: string): string {
  return localize(text, lang).text;
}
