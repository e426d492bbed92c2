import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { codes, oneStep, post, question, TODAY } from '../helpers.ts';

describe('text question', () => {
  const def = oneStep(
    question('text', 'name', { required: true, minLength: 2, maxLength: 5, pattern: '[A-Za-zÅÄÖåäö]+' }),
  );

  it('stores the trimmed text and gives back what was typed', () => {
    const v = post(def, { 'q.name': '  Åsa ' });
    assert.deepEqual(v.errors, []);
    assert.equal(v.answers.name, 'Åsa');
    assert.deepEqual(v.raw, { 'q.name': '  Åsa ' });
  });

  it('reports required when empty or only spaces, pointing at the field', () => {
    for (const value of ['', '   ']) {
      const v = post(def, { 'q.name': value });
      assert.deepEqual(v.errors, [{ field: 'q.name', code: 'required', stepId: 's', questionKey: 'name' }]);
    }
    assert.deepEqual(codes(post(def, {})), ['q.name:required']);
  });

  it('reports tooLong and tooShort with the limit', () => {
    const long = post(def, { 'q.name': 'Abcdef' });
    assert.deepEqual(long.errors[0]?.params, { max: 5 });
    assert.deepEqual(codes(long), ['q.name:tooLong']);
    assert.deepEqual(post(def, { 'q.name': 'A' }).errors[0]?.params, { min: 2 });
    assert.deepEqual(codes(post(def, { 'q.name': 'A' })), ['q.name:tooShort']);
    assert.equal(long.answers.name, undefined, 'invalid input is not an answer');
    assert.equal(long.raw['q.name'], 'Abcdef', 'but it is kept for re-display');
  });

  it('counts characters as people do (an emoji is one)', () => {
    const emoji = oneStep(question('text', 'e', { maxLength: 3 }));
    assert.deepEqual(post(emoji, { 'q.e': '😀😀😀' }).errors, []);
    assert.deepEqual(codes(post(emoji, { 'q.e': '😀😀😀😀' })), ['q.e:tooLong']);
  });

  it('reports pattern when the whole answer does not match', () => {
    assert.deepEqual(codes(post(def, { 'q.name': 'Ab1' })), ['q.name:pattern']);
    assert.deepEqual(codes(post(def, { 'q.name': 'Ab' })), []);
  });

  it('caps text at 1000 characters when no maxLength is set', () => {
    const free = oneStep(question('text', 'free'));
    assert.deepEqual(post(free, { 'q.free': 'a'.repeat(1001) }).errors[0]?.params, { max: 1000 });
  });

  it('takes the first of repeated values and strips NUL characters', () => {
    const free = oneStep(question('text', 'free'));
    assert.equal(post(free, { 'q.free': ['one', 'two'] }).answers.free, 'one');
    assert.equal(post(free, { 'q.free': 'a\u0000b' }).answers.free, 'ab');
  });

  it('rejects stored answers of the wrong shape', () => {
    const v = validateSubmission(def, { name: 42 }, { today: TODAY });
    assert.deepEqual(codes(v), ['q.name:invalidValue']);
  });
});
