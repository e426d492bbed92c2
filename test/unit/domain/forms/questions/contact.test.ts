import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAnswer, validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { isValidEmail, isValidPhone } from '../../../../../src/domain/forms/questions/contact.ts';
import { codes, oneStep, post, question, SV, TODAY } from '../helpers.ts';

describe('contact question', () => {
  const def = oneStep(
    question('contact', 'c', {
      required: true,
      fields: { name: 'required', email: 'required', phone: 'optional', address: 'optional' },
    }),
  );

  it('stores the parts given', () => {
    const v = post(def, { 'q.c.name': 'Anna Andersson', 'q.c.email': 'anna@example.se', 'q.c.phone': '' });
    assert.deepEqual(v.errors, []);
    assert.deepEqual(v.answers.c, { name: 'Anna Andersson', email: 'anna@example.se' });
  });

  it('reports each required part when the question is required and empty', () => {
    const v = post(def, {});
    assert.deepEqual(codes(v), ['q.c.name:required', 'q.c.email:required']);
    assert.deepEqual(v.errors[0]?.params, { part: 'name' });
  });

  it('reports required parts missing from a partly filled answer', () => {
    assert.deepEqual(codes(post(def, { 'q.c.name': 'Anna' })), ['q.c.email:required']);
  });

  it('asks for a whole address once any part of it is given', () => {
    assert.deepEqual(
      codes(post(def, { 'q.c.name': 'Anna', 'q.c.email': 'a@b.se', 'q.c.city': 'Sundsvall' })),
      ['q.c.street:required', 'q.c.postalCode:required'],
    );
  });

  it('reports invalidEmail, invalidPhone and invalidPostalCode', () => {
    const v = post(def, {
      'q.c.name': 'Anna',
      'q.c.email': 'anna@',
      'q.c.phone': '12',
      'q.c.street': 'Storgatan 1',
      'q.c.postalCode': '1234',
      'q.c.city': 'Sundsvall',
    });
    assert.deepEqual(codes(v), [
      'q.c.email:invalidEmail',
      'q.c.phone:invalidPhone',
      'q.c.postalCode:invalidPostalCode',
    ]);
  });

  it('knows a plausible e-mail address and phone number', () => {
    for (const ok of ['a@b.se', 'anna.andersson+test@kommun.example.se'])
      assert.equal(isValidEmail(ok), true, ok);
    for (const bad of ['a@b', 'a b@c.se', '@c.se', 'a@.se', 'a@b..se'])
      assert.equal(isValidEmail(bad), false, bad);
    for (const ok of ['070-123 45 67', '+46 70 123 45 67', '(060) 19 10 00'])
      assert.equal(isValidPhone(ok), true, ok);
    for (const bad of ['12345', 'ring mig', '+46 70 123 45 67 89 10 11'])
      assert.equal(isValidPhone(bad), false, bad);
  });

  it('ignores posted parts the question does not ask for', () => {
    const nameOnly = oneStep(question('contact', 'c', { fields: { name: 'optional' } }));
    const v = post(nameOnly, { 'q.c.name': 'Anna', 'q.c.email': 'a@b.se' });
    assert.deepEqual(v.answers.c, { name: 'Anna' });
    assert.deepEqual(v.ignored, [{ name: 'q.c.email', reason: 'unknownField' }]);
  });

  it('formats the given parts as lines', () => {
    const q = def.steps[0]?.questions[0];
    assert.ok(q);
    const value = {
      name: 'Anna',
      email: 'a@b.se',
      street: 'Storgatan 1',
      postalCode: '85230',
      city: 'Sundsvall',
    };
    assert.deepEqual(formatAnswer(q, value, SV), ['Anna', 'a@b.se', 'Storgatan 1', '852 30 Sundsvall']);
  });

  it('rejects stored answers with parts the question does not ask for', () => {
    const nameOnly = oneStep(question('contact', 'c', { fields: { name: 'optional' } }));
    assert.deepEqual(
      codes(validateSubmission(nameOnly, { c: { name: 'A', email: 'a@b.se' } }, { today: TODAY })),
      ['q.c:invalidValue'],
    );
  });
});
