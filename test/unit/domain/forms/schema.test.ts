import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { funktionsstodJson } from '../../../../src/domain/forms/examples/funktionsstod.ts';
import { specialkostJson } from '../../../../src/domain/forms/examples/specialkost.ts';
import { type Problem, parseDefinition } from '../../../../src/domain/forms/index.ts';
import { oneStepJson, question } from './helpers.ts';

function problems(json: unknown): Problem[] {
  const r = parseDefinition(json);
  assert.equal(r.ok, false, 'expected problems');
  return r.ok ? [] : r.error;
}

function has(list: Problem[], path: string, code: string): void {
  assert.ok(
    list.some((p) => p.path === path && p.code === code),
    `expected ${code} at ${path}, got ${JSON.stringify(list)}`,
  );
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

describe('parseDefinition', () => {
  it('accepts the example e-services and returns a frozen copy that round-trips', () => {
    for (const json of [specialkostJson, funktionsstodJson]) {
      const r = parseDefinition(clone(json));
      assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
      assert.deepEqual(JSON.parse(JSON.stringify(r.value)), clone(json));
      assert.equal(Object.isFrozen(r.value), true);
      assert.equal(Object.isFrozen(r.value.steps[0]?.questions[0]), true);
    }
  });

  it('accepts every question type with its settings', () => {
    const json = oneStepJson(
      question('text', 'a', {
        minLength: 2,
        maxLength: 10,
        pattern: '[A-Z]+',
        patternMessage: { sv: 'Versaler' },
      }),
      question('textarea', 'b', { maxLength: 500 }),
      question('number', 'c', { min: 0, max: 10, integer: true, unit: { sv: 'st' } }),
      question('date', 'd', { min: '-18y', max: 'today' }),
      question('radio', 'e', {
        options: [
          { value: 'x', label: { sv: 'X' } },
          { value: 'y', label: { sv: 'Y' } },
        ],
      }),
      question('checkbox', 'f', { options: [{ value: 'x', label: { sv: 'X' }, exclusive: true }] }),
      question('select', 'g', {
        options: [
          { value: 'x', label: { sv: 'X' } },
          { value: 'y', label: { sv: 'Y' } },
        ],
      }),
      question('yesno', 'h'),
      question('file', 'i', { accept: ['image/*', 'application/pdf'], maxSizeBytes: 1000, maxFiles: 2 }),
      question('contact', 'j', { fields: { name: 'required', address: 'optional' }, prefill: true }),
      question('personnummer', 'k', { allowSamordningsnummer: false, prefill: true }),
      question('orgnr', 'l', { allowSoleTrader: false }),
      question('address', 'm'),
      question('group', 'n', {
        minRows: 1,
        maxRows: 3,
        questions: [question('text', 'name', { required: true })],
      }),
      question('info', 'o', { text: { sv: 'Information' } }),
      question('consent', 'p'),
      question('computed', 'r', {
        expression: { '+': [{ var: 'c' }, 1] },
        format: 'number',
        decimals: 0,
        unit: { sv: 'st' },
      }),
    );
    const r = parseDefinition(json);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
    assert.equal(r.value.steps[0]?.questions.length, 17);
  });

  describe('structure', () => {
    it('rejects a non-object, a missing schema version and an unknown one', () => {
      has(problems([]), '', 'wrongType');
      has(problems({ steps: [] }), '/schemaVersion', 'missing');
      has(problems({ schemaVersion: 2, steps: [] }), '/schemaVersion', 'unsupportedSchemaVersion');
    });

    it('needs at least one step and one question per step', () => {
      has(problems({ schemaVersion: 1, steps: [] }), '/steps', 'tooFew');
      has(
        problems({ schemaVersion: 1, steps: [{ id: 's', title: { sv: 'S' }, questions: [] }] }),
        '/steps/0/questions',
        'tooFew',
      );
    });

    it('rejects unknown properties everywhere', () => {
      const json = oneStepJson(question('text', 'a', { colour: 'red' }));
      (json.steps as Record<string, unknown>[])[0] = {
        ...(json.steps as Record<string, unknown>[])[0],
        layout: 'wide',
      };
      (json as Record<string, unknown>).extra = true;
      const list = problems(json);
      has(list, '/extra', 'unknownProperty');
      has(list, '/steps/0/layout', 'unknownProperty');
      has(list, '/steps/0/questions/0/colour', 'unknownProperty');
    });

    it('rejects properties that belong to another type', () => {
      has(
        problems(oneStepJson(question('number', 'a', { maxLength: 3 }))),
        '/steps/0/questions/0/maxLength',
        'unknownProperty',
      );
      has(
        problems(oneStepJson(question('info', 'a', { text: { sv: 'x' }, required: true }))),
        '/steps/0/questions/0/required',
        'unknownProperty',
      );
      has(
        problems(
          oneStepJson(
            question('radio', 'a', {
              options: [
                { value: 'x', label: { sv: 'X' }, exclusive: true },
                { value: 'y', label: { sv: 'Y' } },
              ],
            }),
          ),
        ),
        '/steps/0/questions/0/options/0/exclusive',
        'unknownProperty',
      );
    });

    it('rejects an unknown question type', () => {
      const list = problems(oneStepJson(question('slider', 'a')));
      has(list, '/steps/0/questions/0/type', 'unknownQuestionType');
      assert.equal(list.length, 1, 'nothing else reported for an unknown type');
    });

    it('reports wrong JSON types with the expected type', () => {
      const list = problems(oneStepJson(question('text', 'a', { required: 'yes', maxLength: '10' })));
      has(list, '/steps/0/questions/0/required', 'wrongType');
      has(list, '/steps/0/questions/0/maxLength', 'wrongType');
      assert.deepEqual(list.find((p) => p.path.endsWith('/required'))?.params, { expected: 'boolean' });
    });

    it('reports a missing required property', () => {
      const { required: _, ...q } = question('text', 'a');
      has(problems(oneStepJson(q)), '/steps/0/questions/0/required', 'missing');
      const { label: __, ...unlabelled } = question('text', 'b');
      has(problems(oneStepJson(unlabelled)), '/steps/0/questions/0/label', 'missing');
    });
  });

  describe('ids and keys', () => {
    it('rejects duplicate keys, naming the first use', () => {
      const list = problems(oneStepJson(question('text', 'a'), question('number', 'a')));
      has(list, '/steps/0/questions/1/key', 'duplicateKey');
      assert.deepEqual(list[0]?.params, { key: 'a', first: '/steps/0/questions/0/key' });
    });

    it('rejects duplicate keys across steps', () => {
      const json = {
        schemaVersion: 1,
        steps: [
          { id: 's1', title: { sv: 'A' }, questions: [question('text', 'a')] },
          { id: 's2', title: { sv: 'B' }, questions: [question('text', 'a')] },
        ],
      };
      has(problems(json), '/steps/1/questions/0/key', 'duplicateKey');
    });

    it('rejects duplicate question ids, including inside groups, and duplicate step ids', () => {
      const list = problems({
        schemaVersion: 1,
        steps: [
          { id: 's1', title: { sv: 'A' }, questions: [question('text', 'a', { id: 'same' })] },
          {
            id: 's1',
            title: { sv: 'B' },
            questions: [question('group', 'g', { questions: [question('text', 'c', { id: 'same' })] })],
          },
        ],
      });
      has(list, '/steps/1/id', 'duplicateId');
      has(list, '/steps/1/questions/0/questions/0/id', 'duplicateId');
    });

    it('rejects keys and ids that are not identifiers', () => {
      for (const key of ['A', '1a', 'a.b', 'a-b', '', 'å']) {
        has(problems(oneStepJson(question('text', key))), '/steps/0/questions/0/key', 'invalidKey');
      }
      has(
        problems(oneStepJson(question('text', 'a', { id: 'has space' }))),
        '/steps/0/questions/0/id',
        'invalidId',
      );
    });

    it('allows the same column key in different groups but not twice in one', () => {
      const col = (k: string) => question('text', k);
      assert.ok(
        parseDefinition(
          oneStepJson(
            question('group', 'g1', { questions: [col('x')] }),
            question('group', 'g2', { questions: [col('x')] }),
          ),
        ).ok,
      );
      has(
        problems(oneStepJson(question('group', 'g', { questions: [col('x'), col('x')] }))),
        '/steps/0/questions/0/questions/1/key',
        'duplicateKey',
      );
    });
  });

  describe('texts', () => {
    it('requires Swedish in every text', () => {
      has(
        problems(oneStepJson(question('text', 'a', { label: { en: 'Name' } }))),
        '/steps/0/questions/0/label/sv',
        'missingSwedish',
      );
      has(
        problems(oneStepJson(question('text', 'a', { hint: { sv: '  ' } }))),
        '/steps/0/questions/0/hint/sv',
        'missingSwedish',
      );
      has(
        problems(
          oneStepJson(
            question('radio', 'a', {
              options: [
                { value: 'x', label: { en: 'X' } },
                { value: 'y', label: { sv: 'Y' } },
              ],
            }),
          ),
        ),
        '/steps/0/questions/0/options/0/label/sv',
        'missingSwedish',
      );
    });

    it('rejects language codes that are not codes and texts that are not strings', () => {
      has(
        problems(oneStepJson(question('text', 'a', { label: { sv: 'Namn', English: 'Name' } }))),
        '/steps/0/questions/0/label/English',
        'invalidLanguage',
      );
      has(
        problems(oneStepJson(question('text', 'a', { label: { sv: 'Namn', en: 3 } }))),
        '/steps/0/questions/0/label/en',
        'wrongType',
      );
    });

    it('accepts an empty translation (it falls back to Swedish)', () => {
      assert.ok(parseDefinition(oneStepJson(question('text', 'a', { label: { sv: 'Namn', en: '' } }))).ok);
    });
  });

  describe('settings', () => {
    const at = '/steps/0/questions/0';

    it('checks length limits', () => {
      has(
        problems(oneStepJson(question('text', 'a', { minLength: 5, maxLength: 2 }))),
        `${at}/minLength`,
        'minGreaterThanMax',
      );
      has(problems(oneStepJson(question('text', 'a', { maxLength: 5000 }))), `${at}/maxLength`, 'outOfRange');
      has(problems(oneStepJson(question('text', 'a', { maxLength: 0 }))), `${at}/maxLength`, 'outOfRange');
      has(
        problems(oneStepJson(question('textarea', 'a', { maxLength: 1.5 }))),
        `${at}/maxLength`,
        'wrongType',
      );
    });

    it('checks patterns compile and have a pattern when a message is given', () => {
      has(
        problems(oneStepJson(question('text', 'a', { pattern: '([a-z' }))),
        `${at}/pattern`,
        'invalidPattern',
      );
      has(
        problems(oneStepJson(question('text', 'a', { patternMessage: { sv: 'Fel' } }))),
        `${at}/pattern`,
        'missing',
      );
      has(
        problems(oneStepJson(question('text', 'a', { pattern: 'a'.repeat(501) }))),
        `${at}/pattern`,
        'tooMany',
      );
    });

    it('checks autocomplete tokens', () => {
      has(
        problems(oneStepJson(question('text', 'a', { autocomplete: 'shoe-size' }))),
        `${at}/autocomplete`,
        'invalidAutocomplete',
      );
    });

    it('checks number limits', () => {
      has(
        problems(oneStepJson(question('number', 'a', { min: 5, max: 1 }))),
        `${at}/min`,
        'minGreaterThanMax',
      );
    });

    it('checks date limits', () => {
      has(
        problems(oneStepJson(question('date', 'a', { min: 'yesterday' }))),
        `${at}/min`,
        'invalidDateBound',
      );
      has(
        problems(oneStepJson(question('date', 'a', { max: '2026-02-30' }))),
        `${at}/max`,
        'invalidDateBound',
      );
      has(
        problems(oneStepJson(question('date', 'a', { min: '2026-05-01', max: '2026-04-01' }))),
        `${at}/min`,
        'minGreaterThanMax',
      );
      has(
        problems(oneStepJson(question('date', 'a', { min: '+1y', max: 'today' }))),
        `${at}/min`,
        'minGreaterThanMax',
      );
      has(
        problems(oneStepJson(question('date', 'a', { min: '+1m', max: '+30d' }))),
        `${at}/min`,
        'minGreaterThanMax',
      );
      assert.ok(parseDefinition(oneStepJson(question('date', 'a', { min: '-18y', max: '-6y' }))).ok);
      assert.ok(parseDefinition(oneStepJson(question('date', 'a', { min: '2026-01-01', max: '+1y' }))).ok);
    });

    it('checks options', () => {
      const opt = (value: unknown) => ({ value, label: { sv: 'X' } });
      has(
        problems(oneStepJson(question('radio', 'a', { options: [opt('x'), opt('x')] }))),
        `${at}/options/1/value`,
        'duplicateOptionValue',
      );
      has(problems(oneStepJson(question('radio', 'a', { options: [opt('x')] }))), `${at}/options`, 'tooFew');
      has(problems(oneStepJson(question('checkbox', 'a', { options: [] }))), `${at}/options`, 'tooFew');
      has(
        problems(oneStepJson(question('select', 'a', { options: [opt('a b'), opt('y')] }))),
        `${at}/options/0/value`,
        'invalidOptionValue',
      );
      has(problems(oneStepJson(question('select', 'a'))), `${at}/options`, 'missing');
    });

    it('checks file settings', () => {
      has(
        problems(oneStepJson(question('file', 'a', { accept: ['.pdf'], maxSizeBytes: 1, maxFiles: 1 }))),
        `${at}/accept/0`,
        'invalidMimeType',
      );
      has(
        problems(oneStepJson(question('file', 'a', { accept: [], maxSizeBytes: 1, maxFiles: 1 }))),
        `${at}/accept`,
        'tooFew',
      );
      has(
        problems(oneStepJson(question('file', 'a', { accept: ['image/png'], maxSizeBytes: 0, maxFiles: 1 }))),
        `${at}/maxSizeBytes`,
        'outOfRange',
      );
      has(
        problems(
          oneStepJson(question('file', 'a', { accept: ['image/png'], maxSizeBytes: 1, maxFiles: 51 })),
        ),
        `${at}/maxFiles`,
        'outOfRange',
      );
    });

    it('checks contact fields', () => {
      has(problems(oneStepJson(question('contact', 'a', { fields: {} }))), `${at}/fields`, 'noFields');
      has(
        problems(oneStepJson(question('contact', 'a', { fields: { name: 'always' } }))),
        `${at}/fields/name`,
        'wrongType',
      );
      has(
        problems(oneStepJson(question('contact', 'a', { fields: { fax: 'optional' } }))),
        `${at}/fields/fax`,
        'unknownProperty',
      );
    });

    it('requires personnummer questions to say whether samordningsnummer are allowed', () => {
      has(problems(oneStepJson(question('personnummer', 'a'))), `${at}/allowSamordningsnummer`, 'missing');
    });

    it('checks computed settings', () => {
      has(
        problems(oneStepJson(question('computed', 'a', { expression: 1, format: 'percent' }))),
        `${at}/format`,
        'wrongType',
      );
      has(
        problems(oneStepJson(question('computed', 'a', { format: 'number' }))),
        `${at}/expression`,
        'missing',
      );
      has(
        problems(oneStepJson(question('computed', 'a', { expression: 1, format: 'number', decimals: 9 }))),
        `${at}/decimals`,
        'outOfRange',
      );
      has(
        problems(
          oneStepJson(question('computed', 'a', { expression: 1, format: 'currency', unit: { sv: 'st' } })),
        ),
        `${at}/unit`,
        'unknownProperty',
      );
      has(
        problems(oneStepJson(question('computed', 'a', { expression: 1, format: 'number', required: true }))),
        `${at}/required`,
        'unknownProperty',
      );
    });
  });

  describe('groups', () => {
    const at = '/steps/0/questions/0';

    it('allows only simple column types', () => {
      for (const type of ['file', 'group', 'contact', 'address', 'info', 'consent', 'computed']) {
        has(
          problems(oneStepJson(question('group', 'g', { questions: [question(type, 'c')] }))),
          `${at}/questions/0/type`,
          'notAllowedInGroup',
        );
      }
    });

    it('does not allow conditions or summary flags on columns', () => {
      const list = problems(
        oneStepJson(
          question('group', 'g', {
            questions: [question('text', 'c', { visibleWhen: true, requiredWhen: true, summary: true })],
          }),
        ),
      );
      has(list, `${at}/questions/0/visibleWhen`, 'notAllowedInGroup');
      has(list, `${at}/questions/0/requiredWhen`, 'notAllowedInGroup');
      has(list, `${at}/questions/0/summary`, 'notAllowedInGroup');
    });

    it('checks row limits and needs a column', () => {
      has(
        problems(
          oneStepJson(question('group', 'g', { questions: [question('text', 'c')], minRows: 3, maxRows: 2 })),
        ),
        `${at}/minRows`,
        'minGreaterThanMax',
      );
      has(
        problems(oneStepJson(question('group', 'g', { questions: [question('text', 'c')], maxRows: 101 }))),
        `${at}/maxRows`,
        'outOfRange',
      );
      has(problems(oneStepJson(question('group', 'g', { questions: [] }))), `${at}/questions`, 'tooFew');
    });
  });

  describe('conditions', () => {
    it('rejects a condition that reads an unknown key, at the exact place', () => {
      const list = problems(
        oneStepJson(
          question('text', 'a'),
          question('text', 'b', { visibleWhen: { '==': [{ var: 'nope' }, 1] } }),
        ),
      );
      has(list, '/steps/0/questions/1/visibleWhen/==/0/var', 'unknownConditionKey');
      assert.deepEqual(list[0]?.params, { key: 'nope' });
    });

    it('checks requiredWhen and computed expressions too, and keys in missing', () => {
      has(
        problems(oneStepJson(question('text', 'a', { requiredWhen: { missing: ['x'] } }))),
        '/steps/0/questions/0/requiredWhen/missing/0',
        'unknownConditionKey',
      );
      has(
        problems(oneStepJson(question('computed', 'a', { expression: { var: 'x.y' }, format: 'number' }))),
        '/steps/0/questions/0/expression/var',
        'unknownConditionKey',
      );
    });

    it('accepts nested paths into answers of known keys', () => {
      assert.ok(
        parseDefinition(
          oneStepJson(
            question('contact', 'c', { fields: { email: 'optional' } }),
            question('text', 'b', { visibleWhen: { var: 'c.email' } }),
          ),
        ).ok,
      );
    });

    it('does not treat variables inside iterators as keys', () => {
      const rule = { some: [{ var: 'rows' }, { '>': [{ var: 'age' }, 5] }] };
      const json = oneStepJson(
        question('group', 'rows', { questions: [question('number', 'age')] }),
        question('text', 'b', { visibleWhen: rule }),
      );
      assert.ok(parseDefinition(json).ok);
    });

    it('rejects reading an information text', () => {
      const list = problems(
        oneStepJson(
          question('info', 'i', { text: { sv: 'x' } }),
          question('text', 'b', { visibleWhen: { var: 'i' } }),
        ),
      );
      has(list, '/steps/0/questions/1/visibleWhen/var', 'notAnswerable');
    });

    it('rejects operators outside the allowed set and malformed operations', () => {
      has(
        problems(oneStepJson(question('text', 'a', { visibleWhen: { throw: 'x' } }))),
        '/steps/0/questions/0/visibleWhen/throw',
        'unknownOperator',
      );
      has(
        problems(oneStepJson(question('text', 'a', { visibleWhen: { '==': [1, 1], '!=': [1, 2] } }))),
        '/steps/0/questions/0/visibleWhen',
        'invalidExpression',
      );
    });

    it('rejects variables whose name is computed', () => {
      has(
        problems(oneStepJson(question('text', 'a', { visibleWhen: { var: { cat: ['a', 'b'] } } }))),
        '/steps/0/questions/0/visibleWhen/var',
        'dynamicVariable',
      );
      has(
        problems(oneStepJson(question('text', 'a', { visibleWhen: { var: '' } }))),
        '/steps/0/questions/0/visibleWhen/var',
        'dynamicVariable',
      );
    });

    it('rejects conditions that depend on each other in a circle', () => {
      const list = problems(
        oneStepJson(
          question('text', 'a', { visibleWhen: { var: 'b' } }),
          question('text', 'b', { visibleWhen: { var: 'c' } }),
          question('text', 'c', { visibleWhen: { var: 'a' } }),
        ),
      );
      const cycle = list.find((p) => p.code === 'conditionCycle');
      assert.ok(cycle);
      assert.deepEqual(cycle.params, { keys: ['a', 'b', 'c', 'a'] });
      has(
        problems(oneStepJson(question('computed', 'x', { expression: { var: 'x' }, format: 'number' }))),
        '/steps/0/questions/0',
        'conditionCycle',
      );
    });

    it("rejects rules that are not JSON and never freezes the caller's objects", () => {
      has(
        problems(oneStepJson(question('text', 'a', { visibleWhen: { '==': [1, Number.NaN] } }))),
        '/steps/0/questions/0/visibleWhen',
        'invalidExpression',
      );
      has(
        problems(oneStepJson(question('text', 'a', { visibleWhen: () => true }))),
        '/steps/0/questions/0/visibleWhen',
        'invalidExpression',
      );
      has(
        problems(
          oneStepJson(question('text', 'a', { visibleWhen: JSON.parse('{"__proto__": {"var": "a"}}') })),
        ),
        '/steps/0/questions/0/visibleWhen/__proto__',
        'unknownOperator',
      );
      const rule = { '==': [1, 1] };
      assert.ok(parseDefinition(oneStepJson(question('text', 'a', { visibleWhen: rule }))).ok);
      assert.equal(Object.isFrozen(rule), false);
    });

    it('lets requiredWhen read its own question (it cannot loop)', () => {
      assert.ok(parseDefinition(oneStepJson(question('text', 'a', { requiredWhen: { var: 'a' } }))).ok);
    });
  });

  it('reports many problems at once', () => {
    const list = problems(
      oneStepJson(question('text', 'A', { maxLength: -1, label: {} }), question('slider', 'b')),
    );
    assert.ok(list.length >= 4, JSON.stringify(list));
  });
});
