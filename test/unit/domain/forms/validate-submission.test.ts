import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateSubmission } from '../../../../src/domain/forms/index.ts';
import { codes, define, question, TODAY } from './helpers.ts';

const def = define({
  schemaVersion: 1,
  steps: [
    {
      id: 'a',
      title: { sv: 'A' },
      questions: [
        question('yesno', 'more', { required: true }),
        question('text', 'name', { required: true }),
      ],
    },
    {
      id: 'b',
      title: { sv: 'B' },
      questions: [
        question('text', 'extra', { required: true, visibleWhen: { var: 'more' } }),
        question('date', 'when', { min: 'today' }),
      ],
    },
  ],
});

describe('validateSubmission', () => {
  it('accepts a complete set of answers', () => {
    const v = validateSubmission(
      def,
      { more: true, name: 'Anna', extra: 'x', when: TODAY },
      { today: TODAY },
    );
    assert.deepEqual(v.errors, []);
    assert.deepEqual(v.answers, { more: true, name: 'Anna', extra: 'x', when: TODAY });
  });

  it('reports required questions on every visible step, with their step', () => {
    const v = validateSubmission(def, { more: true }, { today: TODAY });
    assert.deepEqual(
      v.errors.map((e) => `${e.stepId}/${e.field}:${e.code}`),
      ['a/q.name:required', 'b/q.extra:required'],
    );
  });

  it('does not ask for questions on a skipped step and prunes their answers', () => {
    const v = validateSubmission(def, { more: false, name: 'Anna', extra: 'x' }, { today: TODAY });
    assert.deepEqual(v.errors, []);
    assert.deepEqual(v.answers, { more: false, name: 'Anna' });
    assert.deepEqual(v.ignored, [{ name: 'extra', reason: 'hidden' }]);
  });

  it('re-checks rules that depend on the date (a start date now in the past)', () => {
    const v = validateSubmission(def, { more: false, name: 'Anna', when: '2026-11-14' }, { today: TODAY });
    assert.deepEqual(codes(v), ['q.when.day:dateBefore']);
  });

  it('reports unknown keys as ignored (for answers sent through the API)', () => {
    const v = validateSubmission(def, { more: false, name: 'A', shoe: 42 }, { today: TODAY });
    assert.deepEqual(v.ignored, [{ name: 'shoe', reason: 'unknownField' }]);
    assert.equal('shoe' in v.answers, false);
  });
});
