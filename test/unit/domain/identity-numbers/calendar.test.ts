import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ageAt,
  daysInMonth,
  isIsoDate,
  isRealDate,
  parseIsoDate,
  toIsoDate,
} from '../../../../src/domain/identity-numbers/calendar.ts';

describe('calendar', () => {
  it('knows leap years, including the 100 and 400 rules', () => {
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2023, 2), 28);
    assert.equal(daysInMonth(1900, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
    assert.equal(daysInMonth(2023, 4), 30);
    assert.equal(daysInMonth(2023, 13), 0);
  });

  it('tells real dates from impossible ones', () => {
    assert.equal(isRealDate(1999, 2, 28), true);
    assert.equal(isRealDate(1999, 2, 30), false);
    assert.equal(isRealDate(1999, 0, 1), false);
    assert.equal(isRealDate(1999, 12, 0), false);
    assert.equal(isRealDate(1999, 12, 31), true);
  });

  it('reads only strict ISO dates', () => {
    assert.deepEqual(parseIsoDate('2026-03-09'), { year: 2026, month: 3, day: 9 });
    assert.equal(parseIsoDate('2026-3-9'), undefined);
    assert.equal(parseIsoDate('2026-02-30'), undefined);
    assert.equal(parseIsoDate('2026-03-09T00:00'), undefined);
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate(20240229), false);
    assert.equal(toIsoDate(987, 1, 2), '0987-01-02');
  });

  it('counts age in whole years, birthday included', () => {
    assert.equal(ageAt('2008-05-10', '2026-05-09'), 17);
    assert.equal(ageAt('2008-05-10', '2026-05-10'), 18);
    assert.equal(ageAt('2008-02-29', '2026-02-28'), 17);
    assert.equal(ageAt('2008-02-29', '2026-03-01'), 18);
    assert.throws(() => ageAt('2008-02-30', '2026-03-01'), RangeError);
  });
});
