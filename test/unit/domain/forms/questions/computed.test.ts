import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, formatAnswer } from '../../../../../src/domain/forms/index.ts';
import { roundTo } from '../../../../../src/domain/forms/questions/computed.ts';
import { EN, oneStep, post, question, SV } from '../helpers.ts';

describe('computed value', () => {
  const def = oneStep(
    question('number', 'a'),
    question('number', 'b'),
    question('computed', 'sum', { expression: { '+': [{ var: 'a' }, { var: 'b' }] }, format: 'currency' }),
    question('computed', 'ratio', {
      expression: { '/': [{ var: 'a' }, { var: 'b' }] },
      format: 'number',
      decimals: 3,
    }),
  );

  it('is calculated from the answers and rounded to its decimals', () => {
    const v = post(def, { 'q.a': '10', 'q.b': '3' });
    assert.equal(v.answers.sum, 13);
    assert.equal(v.answers.ratio, 3.333);
  });

  it('has no value when the expression fails (division by zero)', () => {
    const e = evaluate(def, { a: 1, b: 0 });
    assert.equal(e.answers.ratio, undefined);
    assert.equal(e.answers.sum, 1);
  });

  it('cannot be posted or stored by the user: it is recalculated', () => {
    const v = post(def, { 'q.a': '1', 'q.b': '1', 'q.sum': '1000000' });
    assert.equal(v.answers.sum, 2);
    assert.deepEqual(v.ignored, [{ name: 'q.sum', reason: 'notAnswerable' }]);
    assert.equal(evaluate(def, { a: 1, b: 1, sum: 99 }).answers.sum, 2);
  });

  it('rounds half away from zero, avoiding binary surprises', () => {
    assert.equal(roundTo(1.005, 2), 1.01);
    assert.equal(roundTo(0.125, 2), 0.13);
    assert.equal(roundTo(-0.125, 2), -0.13);
    assert.equal(roundTo(0.1 + 0.2, 2), 0.3);
    assert.equal(roundTo(2.5, 0), 3);
  });

  it('formats currency in kronor and numbers with their unit', () => {
    const [, , sum, ratio] = def.steps[0]?.questions ?? [];
    assert.ok(sum && ratio);
    assert.equal(formatAnswer(sum, 14719.04, SV), '14\u00a0719,04\u00a0kr');
    assert.equal(formatAnswer(sum, 14719.04, EN), 'SEK\u00a014,719.04');
    assert.equal(formatAnswer(ratio, 3.333, SV), '3,333');
  });
});
