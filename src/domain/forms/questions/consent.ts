/** One box to tick ("Jag intygar att uppgifterna är riktiga"); required means it must be ticked. */
import type { AnswerValue } from '../answers.ts';
import type { ConsentQuestion } from '../definition.ts';
import { compact, readAnswerableCommon } from '../schema/common.ts';
import type { QuestionHandler } from './handler.ts';
import { answered, empty, invalid, issue, readSingle, singleFieldDefaults } from './shared.ts';

/** Values a ticked box may post: ours (`yes`) and the browser default (`on`). */
const TICKED = new Set(['yes', 'on', 'true']);

export const consentHandler: QuestionHandler<ConsentQuestion> = {
  ...singleFieldDefaults,
  type: 'consent',

  readQuestion(r) {
    return compact({ ...readAnswerableCommon(r), type: 'consent' });
  },

  read(_q, { posted, name }) {
    const { raw, text } = readSingle(posted, name);
    if (text === '') return empty(raw);
    return TICKED.has(text) ? answered(raw, true) : invalid(raw, [issue(name, 'invalidOption')]);
  },

  check: (_q, value, { name }) => (value === true ? [] : [issue(name, 'invalidValue')]),
  isEmpty: (_q, value: AnswerValue | undefined) => value !== true,
  requiredIssues: (_q, name) => [issue(name, 'mustConsent')],
  toRaw: (_q, value, name) => (value === true ? { [name]: 'yes' } : {}),
  format: (_q, value, { texts }) => (value === true ? texts.consented : ''),
};
