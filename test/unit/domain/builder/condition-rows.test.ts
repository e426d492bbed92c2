import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ConditionForm,
  fromJsonLogic,
  operatorsFor,
  toJsonLogic,
} from '../../../../src/domain/builder/condition-rows.ts';
import { compileRule, runRule, truthy } from '../../../../src/domain/forms/conditions.ts';
import type { FormDefinition } from '../../../../src/domain/forms/definition.ts';

const definition: FormDefinition = {
  schemaVersion: 1,
  steps: [
    {
      id: 's1',
      title: { sv: 'Steg' },
      questions: [
        {
          id: 'q1',
          key: 'language',
          type: 'radio',
          required: true,
          label: { sv: 'Språk' },
          options: [
            { value: 'arabic', label: { sv: 'Arabiska' } },
            { value: 'other', label: { sv: 'Annat' } },
          ],
        },
        {
          id: 'q2',
          key: 'needs',
          type: 'checkbox',
          required: false,
          label: { sv: 'Behov' },
          options: [
            { value: 'a', label: { sv: 'A' } },
            { value: 'b', label: { sv: 'B' } },
          ],
        },
        { id: 'q3', key: 'hasSibling', type: 'yesno', required: true, label: { sv: 'Syskon?' } },
        { id: 'q4', key: 'age', type: 'number', required: false, label: { sv: 'Ålder' } },
        { id: 'q5', key: 'intro', type: 'info', label: { sv: 'Info' }, text: { sv: 'Text' } },
      ],
    },
  ],
};

const holds = (form: ConditionForm, answers: Record<string, unknown>) => {
  const r = toJsonLogic(form, definition);
  assert.ok(r.ok);
  assert.ok(r.value !== null);
  // biome-ignore lint/suspicious/noExplicitAny: answers of any shape for the engine
  return truthy(runRule(compileRule(r.value), answers as any));
};

describe('condition rows', () => {
  it('offer operators that fit the question type', () => {
    const [, needs, yes, age] = definition.steps[0]?.questions ?? [];
    assert.ok(needs && yes && age && needs.type !== 'info' && yes.type !== 'info' && age.type !== 'info');
    assert.ok(operatorsFor(needs).includes('includes'));
    assert.ok(!operatorsFor(needs).includes('equals'));
    assert.deepEqual(operatorsFor(yes), ['equals', 'answered', 'notAnswered']);
    assert.ok(operatorsFor(age).includes('atLeast'));
  });

  it('write the JSON Logic the demo e-services use, and read it back', () => {
    const form: ConditionForm = {
      match: 'all',
      rows: [{ key: 'language', operator: 'equals', value: 'other' }],
    };
    const r = toJsonLogic(form, definition);
    assert.deepEqual(r, { ok: true, value: { '==': [{ var: 'language' }, 'other'] } });
    assert.deepEqual(fromJsonLogic({ '==': [{ var: 'language' }, 'other'] }), form);
    assert.deepEqual(fromJsonLogic({ '!!': { var: 'x' } }), {
      match: 'all',
      rows: [{ key: 'x', operator: 'answered', value: '' }],
    });
  });

  it('combine rows with all/any and evaluate as the rows say', () => {
    const any: ConditionForm = {
      match: 'any',
      rows: [
        { key: 'needs', operator: 'includes', value: 'b' },
        { key: 'hasSibling', operator: 'equals', value: 'yes' },
        { key: 'age', operator: 'atLeast', value: '7' },
      ],
    };
    assert.equal(holds(any, { needs: ['b'] }), true);
    assert.equal(holds(any, { hasSibling: true }), true);
    assert.equal(holds(any, { age: 7 }), true);
    assert.equal(holds(any, { age: 6, hasSibling: false, needs: ['a'] }), false);
    const all: ConditionForm = { ...any, match: 'all' };
    assert.equal(holds(all, { age: 9, hasSibling: true, needs: ['a', 'b'] }), true);
    assert.equal(holds(all, { age: 9, hasSibling: true, needs: ['a'] }), false);
    assert.equal(
      holds({ match: 'all', rows: [{ key: 'age', operator: 'answered', value: '' }] }, { age: 0 }),
      true,
    );
  });

  it('round-trip every operator', () => {
    const forms: ConditionForm[] = [
      { match: 'all', rows: [{ key: 'needs', operator: 'excludes', value: 'a' }] },
      { match: 'all', rows: [{ key: 'age', operator: 'notAnswered', value: '' }] },
      { match: 'all', rows: [{ key: 'age', operator: 'lessThan', value: '3' }] },
      {
        match: 'any',
        rows: [
          { key: 'language', operator: 'notEquals', value: 'arabic' },
          { key: 'hasSibling', operator: 'equals', value: 'no' },
        ],
      },
    ];
    for (const form of forms) {
      const r = toJsonLogic(form, definition);
      assert.ok(r.ok && r.value !== null);
      assert.deepEqual(fromJsonLogic(r.value), form);
    }
  });

  it('report rows that do not fit, by row', () => {
    const r = toJsonLogic(
      {
        match: 'all',
        rows: [
          { key: '', operator: 'equals', value: 'x' },
          { key: 'gone', operator: 'equals', value: 'x' },
          { key: 'language', operator: 'equals', value: 'klingon' },
          { key: 'age', operator: 'greaterThan', value: 'tio' },
          { key: 'needs', operator: 'equals', value: 'a' },
          { key: 'language', operator: 'equals', value: '' },
        ],
      },
      definition,
    );
    assert.deepEqual(r, {
      ok: false,
      error: [
        { row: 0, code: 'noQuestion' },
        { row: 1, code: 'unknownQuestion' },
        { row: 2, code: 'valueNotAnOption' },
        { row: 3, code: 'valueNotANumber' },
        { row: 4, code: 'operatorNotAllowed' },
        { row: 5, code: 'valueMissing' },
      ],
    });
  });

  it('leave other rules to the advanced view, and treat no rule as no rows', () => {
    assert.equal(fromJsonLogic({ some: [{ var: 'periods' }, { '>': [{ var: 'sickDays' }, 7] }] }), undefined);
    assert.equal(fromJsonLogic({ in: [{ var: 'school' }, ['a', 'b']] }), undefined);
    assert.deepEqual(fromJsonLogic(undefined), { match: 'all', rows: [] });
    assert.deepEqual(toJsonLogic({ match: 'all', rows: [] }, definition), { ok: true, value: null });
  });
});
