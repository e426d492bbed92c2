import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CaseStatus, STANDARD_STATUSES } from '../../../../src/domain/cases/statuses.ts';
import {
  checkColour,
  checkDelete,
  checkOfficerChange,
  checkStatusChange,
  DEFAULT_COLOUR_LABELS,
  EXTERNAL_CASE_NUMBER_MAX,
  normaliseExternalCaseNumber,
} from '../../../../src/domain/cases/transitions.ts';

const ANNA = 'a0000000-0000-4000-8000-000000000001';
const ERIK = 'a0000000-0000-4000-8000-000000000002';
const OUTSIDER = 'a0000000-0000-4000-8000-000000000003';

describe('status changes', () => {
  it('allows any status of the set other than the current one', () => {
    const r = checkStatusChange(STANDARD_STATUSES, 'submitted', 'in_progress');
    assert.ok(r.ok);
    assert.equal(r.status.key, 'in_progress');
    assert.equal(r.closedAt, 'keep');
  });

  it('refuses a status the set does not have, and the same status again', () => {
    assert.deepEqual(checkStatusChange(STANDARD_STATUSES, 'submitted', 'archived'), {
      ok: false,
      reason: 'unknownStatus',
    });
    assert.deepEqual(checkStatusChange(STANDARD_STATUSES, 'submitted', 'submitted'), {
      ok: false,
      reason: 'sameStatus',
    });
  });

  it('sets closed_at when closing, clears it when reopening, keeps it between closed statuses', () => {
    const close = checkStatusChange(STANDARD_STATUSES, 'in_progress', 'approved');
    assert.ok(close.ok && close.closedAt === 'set');
    const reopen = checkStatusChange(STANDARD_STATUSES, 'approved', 'in_progress');
    assert.ok(reopen.ok && reopen.closedAt === 'clear');
    const between = checkStatusChange(STANDARD_STATUSES, 'approved', 'rejected');
    assert.ok(between.ok && between.closedAt === 'keep');
  });

  it('uses the e-service’s own status set', () => {
    const own: CaseStatus[] = [
      {
        key: 'received',
        name: { sv: 'Mottaget' },
        applicantMayEdit: false,
        mayDelete: true,
        closed: false,
        colour: 'blue',
      },
      {
        key: 'done',
        name: { sv: 'Avslutat' },
        applicantMayEdit: false,
        mayDelete: false,
        closed: true,
        colour: 'green',
      },
    ];
    assert.ok(checkStatusChange(own, 'received', 'done').ok);
    assert.equal(checkStatusChange(own, 'received', 'in_progress').ok, false);
    // A status the set has dropped counts as open.
    const fromGone = checkStatusChange(own, 'submitted', 'done');
    assert.ok(fromGone.ok && fromGone.closedAt === 'set');
    assert.deepEqual(checkDelete(own, 'received'), { ok: true });
    assert.deepEqual(checkDelete(own, 'done'), { ok: false, reason: 'statusForbids' });
  });
});

describe('deleting a case', () => {
  it('is allowed only where the status says mayDelete', () => {
    assert.deepEqual(checkDelete(STANDARD_STATUSES, 'completed'), { ok: true });
    for (const s of [
      'submitted',
      'in_progress',
      'supplement_requested',
      'approved',
      'rejected',
      'nonsense',
    ]) {
      assert.deepEqual(checkDelete(STANDARD_STATUSES, s), { ok: false, reason: 'statusForbids' }, s);
    }
  });
});

describe('changing officers', () => {
  const handlers = new Set([ANNA, ERIK]);
  const base = { handlers, actorId: ANNA, actorRestricted: false, confirmed: false };

  it('lists who is added and removed', () => {
    assert.deepEqual(checkOfficerChange({ ...base, current: [ANNA], next: [ERIK, ERIK] }), {
      ok: true,
      added: [ERIK],
      removed: [ANNA],
    });
  });

  it('refuses to add someone who does not handle the e-service', () => {
    assert.deepEqual(checkOfficerChange({ ...base, current: [], next: [ANNA, OUTSIDER] }), {
      ok: false,
      reason: 'notHandler',
      ids: [OUTSIDER],
    });
  });

  it('lets an officer who no longer handles the e-service stay on the case', () => {
    assert.deepEqual(checkOfficerChange({ ...base, current: [OUTSIDER], next: [OUTSIDER, ERIK] }), {
      ok: true,
      added: [ERIK],
      removed: [],
    });
  });

  it('asks a restricted officer to confirm before removing themselves', () => {
    const facts = { ...base, actorRestricted: true, current: [ANNA, ERIK], next: [ERIK] };
    assert.deepEqual(checkOfficerChange(facts), { ok: false, reason: 'confirmSelfRemoval' });
    assert.deepEqual(checkOfficerChange({ ...facts, confirmed: true }), {
      ok: true,
      added: [],
      removed: [ANNA],
    });
    // An unrestricted officer still sees the case afterwards: no question.
    assert.ok(checkOfficerChange({ ...facts, actorRestricted: false }).ok);
  });
});

describe('colour labels', () => {
  it('accepts the default palette when the e-service has none, and clearing', () => {
    assert.deepEqual(checkColour([], 'red'), { ok: true, colour: 'red' });
    assert.deepEqual(checkColour([], null), { ok: true, colour: null });
    assert.ok(DEFAULT_COLOUR_LABELS.length >= 5);
  });

  it('accepts only the e-service’s own labels when it has some', () => {
    const own = [{ key: 'green', meaning: { sv: 'Intyg finns' } }];
    assert.ok(checkColour(own, 'green').ok);
    assert.deepEqual(checkColour(own, 'red'), { ok: false, reason: 'unknownColour' });
    assert.deepEqual(checkColour([], '<script>'), { ok: false, reason: 'unknownColour' });
  });
});

describe('external case number', () => {
  it('trims, joins spaces and clears on empty', () => {
    assert.deepEqual(normaliseExternalCaseNumber('  KS  2026/123 '), { ok: true, value: 'KS 2026/123' });
    assert.deepEqual(normaliseExternalCaseNumber('   '), { ok: true, value: null });
  });

  it('refuses control characters and overlong numbers', () => {
    assert.deepEqual(normaliseExternalCaseNumber('A\nB'), { ok: false, reason: 'invalidCharacters' });
    assert.deepEqual(normaliseExternalCaseNumber('A\u0000'), { ok: false, reason: 'invalidCharacters' });
    assert.deepEqual(normaliseExternalCaseNumber('x'.repeat(EXTERNAL_CASE_NUMBER_MAX + 1)), {
      ok: false,
      reason: 'tooLong',
    });
    assert.ok(normaliseExternalCaseNumber('x'.repeat(EXTERNAL_CASE_NUMBER_MAX)).ok);
  });
});
