import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codes, oneStep, post, question } from '../helpers.ts';

describe('textarea question', () => {
  const def = oneStep(question('textarea', 'story', { required: true, maxLength: 10 }));

  it('keeps line breaks, stored as \\n, and counts them as one character', () => {
    const v = post(def, { 'q.story': 'abc\r\ndef\r\ng' });
    assert.deepEqual(v.errors, []);
    assert.equal(v.answers.story, 'abc\ndef\ng');
    assert.equal(v.raw['q.story'], 'abc\r\ndef\r\ng');
  });

  it('reports tooLong with the limit and required when empty', () => {
    assert.deepEqual(post(def, { 'q.story': 'a'.repeat(11) }).errors[0]?.params, { max: 10 });
    assert.deepEqual(codes(post(def, { 'q.story': '\r\n  ' })), ['q.story:required']);
  });

  it('caps at 20 000 characters when no maxLength is set', () => {
    const free = oneStep(question('textarea', 'free'));
    assert.deepEqual(post(free, { 'q.free': 'a'.repeat(20001) }).errors[0]?.params, { max: 20000 });
    assert.deepEqual(post(free, { 'q.free': 'a'.repeat(20000) }).errors, []);
  });
});
