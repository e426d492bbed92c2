import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dependencyOrder } from '../../../../src/domain/forms/dependencies.ts';

describe('dependencyOrder', () => {
  const deps = (map: Record<string, string[]>) => (k: string) => map[k] ?? [];

  it('keeps document order when nothing depends on a later question', () => {
    assert.deepEqual(dependencyOrder(['a', 'b', 'c'], deps({ b: ['a'], c: ['b'] })), {
      ok: true,
      order: ['a', 'b', 'c'],
    });
  });

  it('moves a question after the later questions it reads', () => {
    assert.deepEqual(dependencyOrder(['a', 'b', 'c'], deps({ a: ['c'] })), {
      ok: true,
      order: ['c', 'a', 'b'],
    });
  });

  it('ignores keys outside the list', () => {
    assert.deepEqual(dependencyOrder(['a'], deps({ a: ['zzz'] })), { ok: true, order: ['a'] });
  });

  it('reports a circle with its keys', () => {
    assert.deepEqual(dependencyOrder(['a', 'b'], deps({ a: ['b'], b: ['a'] })), {
      ok: false,
      cycle: ['a', 'b', 'a'],
    });
    assert.deepEqual(dependencyOrder(['a'], deps({ a: ['a'] })), { ok: false, cycle: ['a', 'a'] });
  });
});
