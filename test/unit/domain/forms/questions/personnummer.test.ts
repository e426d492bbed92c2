import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAnswer, rawForStep, validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { codes, oneStep, post, question, SV, TODAY } from '../helpers.ts';

describe('personnummer question', () => {
  const def = oneStep(question('personnummer', 'pnr', { required: true, allowSamordningsnummer: false }));

  it('stores the 12-digit form whatever was typed', () => {
    for (const input of ['811228-9874', '8112289874', '19811228-9874', ' 198112289874 ']) {
      const v = post(def, { 'q.pnr': input });
      assert.deepEqual(v.errors, [], input);
      assert.equal(v.answers.pnr, '198112289874');
      assert.equal(v.raw['q.pnr'], input);
    }
  });

  it('reports invalidPersonnummer with the reason', () => {
    const reason = (input: string) => {
      const v = post(def, { 'q.pnr': input });
      assert.deepEqual(codes(v), ['q.pnr:invalidPersonnummer']);
      return v.errors[0]?.params?.reason;
    };
    assert.equal(reason('811228-9875'), 'checksum');
    assert.equal(reason('19990230-1234'), 'date');
    assert.equal(reason('12345'), 'format');
    assert.equal(reason('701063-2391'), 'samordningsnummerNotAllowed');
  });

  it('accepts a samordningsnummer when the question allows it', () => {
    const sam = oneStep(question('personnummer', 'pnr', { allowSamordningsnummer: true }));
    assert.equal(post(sam, { 'q.pnr': '701063-2391' }).answers.pnr, '197010632391');
  });

  it('reports required when empty', () => {
    assert.deepEqual(codes(post(def, { 'q.pnr': '' })), ['q.pnr:required']);
  });

  it('formats and shows the stored number with a dash', () => {
    const q = def.steps[0]?.questions[0];
    assert.ok(q);
    assert.equal(formatAnswer(q, '198112289874', SV), '19811228-9874');
    assert.deepEqual(rawForStep(def, 's', { pnr: '198112289874' }), { 'q.pnr': '19811228-9874' });
  });

  it('rejects stored values that are not valid 12-digit numbers', () => {
    const check = (pnr: string) => codes(validateSubmission(def, { pnr }, { today: TODAY }));
    assert.deepEqual(check('8112289874'), ['q.pnr:invalidValue']);
    assert.deepEqual(check('198112289875'), ['q.pnr:invalidPersonnummer']);
    assert.deepEqual(check('198112289874'), []);
  });
});
