import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAnswer, validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { codes, EN, oneStep, post, question, SV, TODAY } from '../helpers.ts';

const options = [
  { value: 'bus', label: { sv: 'Buss', en: 'Bus' } },
  { value: 'taxi', label: { sv: 'Taxi' } },
];

for (const type of ['radio', 'select'] as const) {
  describe(`${type} question`, () => {
    const def = oneStep(question(type, 'c', { required: true, options }));

    it('stores the chosen option value', () => {
      const v = post(def, { 'q.c': 'taxi' });
      assert.deepEqual(v.errors, []);
      assert.equal(v.answers.c, 'taxi');
    });

    it('reports invalidOption for a value that is not an option', () => {
      const v = post(def, { 'q.c': 'rocket' });
      assert.deepEqual(codes(v), ['q.c:invalidOption']);
      assert.equal(v.raw['q.c'], 'rocket');
    });

    it('reports required when nothing is chosen', () => {
      assert.deepEqual(codes(post(def, {})), ['q.c:required']);
      assert.deepEqual(codes(post(def, { 'q.c': '' })), ['q.c:required']);
    });

    it('formats the label, falling back to Swedish', () => {
      const q = def.steps[0]?.questions[0];
      assert.ok(q);
      assert.equal(formatAnswer(q, 'bus', EN), 'Bus');
      assert.equal(formatAnswer(q, 'taxi', EN), 'Taxi');
      assert.equal(formatAnswer(q, 'bus', SV), 'Buss');
    });

    it('rejects stored values that are not options', () => {
      assert.deepEqual(codes(validateSubmission(def, { c: 'rocket' }, { today: TODAY })), [
        'q.c:invalidOption',
      ]);
      assert.deepEqual(codes(validateSubmission(def, { c: ['bus'] }, { today: TODAY })), [
        'q.c:invalidValue',
      ]);
    });
  });
}
