/** Longer text over several lines, shown with a character counter. */
import { isBlank } from '../answers.ts';
import { LIMITS, type TextareaQuestion } from '../definition.ts';
import { compact, readAnswerableCommon } from '../schema/common.ts';
import type { QuestionHandler } from './handler.ts';
import { answered, empty, issue, readSingle, singleFieldDefaults } from './shared.ts';
import { checkLength, readLengthLimits } from './text.ts';

/** Browsers post line breaks as CRLF; count and store them as one character, as the counter shows. */
function normaliseLineBreaks(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

export const textareaHandler: QuestionHandler<TextareaQuestion> = {
  ...singleFieldDefaults,
  type: 'textarea',

  readQuestion(r) {
    const common = readAnswerableCommon(r);
    const { maxLength } = readLengthLimits(r, LIMITS.textareaMaxLength, false);
    return compact({ ...common, type: 'textarea', maxLength });
  },

  read(_q, { posted, name }) {
    const { raw, text } = readSingle(posted, name);
    const value = normaliseLineBreaks(text);
    return value === '' ? empty(raw) : answered(raw, value);
  },

  check(q, value, { name }) {
    if (typeof value !== 'string' || isBlank(value)) return [issue(name, 'invalidValue')];
    return checkLength(value, name, undefined, q.maxLength ?? LIMITS.textareaMaxLength);
  },

  toRaw: (_q, value, name) => (typeof value === 'string' ? { [name]: value } : {}),
  format: (_q, value) => (typeof value === 'string' ? value : ''),
};
