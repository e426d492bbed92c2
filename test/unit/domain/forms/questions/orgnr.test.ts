import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAnswer, validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { codes, oneStep, post, question, SV, TODAY } from '../helpers.ts';

describe('organisation number question', () => {
  const def = oneStep(question('orgnr', 'org', { required: true }));

  it('stores 16 + the number for organisations', () => {
    const v = post(def, { 'q.org': '556036-0793' });
    assert.deepEqual(v.errors, []);
    assert.equal(v.answers.org, '165560360793');
  });

  it("accepts a sole trader's personnummer unless the question refuses them", () => {
    assert.equal(post(def, { 'q.org': '811228-9874' }).answers.org, '198112289874');
    const orgOnly = oneStep(question('orgnr', 'org', { allowSoleTrader: false }));
    const v = post(orgOnly, { 'q.org': '811228-9874' });
    assert.deepEqual(codes(v), ['q.org:invalidOrgnr']);
    assert.deepEqual(v.errors[0]?.params, { reason: 'soleTraderNotAllowed' });
  });

  it('reports invalidOrgnr with the reason', () => {
    const reason = (input: string) => post(def, { 'q.org': input }).errors[0]?.params?.reason;
    assert.equal(reason('556036-0794'), 'checksum');
    assert.equal(reason('456036-0792'), 'group');
    assert.equal(reason('55603607'), 'format');
  });

  it('formats organisations as NNNNNN-NNNN and checks stored values', () => {
    const q = def.steps[0]?.questions[0];
    assert.ok(q);
    assert.equal(formatAnswer(q, '165560360793', SV), '556036-0793');
    assert.deepEqual(codes(validateSubmission(def, { org: '5560360793' }, { today: TODAY })), [
      'q.org:invalidValue',
    ]);
    assert.deepEqual(codes(validateSubmission(def, { org: '165560360793' }, { today: TODAY })), []);
  });
});
