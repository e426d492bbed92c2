import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, isDateBound, resolveDateBound } from '../../../../src/domain/forms/dates.ts';

describe('date bounds', () => {
  it('resolves today, fixed dates and distances from today', () => {
    const today = '2026-01-31';
    assert.equal(resolveDateBound('today', today), today);
    assert.equal(resolveDateBound('2025-06-01', today), '2025-06-01');
    assert.equal(resolveDateBound('+30d', today), '2026-03-02');
    assert.equal(resolveDateBound('-1d', today), '2026-01-30');
    assert.equal(resolveDateBound('+2w', today), '2026-02-14');
    assert.equal(resolveDateBound('+1m', today), '2026-02-28');
    assert.equal(resolveDateBound('-18y', '2024-02-29'), '2006-02-28');
    assert.equal(resolveDateBound('+1y', '2025-12-31'), '2026-12-31');
    assert.equal(resolveDateBound('next week', today), undefined);
  });

  it('adds months across year ends in both directions', () => {
    assert.deepEqual(addMonths({ year: 2026, month: 11, day: 15 }, 3), { year: 2027, month: 2, day: 15 });
    assert.deepEqual(addMonths({ year: 2026, month: 1, day: 31 }, -2), { year: 2025, month: 11, day: 30 });
  });

  it('knows what a bound looks like', () => {
    for (const ok of ['today', '+0d', '-18y', '+6m', '2026-01-01']) assert.equal(isDateBound(ok), true, ok);
    for (const bad of ['tomorrow', '18y', '+1h', '2026-13-01', '+12345d'])
      assert.equal(isDateBound(bad), false, bad);
  });
});
