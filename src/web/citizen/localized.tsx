import type { Html } from '#jsx/jsx-runtime';
import type { LangText } from '../../domain/forms/definition.ts';
import { localize } from '../../domain/forms/localize.ts';
import { LocalText } from '../ui/questions/local-text.tsx';

/**
 * An e-service text in the reader's content language `lang`, on a page in
 * `page` (the interface language; defaults to `lang`). A text in another
 * language than the page's — a Somali text on a Swedish page (see
 * content-language.ts), or a missing one fallen back to Swedish on an English
 * page — is marked with its lang and dir, so screen readers pronounce it right.
 */
export function Localized(props: {
  text: LangText | null | undefined;
  lang: string;
  page?: string | undefined;
}): Html | null {
  if (!props.text) return null;
  return <LocalText text={props.text} lang={props.lang} page={props.page} />;
}

/** The text only, for <title> and attributes where no element can mark the language. */
export function plainText(text: LangText, lang: string): string {
  return localize(text, lang).text;
}
