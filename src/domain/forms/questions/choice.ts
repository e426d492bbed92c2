/** Radio buttons and drop-down lists: one of the options. */
import type { ChoiceOption, RadioQuestion, SelectQuestion } from '../definition.ts';
import { textIn } from '../localize.ts';
import { compact, readAnswerableCommon } from '../schema/common.ts';
import { readOptions } from '../schema/options.ts';
import type { QuestionHandler } from './handler.ts';
import { answered, empty, invalid, issue, readSingle, singleFieldDefaults } from './shared.ts';

export function findOption(options: readonly ChoiceOption[], value: string): ChoiceOption | undefined {
  for (const o of options) if (o.value === value) return o;
  return undefined;
}

function singleChoiceHandler<Q extends RadioQuestion | SelectQuestion>(type: Q['type']): QuestionHandler<Q> {
  return {
    ...singleFieldDefaults,
    type,

    readQuestion(r) {
      const common = readAnswerableCommon(r);
      const options = readOptions(r, { allowExclusive: false, min: 2 });
      return compact({ ...common, type, options }) as Q;
    },

    read(q, { posted, name }) {
      const { raw, text } = readSingle(posted, name);
      if (text === '') return empty(raw);
      return findOption(q.options, text) ? answered(raw, text) : invalid(raw, [issue(name, 'invalidOption')]);
    },

    check(q, value, { name }) {
      if (typeof value !== 'string') return [issue(name, 'invalidValue')];
      return findOption(q.options, value) ? [] : [issue(name, 'invalidOption')];
    },

    toRaw: (_q, value, name) => (typeof value === 'string' ? { [name]: value } : {}),

    format(q, value, { lang }) {
      const o = typeof value === 'string' ? findOption(q.options, value) : undefined;
      return o ? textIn(o.label, lang) : '';
    },
  };
}

export const radioHandler = singleChoiceHandler<RadioQuestion>('radio');
export const selectHandler = singleChoiceHandler<SelectQuestion>('select');
