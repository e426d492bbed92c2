import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, summarizeAnswers, validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { oneStep, post, question, SV, TODAY } from '../helpers.ts';

describe('information text', () => {
  const def = oneStep(
    question('info', 'about', { text: { sv: 'Läs detta först.' } }),
    question('text', 'name'),
  );

  it('has no answer: posts to it are ignored and stored answers dropped', () => {
    const v = post(def, { 'q.about': 'x' });
    assert.deepEqual(v.ignored, [{ name: 'q.about', reason: 'notAnswerable' }]);
    assert.equal(v.answers.about, undefined);
    const s = validateSubmission(def, { about: 'x' }, { today: TODAY });
    assert.deepEqual(s.ignored, [{ name: 'about', reason: 'notAnswerable' }]);
  });

  it('counts as visible (a step with only information is shown) but is not listed with answers', () => {
    assert.equal(evaluate(def, {}).visible.has('about'), true);
    const listed = summarizeAnswers(def, { name: 'A' }, SV)[0]?.questions.map((q) => q.question.key);
    assert.deepEqual(listed, ['name']);
  });
});
