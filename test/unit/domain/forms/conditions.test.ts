import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileRule, inspectRule, runRule, truthy } from '../../../../src/domain/forms/conditions.ts';

describe('conditions', () => {
  describe('inspectRule', () => {
    it('lists the answer keys a rule reads, with their paths', () => {
      const r = inspectRule({
        and: [{ '==': [{ var: 'a' }, 'x'] }, { in: ['y', { var: ['b.c', []] }] }, { missing: ['d'] }],
      });
      assert.deepEqual(r.problems, []);
      assert.deepEqual(r.references, [
        { key: 'a', path: '/and/0/==/0/var' },
        { key: 'b', path: '/and/1/in/1/var/0' },
        { key: 'd', path: '/and/2/missing/0' },
      ]);
    });

    it('reads missing_some keys and a single missing key', () => {
      assert.deepEqual(
        inspectRule({ missing_some: [1, ['a', 'b']] }).references.map((r) => r.key),
        ['a', 'b'],
      );
      assert.deepEqual(
        inspectRule({ missing: 'a' }).references.map((r) => r.key),
        ['a'],
      );
    });

    it('reads the list and the initial value of an iterator but not its body', () => {
      const r = inspectRule({
        reduce: [{ var: 'rows' }, { '+': [{ var: 'current.n' }, { var: 'accumulator' }] }, { var: 'start' }],
      });
      assert.deepEqual(
        r.references.map((x) => x.key),
        ['rows', 'start'],
      );
    });

    it('escapes operator names in paths (JSON Pointer)', () => {
      const r = inspectRule({ '/': [{ var: 'a' }, 2] });
      assert.equal(r.references[0]?.path, '/~1/0/var');
    });

    it('reports unknown operators, several operators in one object and computed names', () => {
      assert.deepEqual(inspectRule({ throw: 'x' }).problems, [
        { path: '/throw', code: 'unknownOperator', params: { operator: 'throw' } },
      ]);
      assert.equal(inspectRule({ a: 1, b: 2 }).problems[0]?.code, 'invalidExpression');
      assert.equal(inspectRule({ var: 3 }).problems[0]?.code, 'dynamicVariable');
    });

    it('accepts plain values as rules', () => {
      for (const rule of [true, false, null, 1, 'x', [1, 2]])
        assert.deepEqual(inspectRule(rule).problems, []);
    });
  });

  describe('running', () => {
    it('compiles rules to functions over answers', () => {
      const f = compileRule({ and: [{ '==': [{ var: 'a' }, 'yes'] }, { in: ['x', { var: 'b' }] }] });
      assert.equal(truthy(f({ a: 'yes', b: ['x'] })), true);
      assert.equal(truthy(f({ a: 'yes', b: [] })), false);
      assert.equal(truthy(f({})), false);
    });

    it('uses JSON Logic truthiness: empty lists are false', () => {
      assert.equal(truthy([]), false);
      assert.equal(truthy([0]), true);
      assert.equal(truthy(''), false);
      assert.equal(truthy('0'), true);
      assert.equal(truthy(0), false);
    });

    it('turns a throwing rule into no value', () => {
      const f = compileRule({ '/': [1, { var: 'x' }] });
      assert.equal(runRule(f, { x: 0 }), undefined);
      assert.equal(runRule(f, { x: 4 }), 0.25);
    });
  });
});
