import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAnswer, rawForStep, validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { codes, oneStep, post, question, SV, TODAY } from '../helpers.ts';

const address = (street: string, postalCode: string, city: string) => ({
  'q.a.street': street,
  'q.a.postalCode': postalCode,
  'q.a.city': city,
});

describe('address question', () => {
  const def = oneStep(question('address', 'a', { required: true }));

  it('stores the parts with the postal code as five digits', () => {
    const v = post(def, address(' Storgatan 1 ', '852 30', 'Sundsvall'));
    assert.deepEqual(v.errors, []);
    assert.deepEqual(v.answers.a, { street: 'Storgatan 1', postalCode: '85230', city: 'Sundsvall' });
  });

  it('reports each missing part when required and empty', () => {
    const v = post(def, address('', '', ''));
    assert.deepEqual(codes(v), ['q.a.street:required', 'q.a.postalCode:required', 'q.a.city:required']);
    assert.deepEqual(v.errors[1]?.params, { part: 'postalCode' });
  });

  it('needs every part once any is filled in, even when optional', () => {
    const optional = oneStep(question('address', 'a'));
    assert.deepEqual(post(optional, address('', '', '')).errors, []);
    assert.deepEqual(codes(post(optional, address('Storgatan 1', '', ''))), [
      'q.a.postalCode:required',
      'q.a.city:required',
    ]);
  });

  it('reports invalidPostalCode for anything but five digits not starting with 0', () => {
    for (const code of ['1234', '123456', '012 34', 'abcde']) {
      assert.deepEqual(
        codes(post(def, address('Storgatan 1', code, 'Sundsvall'))),
        ['q.a.postalCode:invalidPostalCode'],
        code,
      );
    }
  });

  it('reports tooLong for very long parts', () => {
    const v = post(def, address('x'.repeat(201), '85230', 'Sundsvall'));
    assert.deepEqual(codes(v), ['q.a.street:tooLong']);
  });

  it('formats as two lines and shows the parts again', () => {
    const q = def.steps[0]?.questions[0];
    assert.ok(q);
    const value = { street: 'Storgatan 1', postalCode: '85230', city: 'Sundsvall' };
    assert.deepEqual(formatAnswer(q, value, SV), ['Storgatan 1', '852 30 Sundsvall']);
    assert.deepEqual(rawForStep(def, 's', { a: value }), address('Storgatan 1', '852 30', 'Sundsvall'));
  });

  it('rejects stored answers with unknown parts', () => {
    const v = validateSubmission(
      def,
      { a: { street: 'x', postalCode: '85230', city: 'y', country: 'SE' } } as never,
      { today: TODAY },
    );
    assert.deepEqual(codes(v), ['q.a:invalidValue']);
  });
});
