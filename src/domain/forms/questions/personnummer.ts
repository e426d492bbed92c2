/** A personnummer (optionally samordningsnummer), stored in 12 digits. */
import { formatPersonnummer, parsePersonnummer } from '../../identity-numbers/personnummer.ts';
import type { PersonnummerQuestion } from '../definition.ts';
import { compact, readAnswerableCommon } from '../schema/common.ts';
import type { QuestionHandler } from './handler.ts';
import { answered, empty, invalid, issue, readSingle, singleFieldDefaults } from './shared.ts';

const TWELVE_DIGITS = /^\d{12}$/;

export const personnummerHandler: QuestionHandler<PersonnummerQuestion> = {
  ...singleFieldDefaults,
  type: 'personnummer',

  readQuestion(r) {
    const common = readAnswerableCommon(r);
    const allowSamordningsnummer = r.boolean('allowSamordningsnummer', true) ?? false;
    const prefill = r.boolean('prefill');
    return compact({ ...common, type: 'personnummer', allowSamordningsnummer, prefill });
  },

  read(q, { posted, name, today }) {
    const { raw, text } = readSingle(posted, name);
    if (text === '') return empty(raw);
    const r = parsePersonnummer(text, { today, allowSamordningsnummer: q.allowSamordningsnummer });
    return r.ok
      ? answered(raw, r.value.value)
      : invalid(raw, [issue(name, 'invalidPersonnummer', { reason: r.problem })]);
  },

  check(q, value, { name, today }) {
    if (typeof value !== 'string' || !TWELVE_DIGITS.test(value)) return [issue(name, 'invalidValue')];
    const r = parsePersonnummer(value, { today, allowSamordningsnummer: q.allowSamordningsnummer });
    return r.ok ? [] : [issue(name, 'invalidPersonnummer', { reason: r.problem })];
  },

  toRaw: (_q, value, name) => (typeof value === 'string' ? { [name]: formatPersonnummer(value) } : {}),
  format: (_q, value) => (typeof value === 'string' ? formatPersonnummer(value) : ''),
};
