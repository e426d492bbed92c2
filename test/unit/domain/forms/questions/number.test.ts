import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAnswer, validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { parseNumberInput } from '../../../../../src/domain/forms/questions/number.ts';
import { codes, EN, oneStep, post, question, SV, TODAY } from '../helpers.ts';

describe('number question', () => {
  it('reads numbers written the Swedish or the English way', () => {
    const cases: [string, number][] = [
      ['12', 12],
      ['1 234,5', 1234.5],
      ['1\u00a0234', 1234],
      ['1234.5', 1234.5],
      ['-3', -3],
      ['\u22123', -3],
      ['+7', 7],
      [',5', 0.5],
      ['10,', 10],
    ];
    for (const [input, expected] of cases) assert.equal(parseNumberInput(input), expected, input);
  });

  it('reports notANumber for anything else', () => {
    const def = oneStep(question('number', 'n'));
    for (const input of ['abc', '1,234.5', '12 kr', '1e5', '--1', '1.2.3', '.']) {
      assert.deepEqual(codes(post(def, { 'q.n': input })), ['q.n:notANumber'], input);
    }
  });

  it('checks min, max and integer with their parameters', () => {
    const def = oneStep(question('number', 'n', { min: 1, max: 10, integer: true }));
    assert.deepEqual(post(def, { 'q.n': '0' }).errors[0]?.params, { min: 1 });
    assert.deepEqual(codes(post(def, { 'q.n': '0' })), ['q.n:belowMin']);
    assert.deepEqual(post(def, { 'q.n': '11' }).errors[0]?.params, { max: 10 });
    assert.deepEqual(codes(post(def, { 'q.n': '11' })), ['q.n:aboveMax']);
    assert.deepEqual(codes(post(def, { 'q.n': '2,5' })), ['q.n:notInteger']);
    assert.equal(post(def, { 'q.n': '10' }).answers.n, 10);
  });

  it('reports required when empty', () => {
    assert.deepEqual(codes(post(oneStep(question('number', 'n', { required: true })), { 'q.n': ' ' })), [
      'q.n:required',
    ]);
  });

  it("formats with the unit in the reader's language", () => {
    const def = oneStep(question('number', 'n', { unit: { sv: 'st', en: 'pcs' } }));
    const q = def.steps[0]?.questions[0];
    assert.ok(q);
    assert.equal(formatAnswer(q, 1234.5, SV), '1\u00a0234,5 st');
    assert.equal(formatAnswer(q, 1234.5, EN), '1,234.5 pcs');
  });

  it('rejects stored answers that are not finite numbers', () => {
    const def = oneStep(question('number', 'n'));
    assert.deepEqual(codes(validateSubmission(def, { n: '12' }, { today: TODAY })), ['q.n:invalidValue']);
  });
});
