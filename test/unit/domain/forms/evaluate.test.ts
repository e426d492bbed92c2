import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, nextStepId, previousStepId } from '../../../../src/domain/forms/index.ts';
import { define, oneStep, question } from './helpers.ts';

describe('evaluate', () => {
  const chain = oneStep(
    question('yesno', 'allergy'),
    question('radio', 'severity', {
      visibleWhen: { '==': [{ var: 'allergy' }, true] },
      options: [
        { value: 'mild', label: { sv: 'Lindrig' } },
        { value: 'severe', label: { sv: 'Svår' } },
      ],
    }),
    question('textarea', 'plan', { visibleWhen: { '==': [{ var: 'severity' }, 'severe'] } }),
  );

  it('shows follow-ups when their condition holds', () => {
    const e = evaluate(chain, { allergy: true, severity: 'severe', plan: 'EpiPen' });
    assert.deepEqual([...e.visible], ['allergy', 'severity', 'plan']);
    assert.deepEqual(e.answers, { allergy: true, severity: 'severe', plan: 'EpiPen' });
    assert.deepEqual(e.dropped, []);
  });

  it('prunes a hidden follow-up and, through it, the follow-up of the follow-up', () => {
    const e = evaluate(chain, { allergy: false, severity: 'severe', plan: 'EpiPen' });
    assert.deepEqual([...e.visible], ['allergy']);
    assert.deepEqual(e.answers, { allergy: false });
    assert.deepEqual(e.dropped, [
      { key: 'severity', reason: 'hidden' },
      { key: 'plan', reason: 'hidden' },
    ]);
  });

  it('evaluates in dependency order even when a condition reads a later question', () => {
    const def = oneStep(
      question('text', 'early', { visibleWhen: { '==': [{ var: 'late' }, 'show'] } }),
      question('text', 'gate'),
      question('text', 'late', { visibleWhen: { '==': [{ var: 'gate' }, 'open'] } }),
    );
    assert.deepEqual(evaluate(def, { gate: 'open', late: 'show', early: 'x' }).answers, {
      gate: 'open',
      late: 'show',
      early: 'x',
    });
    // With the gate shut, `late` is pruned before `early` reads it.
    assert.deepEqual(evaluate(def, { gate: 'shut', late: 'show', early: 'x' }).answers, { gate: 'shut' });
  });

  it('makes a question required through requiredWhen, only while visible', () => {
    const def = oneStep(
      question('yesno', 'hasEmail'),
      question('text', 'email', { requiredWhen: { var: 'hasEmail' } }),
      question('text', 'hidden', { required: true, visibleWhen: false }),
    );
    assert.equal(evaluate(def, { hasEmail: true }).required.has('email'), true);
    assert.equal(evaluate(def, { hasEmail: false }).required.has('email'), false);
    assert.equal(evaluate(def, {}).required.has('hidden'), false);
  });

  it('reports answers to unknown keys', () => {
    assert.deepEqual(evaluate(chain, { shoeSize: 42 }).dropped, [{ key: 'shoeSize', reason: 'unknownKey' }]);
  });

  it('is not fooled by inherited property names', () => {
    const answers = JSON.parse('{"__proto__": {"allergy": true}, "constructor": 1}');
    const e = evaluate(chain, answers);
    assert.deepEqual(e.answers, {});
    assert.deepEqual(
      e.dropped.map((d) => d.key),
      ['__proto__', 'constructor'],
    );
  });

  describe('steps', () => {
    const def = define({
      schemaVersion: 1,
      steps: [
        { id: 'one', title: { sv: '1' }, questions: [question('yesno', 'more')] },
        {
          id: 'two',
          title: { sv: '2' },
          questions: [question('text', 'extra', { visibleWhen: { var: 'more' } })],
        },
        { id: 'three', title: { sv: '3' }, questions: [question('text', 'last')] },
      ],
    });

    it('skips a step whose questions are all hidden', () => {
      assert.deepEqual(evaluate(def, { more: false }).visibleStepIds, ['one', 'three']);
      assert.deepEqual(evaluate(def, { more: true }).visibleStepIds, ['one', 'two', 'three']);
    });

    it('finds the next and previous visible step', () => {
      const hidden = evaluate(def, { more: false });
      assert.equal(nextStepId(def, hidden, 'one'), 'three');
      assert.equal(previousStepId(def, hidden, 'three'), 'one');
      assert.equal(nextStepId(def, hidden, 'three'), undefined);
      assert.equal(previousStepId(def, hidden, 'one'), undefined);
      const shown = evaluate(def, { more: true });
      assert.equal(nextStepId(def, shown, 'one'), 'two');
    });
  });
});
