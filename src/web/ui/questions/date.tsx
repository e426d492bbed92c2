import type { Html } from '#jsx/jsx-runtime';
import type { DateQuestion } from '../../../domain/forms/definition.ts';
import type { FieldError } from '../../../domain/forms/errors.ts';
import { DATE_PARTS } from '../../../domain/forms/questions/date.ts';
import { DateInput, type DatePart } from '../components/date-input.tsx';
import { partOfField } from './error-targets.ts';
import { LocalText, localTextOrNull } from './local-text.tsx';
import { firstMessage, type RenderProps, rawValue, requirementOf } from './render-props.ts';

function isDatePart(s: string | undefined): s is DatePart {
  return (DATE_PARTS as readonly (string | undefined)[]).includes(s);
}

/** The boxes to mark red: the missing ones, the one that is wrong, or all three for a date out of range. */
function wrongParts(q: DateQuestion, name: string, e: FieldError | undefined): DatePart[] | undefined {
  if (!e) return undefined;
  if (e.code === 'incompleteDate') {
    const missing = e.params?.missing;
    return Array.isArray(missing) ? missing.filter(isDatePart) : undefined;
  }
  const part = partOfField(q, name, e.field);
  return e.code === 'invalidDate' && isDatePart(part) ? [part] : undefined;
}

/** What to show in the boxes: the typed parts, or an ISO date posted whole (by a date picker). */
function shownParts(
  raw: RenderProps<DateQuestion>['ctx']['raw'],
  name: string,
): Partial<Record<DatePart, string>> {
  const parts = {
    day: rawValue(raw, `${name}.day`),
    month: rawValue(raw, `${name}.month`),
    year: rawValue(raw, `${name}.year`),
  };
  const whole = rawValue(raw, name);
  const iso = whole === undefined ? undefined : /^(\d{4})-(\d{2})-(\d{2})$/.exec(whole.trim());
  if (iso && parts.day === undefined && parts.month === undefined && parts.year === undefined) {
    return { day: String(Number(iso[3])), month: String(Number(iso[2])), year: iso[1] };
  }
  return parts;
}

/**
 * Day, month and year boxes named as the engine reads them (`q.<key>.day` …);
 * each box's id is fieldId of its own name, so an error on any part links to it.
 */
export function DateField({
  ctx,
  question: q,
  name,
  errors,
  required,
  isPageHeading,
  labelSize,
}: RenderProps<DateQuestion>): Html {
  return (
    <DateInput
      t={ctx.t}
      name={name}
      partSeparator="."
      legend={<LocalText text={q.label} lang={ctx.lang} page={ctx.t.lang} />}
      hint={localTextOrNull(q.hint, ctx.lang, ctx.t.lang)}
      value={shownParts(ctx.raw, name)}
      error={firstMessage(ctx, errors)}
      errorParts={wrongParts(q, name, errors[0])}
      requirement={requirementOf(required)}
      isPageHeading={isPageHeading}
      legendSize={labelSize}
    />
  );
}
