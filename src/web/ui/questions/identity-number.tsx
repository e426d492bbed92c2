import type { Html } from '#jsx/jsx-runtime';
import type { OrgnrQuestion, PersonnummerQuestion } from '../../../domain/forms/definition.ts';
import { TextInput } from '../components/text-input.tsx';
import type { MessageKey } from '../i18n/translator.ts';
import { LocalText, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, rawValue, requirementOf } from './render-props.ts';

/**
 * Personnummer and organisationsnummer: digits with an optional hyphen, so a
 * numeric keyboard, no autocomplete (the browser must not offer someone
 * else's number) and no spell check. The format is the hint unless the
 * question has its own.
 */
export function IdentityNumberInput(
  props: RenderProps<PersonnummerQuestion | OrgnrQuestion> & { formatHint: MessageKey },
): Html {
  const { ctx, question: q, name } = props;
  return (
    <TextInput
      t={ctx.t}
      name={name}
      label={<LocalText text={q.label} lang={ctx.lang} page={ctx.t.lang} />}
      hint={localTextOrNull(q.hint, ctx.lang, ctx.t.lang) ?? ctx.t.t(props.formatHint)}
      value={rawValue(ctx.raw, name)}
      error={firstMessage(ctx, props.errors)}
      requirement={requirementOf(props.required)}
      isPageHeading={props.isPageHeading}
      labelSize={props.labelSize}
      inputmode="numeric"
      autocomplete="off"
      spellcheck={false}
      width={20}
    />
  );
}
