/** Yes or no, stored as a boolean so conditions read `{ "==": [{ "var": "allergy" }, true] }`. */
import type { YesNoQuestion } from '../definition.ts';
import { compact, readAnswerableCommon } from '../schema/common.ts';
import type { QuestionHandler } from './handler.ts';
import { answered, empty, invalid, issue, readSingle, singleFieldDefaults } from './shared.ts';

export const YES = 'yes';
export const NO = 'no';

export const yesnoHandler: QuestionHandler<YesNoQuestion> = {
  ...singleFieldDefaults,
  type: 'yesno',

  readQuestion(r) {
    return compact({ ...readAnswerableCommon(r), type: 'yesno' });
  },

  read(_q, { posted, name }) {
    const { raw, text } = readSingle(posted, name);
    if (text === '') return empty(raw);
    if (text === YES) return answered(raw, true);
    if (text === NO) return answered(raw, false);
    return invalid(raw, [issue(name, 'invalidOption')]);
  },

  check: (_q, value, { name }) => (typeof value === 'boolean' ? [] : [issue(name, 'invalidValue')]),
  toRaw: (_q, value, name) => (typeof value === 'boolean' ? { [name]: value ? YES : NO } : {}),
  format: (_q, value, { texts }) => (value === true ? texts.yes : value === false ? texts.no : ''),
};
