import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { daysOverdue, dueAtFor, isOverdue } from '../../../../src/domain/cases/overdue.ts';

const arrived = new Date('2026-03-02T09:30:00Z');
const at = (iso: string) => new Date(iso);

describe('overdue', () => {
  it('is due N days after arrival, or never when the e-service promises nothing', () => {
    assert.deepEqual(dueAtFor(arrived, 30), at('2026-04-01T09:30:00Z'));
    assert.deepEqual(dueAtFor(arrived, 0), arrived);
    assert.equal(dueAtFor(arrived, null), null);
    assert.equal(dueAtFor(arrived, undefined), null);
    assert.equal(dueAtFor(arrived, -1), null);
  });

  it('is overdue once the due time has passed, not at it', () => {
    const dueAt = at('2026-04-01T09:30:00Z');
    assert.equal(isOverdue({ dueAt, closedAt: null }, at('2026-04-01T09:29:59Z')), false);
    assert.equal(isOverdue({ dueAt, closedAt: null }, dueAt), false);
    assert.equal(isOverdue({ dueAt, closedAt: null }, at('2026-04-01T09:30:01Z')), true);
  });

  it('is never overdue when closed, or without a due time', () => {
    const later = at('2026-06-01T00:00:00Z');
    assert.equal(
      isOverdue({ dueAt: at('2026-04-01T00:00:00Z'), closedAt: at('2026-05-01T00:00:00Z') }, later),
      false,
    );
    assert.equal(isOverdue({ dueAt: null, closedAt: null }, later), false);
  });

  it('counts whole days past the due time', () => {
    const dueAt = at('2026-04-01T09:30:00Z');
    assert.equal(daysOverdue({ dueAt, closedAt: null }, at('2026-04-01T10:00:00Z')), 0);
    assert.equal(daysOverdue({ dueAt, closedAt: null }, at('2026-04-03T09:31:00Z')), 2);
    assert.equal(daysOverdue({ dueAt, closedAt: null }, at('2026-03-31T00:00:00Z')), null);
  });
});
