import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prefillAnswers } from '../../../../src/domain/forms/index.ts';
import { oneStep, question } from './helpers.ts';

describe('prefillAnswers', () => {
  const def = oneStep(
    question('personnummer', 'me', { allowSamordningsnummer: false, prefill: true }),
    question('personnummer', 'child', { allowSamordningsnummer: false }),
    question('contact', 'contact', {
      prefill: true,
      fields: { name: 'required', email: 'optional', address: 'optional' },
    }),
  );
  const identity = {
    personnummer: '198112289874',
    name: 'Anna Andersson',
    phone: '070-1234567',
    address: { street: 'Storgatan 1', postalCode: '852 30', city: 'Sundsvall' },
  };

  it('fills empty prefillable questions from the login, only with parts the question asks for', () => {
    assert.deepEqual(prefillAnswers(def, {}, identity), {
      me: '198112289874',
      contact: { name: 'Anna Andersson', street: 'Storgatan 1', postalCode: '85230', city: 'Sundsvall' },
    });
  });

  it('keeps what the user already answered', () => {
    const out = prefillAnswers(def, { contact: { name: 'Bo' } }, identity);
    assert.deepEqual(out.contact, { name: 'Bo' });
  });

  it('does not fill in a personnummer that is not 12 digits', () => {
    assert.equal(prefillAnswers(def, {}, { personnummer: '8112289874' }).me, undefined);
  });
});
