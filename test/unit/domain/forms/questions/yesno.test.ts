import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAnswer, rawForStep, validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { codes, EN, oneStep, post, question, SV, TODAY } from '../helpers.ts';

describe('yes/no question', () => {
  const def = oneStep(question('yesno', 'allergy', { required: true }));

  it('stores yes and no as booleans, and no counts as an answer', () => {
    assert.equal(post(def, { 'q.allergy': 'yes' }).answers.allergy, true);
    const no = post(def, { 'q.allergy': 'no' });
    assert.equal(no.answers.allergy, false);
    assert.deepEqual(no.errors, []);
  });

  it('reports required when unanswered and invalidOption for anything else', () => {
    assert.deepEqual(codes(post(def, {})), ['q.allergy:required']);
    assert.deepEqual(codes(post(def, { 'q.allergy': 'maybe' })), ['q.allergy:invalidOption']);
  });

  it('formats with the texts the caller gives and shows the choice again', () => {
    const q = def.steps[0]?.questions[0];
    assert.ok(q);
    assert.equal(formatAnswer(q, true, SV), 'Ja');
    assert.equal(formatAnswer(q, false, EN), 'No');
    assert.deepEqual(rawForStep(def, 's', { allergy: false }), { 'q.allergy': 'no' });
  });

  it('rejects stored answers that are not booleans', () => {
    assert.deepEqual(codes(validateSubmission(def, { allergy: 'yes' }, { today: TODAY })), [
      'q.allergy:invalidValue',
    ]);
  });
});
