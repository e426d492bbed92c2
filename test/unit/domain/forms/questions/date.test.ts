import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAnswer, rawForStep, validateSubmission } from '../../../../../src/domain/forms/index.ts';
import { codes, EN, oneStep, post, question, SV, TODAY } from '../helpers.ts';

const parts = (day: string, month: string, year: string) => ({
  'q.d.day': day,
  'q.d.month': month,
  'q.d.year': year,
});

describe('date question', () => {
  const def = oneStep(question('date', 'd', { required: true }));

  it('reads day, month and year into an ISO date', () => {
    const v = post(def, parts(' 5', '3 ', '2026'));
    assert.deepEqual(v.errors, []);
    assert.equal(v.answers.d, '2026-03-05');
    assert.deepEqual(v.raw, parts(' 5', '3 ', '2026'));
  });

  it('accepts one ISO value from a date picker', () => {
    assert.equal(post(def, { 'q.d': '2026-03-05' }).answers.d, '2026-03-05');
    assert.deepEqual(codes(post(def, { 'q.d': '5/3/2026' })), ['q.d:invalidDate']);
  });

  it('reports required at the day field when all parts are empty', () => {
    assert.deepEqual(codes(post(def, parts('', '', ''))), ['q.d.day:required']);
  });

  it('reports incompleteDate at the first missing part, listing the missing parts', () => {
    const v = post(def, parts('5', '', ''));
    assert.deepEqual(codes(v), ['q.d.month:incompleteDate']);
    assert.deepEqual(v.errors[0]?.params, { missing: ['month', 'year'] });
  });

  it('reports invalidDate at the part that is wrong', () => {
    assert.deepEqual(codes(post(def, parts('30', '2', '1999'))), ['q.d.day:invalidDate']);
    assert.deepEqual(codes(post(def, parts('1', '13', '1999'))), ['q.d.month:invalidDate']);
    assert.deepEqual(codes(post(def, parts('1', '1', '99'))), ['q.d.year:invalidDate']);
    assert.deepEqual(codes(post(def, parts('a', '1', '1999'))), ['q.d.day:invalidDate']);
    assert.deepEqual(codes(post(def, parts('29', '2', '2023'))), ['q.d.day:invalidDate']);
    assert.equal(post(def, parts('29', '2', '2024')).answers.d, '2024-02-29');
  });

  it('checks min and max resolved against today, giving the resolved dates', () => {
    const limited = oneStep(question('date', 'd', { min: 'today', max: '+30d' }));
    const before = post(limited, parts('14', '11', '2026'));
    assert.deepEqual(codes(before), ['q.d.day:dateBefore']);
    assert.deepEqual(before.errors[0]?.params, { min: TODAY });
    const after = post(limited, parts('16', '12', '2026'));
    assert.deepEqual(codes(after), ['q.d.day:dateAfter']);
    assert.deepEqual(after.errors[0]?.params, { max: '2026-12-15' });
    assert.deepEqual(post(limited, parts('15', '12', '2026')).errors, []);
  });

  it('supports ages through -18y', () => {
    const adult = oneStep(question('date', 'd', { max: '-18y' }));
    assert.deepEqual(post(adult, parts('15', '11', '2008')).errors, []);
    assert.deepEqual(codes(post(adult, parts('16', '11', '2008'))), ['q.d.day:dateAfter']);
  });

  it('shows a stored date in the three fields again', () => {
    assert.deepEqual(rawForStep(def, 's', { d: '2026-03-05' }), parts('5', '3', '2026'));
  });

  it("formats a date in the reader's language", () => {
    const q = def.steps[0]?.questions[0];
    assert.ok(q);
    assert.equal(formatAnswer(q, '2026-05-01', SV), '1 maj 2026');
    assert.equal(formatAnswer(q, '2026-05-01', EN), '1 May 2026');
  });

  it('rejects stored dates that are not real ISO dates', () => {
    assert.deepEqual(codes(validateSubmission(def, { d: '2026-02-30' }, { today: TODAY })), [
      'q.d.day:invalidValue',
    ]);
  });
});
