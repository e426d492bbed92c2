/** An organisationsnummer (or a sole trader's personnummer), stored in 12 digits. */
import {
  formatOrganisationsnummer,
  parseOrganisationsnummer,
} from '../../identity-numbers/organisationsnummer.ts';
import type { OrgnrQuestion } from '../definition.ts';
import { compact, readAnswerableCommon } from '../schema/common.ts';
import type { QuestionHandler } from './handler.ts';
import { answered, empty, invalid, issue, readSingle, singleFieldDefaults } from './shared.ts';

const options = (q: OrgnrQuestion, today: string) => ({ today, allowSoleTrader: q.allowSoleTrader ?? true });

const TWELVE_DIGITS = /^\d{12}$/;

export const orgnrHandler: QuestionHandler<OrgnrQuestion> = {
  ...singleFieldDefaults,
  type: 'orgnr',

  readQuestion(r) {
    const common = readAnswerableCommon(r);
    return compact({ ...common, type: 'orgnr', allowSoleTrader: r.boolean('allowSoleTrader') });
  },

  read(q, { posted, name, today }) {
    const { raw, text } = readSingle(posted, name);
    if (text === '') return empty(raw);
    const r = parseOrganisationsnummer(text, options(q, today));
    return r.ok
      ? answered(raw, r.value.value)
      : invalid(raw, [issue(name, 'invalidOrgnr', { reason: r.problem })]);
  },

  check(q, value, { name, today }) {
    if (typeof value !== 'string' || !TWELVE_DIGITS.test(value)) return [issue(name, 'invalidValue')];
    const r = parseOrganisationsnummer(value, options(q, today));
    return r.ok ? [] : [issue(name, 'invalidOrgnr', { reason: r.problem })];
  },

  toRaw: (_q, value, name) => (typeof value === 'string' ? { [name]: formatOrganisationsnummer(value) } : {}),
  format: (_q, value) => (typeof value === 'string' ? formatOrganisationsnummer(value) : ''),
};
