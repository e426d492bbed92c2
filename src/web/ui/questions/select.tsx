import type { Html } from '#jsx/jsx-runtime';
import type { SelectQuestion } from '../../../domain/forms/definition.ts';
import { localize, partLanguage } from '../../../domain/forms/localize.ts';
import { Select } from '../components/select.tsx';
import { LocalText, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, rawValue, requirementOf } from './render-props.ts';

/** A drop-down list with an empty "Välj" first, so nothing is chosen by accident. */
export function SelectField({
  ctx,
  question: q,
  name,
  errors,
  required,
  isPageHeading,
  labelSize,
}: RenderProps<SelectQuestion>): Html {
  return (
    <Select
      t={ctx.t}
      name={name}
      label={<LocalText text={q.label} lang={ctx.lang} page={ctx.t.lang} />}
      hint={localTextOrNull(q.hint, ctx.lang, ctx.t.lang)}
      options={q.options.map((o) => {
        // An <option> holds text only: its language goes on the element.
        const l = localize(o.label, ctx.lang);
        return { value: o.value, text: l.text, lang: partLanguage(l, ctx.t.lang) };
      })}
      emptyOption
      value={rawValue(ctx.raw, name)}
      error={firstMessage(ctx, errors)}
      requirement={requirementOf(required)}
      isPageHeading={isPageHeading}
      labelSize={labelSize}
    />
  );
}
