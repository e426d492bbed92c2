import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarizeAnswers, summaryAnswers } from '../../../../src/domain/forms/index.ts';
import { define, EN, question, SV } from './helpers.ts';

const def = define({
  schemaVersion: 1,
  steps: [
    {
      id: 'a',
      title: { sv: 'Barnet', en: 'The child' },
      questions: [
        question('info', 'intro', { text: { sv: 'Om tjänsten' } }),
        question('text', 'name', { label: { sv: 'Namn', en: 'Name' }, summary: true }),
        question('yesno', 'allergy', { label: { sv: 'Allergi' } }),
        question('text', 'which', { label: { sv: 'Vilken' }, visibleWhen: { var: 'allergy' } }),
      ],
    },
    {
      id: 'b',
      title: { sv: 'Mer' },
      questions: [question('text', 'more', { visibleWhen: { var: 'allergy' } })],
    },
  ],
});

describe('formatting answers', () => {
  it('lists visible steps and questions with localized labels and formatted answers', () => {
    const steps = summarizeAnswers(def, { name: 'Anna', allergy: false, which: 'nuts' }, EN);
    assert.equal(steps.length, 1, 'the step whose questions are hidden is left out');
    assert.deepEqual(steps[0]?.title, { text: 'The child', lang: 'en', fellBack: false });
    assert.deepEqual(
      steps[0]?.questions.map((q) => [q.question.key, q.label.text, q.label.fellBack, q.answered, q.value]),
      [
        ['name', 'Name', false, true, 'Anna'],
        ['allergy', 'Allergi', true, true, 'No'],
      ],
    );
  });

  it('lists unanswered optional questions as not answered', () => {
    const q = summarizeAnswers(def, {}, SV)[0]?.questions.find((x) => x.question.key === 'name');
    assert.deepEqual([q?.answered, q?.value], [false, '']);
  });

  it('gives the summary answers for case lists', () => {
    assert.deepEqual(summaryAnswers(def, { name: 'Anna', allergy: true }, SV), [
      { key: 'name', label: { text: 'Namn', lang: 'sv', fellBack: false }, value: 'Anna' },
    ]);
  });
});

describe('summary fields chosen for the e-service', () => {
  it('take the e-service’s keys, in their order, over the questions marked summary', () => {
    const answers = { name: 'Anna', allergy: true };
    assert.deepEqual(
      summaryAnswers(def, answers, SV, ['allergy', 'name']).map((s) => s.key),
      ['allergy', 'name'],
    );
    assert.deepEqual(
      summaryAnswers(def, answers, SV, []).map((s) => s.key),
      ['name'],
    );
  });
});
