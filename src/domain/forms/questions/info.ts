/** Information text between questions; `label` is its heading. It has no answer. */
import type { InfoQuestion } from '../definition.ts';
import { compact, readQuestionCommon } from '../schema/common.ts';
import { MISSING_TEXT } from '../schema/reader.ts';
import type { QuestionHandler } from './handler.ts';

export const infoHandler: QuestionHandler<InfoQuestion> = {
  type: 'info',
  kind: 'display',

  readQuestion(r) {
    const common = readQuestionCommon(r);
    return compact({ ...common, type: 'info', text: r.langText('text', true) ?? MISSING_TEXT });
  },

  acceptsField: () => false,
  read: () => ({ raw: {}, value: undefined, issues: [] }),
  check: () => [],
  isEmpty: () => true,
  requiredIssues: () => [],
  toRaw: () => ({}),
  format: () => '',
};
