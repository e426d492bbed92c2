/** Which rules read a repeating group's column (src/domain/builder/column-readers.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleReadsColumn } from '../../../../src/domain/builder/column-readers.ts';

describe('ruleReadsColumn', () => {
  it("finds the item's column in an iterator over the group, and reduce's current.<column>", () => {
    const some = { some: [{ var: 'periods' }, { '>': [{ var: 'sickDays' }, 7] }] };
    assert.equal(ruleReadsColumn(some, 'periods', 'sickDays'), true);
    assert.equal(ruleReadsColumn(some, 'periods', 'sickPay'), false);
    assert.equal(ruleReadsColumn(some, 'other', 'sickDays'), false);
    const sum = {
      reduce: [{ var: 'periods' }, { '+': [{ var: 'accumulator' }, { var: 'current.sickPay' }] }, 0],
    };
    assert.equal(ruleReadsColumn(sum, 'periods', 'sickPay'), true);
    assert.equal(ruleReadsColumn(sum, 'periods', 'accumulator'), false);
    assert.equal(ruleReadsColumn({ '*': [sum, 0.12] }, 'periods', 'sickPay'), true);
  });

  it('does not count a top-level answer of the same name, or the body of an iterator over something else', () => {
    assert.equal(ruleReadsColumn({ '>': [{ var: 'sickDays' }, 7] }, 'periods', 'sickDays'), false);
    const other = { some: [{ var: 'children' }, { '==': [{ var: 'sickDays' }, 1] }] };
    assert.equal(ruleReadsColumn(other, 'periods', 'sickDays'), false);
    const nested = {
      some: [{ var: 'periods' }, { some: [{ var: 'sickDays' }, { '==': [{ var: '' }, 1] }] }],
    };
    assert.equal(ruleReadsColumn(nested, 'periods', 'sickDays'), true);
  });
});
