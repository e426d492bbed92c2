import type { ChoiceOption as DefinitionOption } from '../../../domain/forms/definition.ts';
import type { ChoiceItem } from '../components/choice-option.ts';
import { LocalText, localTextOrNull } from './local-text.tsx';

/**
 * The definition's options as the kit's items. An exclusive option ("Ingen
 * specialkost") gets the kit's exclusive behaviour and the "eller" divider
 * before it, as govuk-frontend's "none of these" pattern.
 */
export function choiceItems(options: readonly DefinitionOption[], lang: string, page?: string): ChoiceItem[] {
  return options.flatMap((o, i): ChoiceItem[] => {
    const item = {
      value: o.value,
      label: <LocalText text={o.label} lang={lang} page={page} />,
      hint: localTextOrNull(o.hint, lang, page) ?? undefined,
      exclusive: o.exclusive,
    };
    return o.exclusive && i > 0 ? [{ divider: true }, item] : [item];
  });
}
