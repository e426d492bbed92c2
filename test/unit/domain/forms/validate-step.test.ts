import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rawForStep, validateStep } from '../../../../src/domain/forms/index.ts';
import { codes, define, post, question, TODAY } from './helpers.ts';

const def = define({
  schemaVersion: 1,
  steps: [
    {
      id: 's',
      title: { sv: 'Första' },
      questions: [
        question('yesno', 'allergy', { required: true }),
        question('text', 'which', { required: true, visibleWhen: { var: 'allergy' } }),
        question('number', 'count'),
      ],
    },
    {
      id: 't',
      title: { sv: 'Andra' },
      questions: [question('text', 'other', { required: true, visibleWhen: { var: 'allergy' } })],
    },
  ],
});

describe('validateStep', () => {
  it('merges the step into the answers already stored', () => {
    const v = post(def, { 'q.allergy': 'no', 'q.count': '2' }, { other: 'kept?' });
    assert.deepEqual(v.errors, []);
    assert.deepEqual(v.answers, { allergy: false, count: 2 });
    assert.deepEqual(v.pruned, ['other'], 'an answer on another step hidden by this post is pruned');
  });

  it('requires a follow-up shown by an answer on the same page', () => {
    const v = post(def, { 'q.allergy': 'yes', 'q.which': '' });
    assert.deepEqual(codes(v), ['q.which:required']);
  });

  it('ignores a follow-up hidden by an answer on the same page, and says so', () => {
    const v = post(def, { 'q.allergy': 'no', 'q.which': 'nuts' });
    assert.deepEqual(v.errors, []);
    assert.equal(v.answers.which, undefined);
    assert.deepEqual(v.ignored, [{ name: 'q.which', reason: 'hidden' }]);
  });

  it('ignores unknown fields and fields of other steps, and leaves non-q fields alone', () => {
    const v = post(def, {
      'q.allergy': 'no',
      'q.nope': 'x',
      'q.other': 'y',
      'q.count.extra': '1',
      _csrf: 't',
      action: 'save',
    });
    assert.deepEqual(v.ignored, [
      { name: 'q.nope', reason: 'unknownField' },
      { name: 'q.other', reason: 'otherStep' },
      { name: 'q.count.extra', reason: 'unknownField' },
    ]);
    assert.equal(v.answers.other, undefined);
  });

  it('drops an earlier answer when the new input is invalid, keeping the typed text', () => {
    const v = post(def, { 'q.allergy': 'no', 'q.count': 'tre' }, { allergy: false, count: 3 });
    assert.deepEqual(codes(v), ['q.count:notANumber']);
    assert.equal(v.answers.count, undefined);
    assert.equal(v.raw['q.count'], 'tre');
  });

  it('removes the answer of a question cleared on this post', () => {
    const v = post(def, { 'q.allergy': 'no', 'q.count': '' }, { allergy: false, count: 3 });
    assert.equal(v.answers.count, undefined);
  });

  it('reports errors with step and question for linking from the error summary', () => {
    const v = post(def, {});
    assert.deepEqual(v.errors, [
      { field: 'q.allergy', code: 'required', stepId: 's', questionKey: 'allergy' },
    ]);
  });

  it('validates another step against the answers stored so far', () => {
    const v = validateStep(def, 't', { allergy: true }, {}, { today: TODAY });
    assert.deepEqual(codes(v), ['q.other:required']);
    const skipped = validateStep(def, 't', { allergy: false }, { 'q.other': 'x' }, { today: TODAY });
    assert.deepEqual(skipped.errors, []);
    assert.equal(skipped.evaluation.visibleStepIds.includes('t'), false);
  });

  it('throws for a step the definition does not have', () => {
    assert.throws(() => validateStep(def, 'nope', {}, {}, { today: TODAY }), RangeError);
  });

  it('gives the fields of a step from stored answers for showing it', () => {
    assert.deepEqual(rawForStep(def, 's', { allergy: true, which: 'nuts', count: 2, other: 'x' }), {
      'q.allergy': 'yes',
      'q.which': 'nuts',
      'q.count': '2',
    });
  });

  it('does not change the answers it was given', () => {
    const current = Object.freeze({ allergy: true, which: 'nuts' });
    post(def, { 'q.allergy': 'no' }, current);
    assert.deepEqual(current, { allergy: true, which: 'nuts' });
  });
});
