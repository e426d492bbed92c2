import type { Child } from '#jsx/jsx-runtime';
import type { Question } from '../../../domain/forms/definition.ts';
import type { Requirement, TextSize } from '../components/types.ts';
import type { Translator } from '../i18n/translator.ts';
import { LocalText, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, requirementOf } from './render-props.ts';

/** What every single-control field takes from its question: label, hint, error, requirement. */
export function fieldBasics(p: RenderProps<Question>): {
  t: Translator;
  name: string;
  label: Child;
  hint: Child;
  error: string | undefined;
  requirement: Requirement | undefined;
  isPageHeading: boolean;
  labelSize: TextSize | undefined;
} {
  const { ctx, question: q } = p;
  return {
    t: ctx.t,
    name: p.name,
    label: <LocalText text={q.label} lang={ctx.lang} page={ctx.t.lang} />,
    hint: localTextOrNull(q.hint, ctx.lang, ctx.t.lang),
    error: firstMessage(ctx, p.errors),
    requirement: requirementOf(p.required),
    isPageHeading: p.isPageHeading,
    labelSize: p.labelSize,
  };
}

/** The same for a group of controls (radios, checkboxes), which has a legend instead of a label. */
export function groupBasics(p: RenderProps<Question>) {
  const { label, labelSize, ...rest } = fieldBasics(p);
  return { ...rest, legend: label, legendSize: labelSize };
}
