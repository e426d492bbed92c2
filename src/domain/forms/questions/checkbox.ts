/**
 * Checkboxes: any number of options, except that an exclusive option ("Ingen
 * specialkost") cannot be ticked together with others.
 */
import type { CheckboxQuestion } from '../definition.ts';
import type { Issue } from '../errors.ts';
import { textIn } from '../localize.ts';
import { compact, readAnswerableCommon } from '../schema/common.ts';
import { readOptions } from '../schema/options.ts';
import { findOption } from './choice.ts';
import type { QuestionHandler } from './handler.ts';
import { answered, empty, invalid, issue, postedList, singleFieldDefaults } from './shared.ts';

/** Ticked values in the order the options are listed, each once. */
function inOptionOrder(q: CheckboxQuestion, values: readonly string[]): string[] {
  const set = new Set(values);
  return q.options.filter((o) => set.has(o.value)).map((o) => o.value);
}

export const checkboxHandler: QuestionHandler<CheckboxQuestion> = {
  ...singleFieldDefaults,
  type: 'checkbox',

  readQuestion(r) {
    const common = readAnswerableCommon(r);
    const options = readOptions(r, { allowExclusive: true, min: 1 });
    return compact({ ...common, type: 'checkbox', options });
  },

  read(q, { posted, name }) {
    const sent = postedList(posted, name);
    const raw = sent.length > 0 ? { [name]: sent } : {};
    const values = sent.map((v) => v.trim()).filter((v) => v !== '');
    if (values.length === 0) return empty(raw);
    if (values.some((v) => !findOption(q.options, v))) return invalid(raw, [issue(name, 'invalidOption')]);
    return answered(raw, inOptionOrder(q, values));
  },

  check(q, value, { name }) {
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
      return [issue(name, 'invalidValue')];
    }
    const values = value as string[];
    if (new Set(values).size !== values.length) return [issue(name, 'invalidValue')];
    if (values.some((v) => !findOption(q.options, v))) return [issue(name, 'invalidOption')];
    const issues: Issue[] = [];
    if (values.length > 1) {
      const exclusive = values.find((v) => findOption(q.options, v)?.exclusive);
      if (exclusive !== undefined) issues.push(issue(name, 'exclusiveCombined', { option: exclusive }));
    }
    return issues;
  },

  toRaw: (_q, value, name) =>
    Array.isArray(value) ? { [name]: value.filter((v) => typeof v === 'string') } : {},

  format(q, value, { lang }) {
    if (!Array.isArray(value)) return [];
    return value.flatMap((v) => {
      const o = typeof v === 'string' ? findOption(q.options, v) : undefined;
      return o ? [textIn(o.label, lang)] : [];
    });
  },
};
