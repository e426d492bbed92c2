/** Reading the options of radio, checkbox and select questions. */
import type { ChoiceOption } from '../definition.ts';
import { compact } from './common.ts';
import { MISSING_TEXT, ObjectReader, pointer } from './reader.ts';

/** Option values are codes in exports and conditions, not texts. */
export const OPTION_VALUE_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;

export function readOptions(
  r: ObjectReader,
  settings: { allowExclusive: boolean; min: number },
): ChoiceOption[] {
  const items = r.array('options', true) ?? [];
  if (r.has('options') && items.length < settings.min) r.problem('options', 'tooFew', { min: settings.min });
  const seen = new Map<string, string>();
  const options: ChoiceOption[] = [];
  items.forEach((item, i) => {
    const o = ObjectReader.of(item, pointer(r.at('options'), i), r.ctx);
    if (!o) return;
    const value = o.token('value', OPTION_VALUE_PATTERN, 'invalidOptionValue', true);
    if (value !== undefined) {
      const first = seen.get(value);
      if (first === undefined) seen.set(value, o.at('value'));
      else o.problem('value', 'duplicateOptionValue', { value, first });
    }
    options.push(
      compact({
        value: value ?? '',
        label: o.langText('label', true) ?? MISSING_TEXT,
        hint: o.langText('hint'),
        exclusive: settings.allowExclusive ? o.boolean('exclusive') : undefined,
      }),
    );
    o.finish();
  });
  return options;
}
