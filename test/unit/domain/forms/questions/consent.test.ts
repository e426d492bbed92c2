import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAnswer, validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { codes, oneStep, post, question, SV, TODAY } from '../helpers.ts';

describe('consent question', () => {
  const def = oneStep(question('consent', 'ok', { required: true }));

  it('stores true when ticked', () => {
    for (const value of ['yes', 'on', 'true']) assert.equal(post(def, { 'q.ok': value }).answers.ok, true);
  });

  it('reports mustConsent when a required box is not ticked', () => {
    assert.deepEqual(codes(post(def, {})), ['q.ok:mustConsent']);
    assert.deepEqual(codes(validateSubmission(def, { ok: false }, { today: TODAY })), ['q.ok:mustConsent']);
  });

  it('is no answer when an optional box is left unticked', () => {
    const optional = oneStep(question('consent', 'news'));
    const v = post(optional, {});
    assert.deepEqual(v.errors, []);
    assert.equal(v.answers.news, undefined);
  });

  it('reports invalidOption for other posted values and formats a tick', () => {
    assert.deepEqual(codes(post(def, { 'q.ok': 'nope' })), ['q.ok:invalidOption']);
    const q = def.steps[0]?.questions[0];
    assert.ok(q);
    assert.equal(formatAnswer(q, true, SV), 'Godkänt');
  });
});
