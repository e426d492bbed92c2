import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ComputedForm,
  computedSources,
  fromJsonLogic,
  parseNumber,
  toJsonLogic,
} from '../../../../src/domain/builder/computed-rows.ts';
import { compileRule, runRule } from '../../../../src/domain/forms/conditions.ts';
import type { FormDefinition, JsonValue } from '../../../../src/domain/forms/definition.ts';
import { evaluate } from '../../../../src/domain/forms/evaluate.ts';
import { parseDefinition } from '../../../../src/domain/forms/schema/parse-definition.ts';

const definition: FormDefinition = {
  schemaVersion: 1,
  steps: [
    {
      id: 's1',
      title: { sv: 'Steg' },
      questions: [
        { id: 'q1', key: 'hours', type: 'number', required: true, label: { sv: 'Timmar' } },
        {
          id: 'q2',
          key: 'days',
          type: 'checkbox',
          required: false,
          label: { sv: 'Dagar' },
          options: [
            { value: 'mon', label: { sv: 'Måndag' } },
            { value: 'tue', label: { sv: 'Tisdag' } },
          ],
        },
        {
          id: 'q3',
          key: 'children',
          type: 'group',
          required: false,
          label: { sv: 'Barn' },
          questions: [{ id: 'c1', key: 'name', type: 'text', required: true, label: { sv: 'Namn' } }],
        },
        { id: 'q4', key: 'name', type: 'text', required: false, label: { sv: 'Namn' } },
        {
          id: 'q5',
          key: 'total',
          type: 'computed',
          label: { sv: 'Summa' },
          expression: { var: 'hours' },
          format: 'number',
        },
      ],
    },
  ],
};

const run = (rule: unknown, answers: Record<string, unknown>) =>
  runRule(compileRule(rule as never), answers as never);

describe('computed rows', () => {
  it('works from left to right as written', () => {
    const form: ComputedForm = {
      first: { kind: 'answer', key: 'hours' },
      rows: [
        { operator: '+', operand: { kind: 'number', value: '2' } },
        { operator: '*', operand: { kind: 'count', key: 'days' } },
      ],
    };
    const r = toJsonLogic(form, definition, 'total');
    assert.ok(r.ok);
    assert.deepEqual(r.value, {
      '*': [
        { '+': [{ var: 'hours' }, 2] },
        { reduce: [{ var: 'days' }, { '+': [{ var: 'accumulator' }, 1] }, 0] },
      ],
    });
    assert.equal(run(r.value, { hours: 3, days: ['mon', 'tue'] }), 10);
    assert.deepEqual(fromJsonLogic(r.value), form);
  });

  it('counts group rows and reads a decimal comma', () => {
    const form: ComputedForm = {
      first: { kind: 'count', key: 'children' },
      rows: [{ operator: '/', operand: { kind: 'number', value: '0,5' } }],
    };
    const r = toJsonLogic(form, definition, 'total');
    assert.ok(r.ok);
    assert.equal(run(r.value, { children: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] }), 6);
    assert.equal(run(r.value, {}), 0);
    assert.deepEqual(fromJsonLogic(r.value), {
      first: { kind: 'count', key: 'children' },
      rows: [{ operator: '/', operand: { kind: 'number', value: '0.5' } }],
    });
  });

  it('round-trips every shape it writes, and a single operand', () => {
    for (const form of [
      { first: { kind: 'number', value: '7' }, rows: [] },
      { first: { kind: 'answer', key: 'hours' }, rows: [] },
      {
        first: { kind: 'answer', key: 'hours' },
        rows: [
          { operator: '-', operand: { kind: 'answer', key: 'total' } },
          { operator: '/', operand: { kind: 'number', value: '4' } },
          { operator: '+', operand: { kind: 'count', key: 'children' } },
        ],
      },
    ] as ComputedForm[]) {
      const r = toJsonLogic(form, definition);
      assert.ok(r.ok, JSON.stringify(form));
      assert.deepEqual(fromJsonLogic(r.value), form);
    }
  });

  it('reads n-ary + and × from left to right', () => {
    assert.deepEqual(fromJsonLogic({ '+': [{ var: 'a' }, { var: 'b' }, 3] }), {
      first: { kind: 'answer', key: 'a' },
      rows: [
        { operator: '+', operand: { kind: 'answer', key: 'b' } },
        { operator: '+', operand: { kind: 'number', value: '3' } },
      ],
    });
  });

  it('leaves expressions rows cannot write to the advanced view', () => {
    for (const rule of [
      { '+': [1, { '*': [2, 3] }] },
      { '-': [1, 2, 3] },
      { reduce: [{ var: 'periods' }, { '+': [{ var: 'accumulator' }, { var: 'current.pay' }] }, 0] },
      { max: [1, 2] },
      'text',
      { '-': [{ var: 'a' }] },
    ]) {
      assert.equal(fromJsonLogic(rule as JsonValue), undefined, JSON.stringify(rule));
    }
  });

  it('names the problem of each operand', () => {
    const r = toJsonLogic(
      {
        first: { kind: 'answer', key: '' },
        rows: [
          { operator: '+', operand: { kind: 'answer', key: 'name' } },
          { operator: '+', operand: { kind: 'count', key: 'hours' } },
          { operator: '+', operand: { kind: 'answer', key: 'nope' } },
          { operator: '+', operand: { kind: 'number', value: '1e3x' } },
          { operator: '/', operand: { kind: 'number', value: '0' } },
          { operator: '%' as '+', operand: { kind: 'number', value: '1' } },
          { operator: '+', operand: { kind: 'answer', key: 'total' } },
        ],
      },
      definition,
      'total',
    );
    assert.ok(!r.ok);
    assert.deepEqual(r.error, [
      { position: 0, code: 'noOperand' },
      { position: 1, code: 'wrongType' },
      { position: 2, code: 'wrongType' },
      { position: 3, code: 'unknownQuestion' },
      { position: 4, code: 'notANumber' },
      { position: 5, code: 'divideByZero' },
      { position: 6, code: 'unknownOperator' },
      { position: 7, code: 'selfReference' },
    ]);
  });

  it('lists the questions it may read, itself left out', () => {
    const s = computedSources(definition, 'total');
    assert.deepEqual(
      s.numbers.map((q) => q.key),
      ['hours'],
    );
    assert.deepEqual(
      s.counts.map((q) => q.key),
      ['days', 'children'],
    );
  });

  it('parses numbers strictly', () => {
    assert.equal(parseNumber('1 000,5'), 1000.5);
    assert.equal(parseNumber('-3'), -3);
    assert.equal(parseNumber('abc'), undefined);
    assert.equal(parseNumber(''), undefined);
    assert.equal(parseNumber('1e5'), undefined);
  });

  it('writes an expression the schema accepts and the engine evaluates', () => {
    const r = toJsonLogic(
      {
        first: { kind: 'answer', key: 'hours' },
        rows: [{ operator: '*', operand: { kind: 'count', key: 'children' } }],
      },
      definition,
      'total',
    );
    assert.ok(r.ok);
    const def = structuredClone(definition);
    const q = def.steps[0]?.questions[4];
    assert.ok(q?.type === 'computed');
    q.expression = r.value;
    const parsed = parseDefinition(def);
    assert.ok(parsed.ok);
    const e = evaluate(parsed.value, { hours: 4, children: [{ name: 'A' }, { name: 'B' }] });
    assert.equal(e.answers.total, 8);
  });
});
