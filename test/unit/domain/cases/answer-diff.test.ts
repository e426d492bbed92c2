import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffAnswers, sameAnswer } from '../../../../src/domain/cases/answer-diff.ts';

describe('answer diff', () => {
  it('lists changed, added and removed answers with before and after', () => {
    const before = { name: 'Tolvan', hasPet: true, petName: 'Doris' };
    const after = { name: 'Tolvan T', hasPet: false, note: 'Ny' };
    assert.deepEqual(diffAnswers(before, after, ['name', 'hasPet', 'petName', 'note']), [
      { key: 'name', before: 'Tolvan', after: 'Tolvan T' },
      { key: 'hasPet', before: true, after: false },
      { key: 'petName', before: 'Doris', after: null },
      { key: 'note', before: null, after: 'Ny' },
    ]);
  });

  it('is empty when nothing changed, whatever the key order of objects', () => {
    const a = { contact: { email: 'a@b.se', phone: '070' }, diet: ['gluten', 'laktos'] };
    const b = { diet: ['gluten', 'laktos'], contact: { phone: '070', email: 'a@b.se' } };
    assert.deepEqual(diffAnswers(a, b), []);
  });

  it('sees a changed list order, a changed group cell and a removed file', () => {
    const file = { id: 'f1', name: 'intyg.pdf', size: 10, mime: 'application/pdf' };
    const before = { diet: ['a', 'b'], kids: [{ name: 'A', age: 5 }], files: [file] };
    const after = { diet: ['b', 'a'], kids: [{ name: 'A', age: 6 }], files: [] };
    assert.deepEqual(
      diffAnswers(before, after).map((c) => c.key),
      ['diet', 'files', 'kids'],
    );
  });

  it('orders by the definition, unknown keys last and alphabetically', () => {
    const changes = diffAnswers({}, { z: 1, b: 2, a: 3, known: 4 }, ['known']);
    assert.deepEqual(
      changes.map((c) => c.key),
      ['known', 'a', 'b', 'z'],
    );
  });

  it('compares JSON values deeply', () => {
    assert.ok(sameAnswer({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
    assert.ok(!sameAnswer({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }));
    assert.ok(!sameAnswer(['1'], 1));
    assert.ok(!sameAnswer({}, []));
    assert.ok(!sameAnswer(null, {}));
    assert.ok(!sameAnswer({ a: 1 }, { a: 1, b: 2 }));
  });
});
