import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAnswer, rawForStep, validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { codes, oneStep, post, question, SV, TODAY } from '../helpers.ts';

describe('checkbox question', () => {
  const def = oneStep(
    question('checkbox', 'diet', {
      required: true,
      options: [
        { value: 'gluten', label: { sv: 'Glutenfri' } },
        { value: 'laktos', label: { sv: 'Laktosfri' } },
        { value: 'ingen', label: { sv: 'Ingen specialkost' }, exclusive: true },
      ],
    }),
  );

  it('stores the ticked values once each, in option order', () => {
    const v = post(def, { 'q.diet': ['laktos', 'gluten', 'laktos'] });
    assert.deepEqual(v.errors, []);
    assert.deepEqual(v.answers.diet, ['gluten', 'laktos']);
    assert.deepEqual(v.raw, { 'q.diet': ['laktos', 'gluten', 'laktos'] });
  });

  it('accepts a single ticked box posted as a string', () => {
    assert.deepEqual(post(def, { 'q.diet': 'ingen' }).answers.diet, ['ingen']);
  });

  it('reports exclusiveCombined when an exclusive option is ticked with others', () => {
    const v = post(def, { 'q.diet': ['gluten', 'ingen'] });
    assert.deepEqual(codes(v), ['q.diet:exclusiveCombined']);
    assert.deepEqual(v.errors[0]?.params, { option: 'ingen' });
    assert.equal(v.answers.diet, undefined);
  });

  it('reports invalidOption for values that are not options', () => {
    assert.deepEqual(codes(post(def, { 'q.diet': ['gluten', 'fish'] })), ['q.diet:invalidOption']);
  });

  it('reports required when nothing is ticked (nothing is posted then)', () => {
    assert.deepEqual(codes(post(def, {})), ['q.diet:required']);
    assert.deepEqual(codes(post(def, { 'q.diet': [''] })), ['q.diet:required']);
  });

  it('formats the labels as a list and shows the ticks again', () => {
    const q = def.steps[0]?.questions[0];
    assert.ok(q);
    assert.deepEqual(formatAnswer(q, ['gluten', 'laktos'], SV), ['Glutenfri', 'Laktosfri']);
    assert.deepEqual(rawForStep(def, 's', { diet: ['gluten'] }), { 'q.diet': ['gluten'] });
  });

  it('checks stored answers too', () => {
    const check = (diet: unknown) => codes(validateSubmission(def, { diet } as never, { today: TODAY }));
    assert.deepEqual(check(['gluten', 'ingen']), ['q.diet:exclusiveCombined']);
    assert.deepEqual(check(['gluten', 'gluten']), ['q.diet:invalidValue']);
    assert.deepEqual(check('gluten'), ['q.diet:invalidValue']);
    assert.deepEqual(check([]), ['q.diet:required']);
  });
});
