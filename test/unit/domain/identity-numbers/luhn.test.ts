import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { luhnCheckDigit, luhnValid } from '../../../../src/domain/identity-numbers/luhn.ts';

describe('luhn', () => {
  it('accepts numbers whose check digit matches', () => {
    assert.equal(luhnValid('8112289874'), true);
    assert.equal(luhnValid('5560360793'), true);
    assert.equal(luhnValid('2120000142'), true);
  });

  it('rejects a changed check digit or a swapped pair', () => {
    assert.equal(luhnValid('8112289875'), false);
    assert.equal(luhnValid('8112289847'), false);
  });

  it('computes the check digit that makes a payload valid', () => {
    assert.equal(luhnCheckDigit('811228987'), 4);
    assert.equal(luhnCheckDigit('556036079'), 3);
    for (const payload of ['000000000', '999999999', '123456789', '701063239']) {
      assert.equal(luhnValid(payload + luhnCheckDigit(payload)), true, payload);
    }
  });
});
