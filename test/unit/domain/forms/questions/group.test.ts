import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatAnswer,
  type GroupRow,
  rawForStep,
  validateSubmission,
} from '../../../../../src/domain/forms/index.ts';
import { codes, oneStep, post, question, SV, TODAY } from '../helpers.ts';

describe('group question', () => {
  const def = oneStep(
    question('group', 'kids', {
      required: true,
      minRows: 1,
      maxRows: 3,
      questions: [
        question('text', 'name', { required: true, label: { sv: 'Namn' } }),
        question('date', 'born', { label: { sv: 'Född' }, max: 'today' }),
        question('checkbox', 'diet', {
          label: { sv: 'Kost' },
          options: [{ value: 'veg', label: { sv: 'Vegetarisk' } }],
        }),
      ],
    }),
  );

  it('reads rows of cells into a list', () => {
    const v = post(def, {
      'q.kids.0.name': 'Anna',
      'q.kids.0.born.day': '1',
      'q.kids.0.born.month': '2',
      'q.kids.0.born.year': '2020',
      'q.kids.1.name': 'Bo',
      'q.kids.1.diet': 'veg',
    });
    assert.deepEqual(v.errors, []);
    assert.deepEqual(v.answers.kids, [
      { name: 'Anna', born: '2020-02-01' },
      { name: 'Bo', diet: ['veg'] },
    ]);
  });

  it('drops blank rows and renumbers the rest, fields and errors included', () => {
    const v = post(def, {
      'q.kids.0.name': ' ',
      'q.kids.2.name': 'Anna',
      'q.kids.5.born.day': '40',
      'q.kids.5.name': 'Bo',
    });
    assert.deepEqual(codes(v), ['q.kids.1.born.month:incompleteDate']);
    assert.equal(v.errors[0]?.row, 1);
    assert.equal(v.errors[0]?.column, 'born');
    assert.deepEqual(v.raw, { 'q.kids.0.name': 'Anna', 'q.kids.1.name': 'Bo', 'q.kids.1.born.day': '40' });
    assert.equal(v.answers.kids, undefined, 'a group with an invalid cell is not stored');
  });

  it('reports required cells with row and column', () => {
    const v = post(def, { 'q.kids.0.diet': 'veg' });
    assert.deepEqual(codes(v), ['q.kids.0.name:required']);
    assert.equal(v.errors[0]?.row, 0);
    assert.equal(v.errors[0]?.column, 'name');
  });

  it('reports cell rules (a date after today)', () => {
    assert.deepEqual(codes(post(def, { 'q.kids.0.name': 'A', 'q.kids.0.born': '2030-01-01' })), [
      'q.kids.0.born.day:dateAfter',
    ]);
  });

  it('reports required at the first cell when there are no rows', () => {
    assert.deepEqual(codes(post(def, {})), ['q.kids.0.name:required']);
  });

  it('reports tooManyRows and tooFewRows', () => {
    const rows = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`q.kids.${i}.name`, `K${i}`]));
    const many = post(def, rows(4));
    assert.deepEqual(codes(many), ['q.kids:tooManyRows']);
    assert.deepEqual(many.errors[0]?.params, { max: 3 });
    const pair = oneStep(question('group', 'g', { minRows: 2, questions: [question('text', 'x')] }));
    assert.deepEqual(codes(post(pair, { 'q.g.0.x': 'a' })), ['q.g:tooFewRows']);
    assert.deepEqual(post(pair, {}).errors, [], 'an optional group may have no rows');
  });

  it('asks for minRows rows when a required group is empty', () => {
    const pair = oneStep(
      question('group', 'g', { required: true, minRows: 2, questions: [question('text', 'x')] }),
    );
    const v = post(pair, {});
    assert.deepEqual(codes(v), ['q.g.0.x:tooFewRows']);
    assert.deepEqual(v.errors[0]?.params, { min: 2 });
  });

  it('removes the row named by removeRow', () => {
    const v = post(def, { 'q.kids.0.name': 'Anna', 'q.kids.1.name': 'Bo', 'q.kids.removeRow': '0' });
    assert.deepEqual(v.answers.kids, [{ name: 'Bo' }]);
    assert.deepEqual(v.ignored, []);
  });

  it('ignores fields of unknown columns and malformed row numbers', () => {
    const v = post(def, { 'q.kids.0.name': 'Anna', 'q.kids.0.age': '5', 'q.kids.01.name': 'X' });
    assert.deepEqual(v.answers.kids, [{ name: 'Anna' }]);
    assert.deepEqual(v.ignored, [
      { name: 'q.kids.0.age', reason: 'unknownField' },
      { name: 'q.kids.01.name', reason: 'unknownField' },
    ]);
  });

  it('shows stored rows in the fields again and formats one line per row', () => {
    const rows: GroupRow[] = [
      { name: 'Anna', born: '2020-02-01' },
      { name: 'Bo', diet: ['veg'] },
    ];
    assert.deepEqual(rawForStep(def, 's', { kids: rows }), {
      'q.kids.0.name': 'Anna',
      'q.kids.0.born.day': '1',
      'q.kids.0.born.month': '2',
      'q.kids.0.born.year': '2020',
      'q.kids.1.name': 'Bo',
      'q.kids.1.diet': ['veg'],
    });
    const q = def.steps[0]?.questions[0];
    assert.ok(q);
    assert.deepEqual(formatAnswer(q, rows, SV), [
      'Namn: Anna; Född: 1 februari 2020',
      'Namn: Bo; Kost: Vegetarisk',
    ]);
  });

  it('checks stored rows cell by cell', () => {
    const check = (kids: unknown) => codes(validateSubmission(def, { kids } as never, { today: TODAY }));
    assert.deepEqual(check([{ name: 'A' }]), []);
    assert.deepEqual(check([{ born: '2020-01-01' }]), ['q.kids.0.name:required']);
    assert.deepEqual(check([{ name: 'A', shoe: 42 }]), ['q.kids.0:invalidValue']);
    assert.deepEqual(check([{ name: 5 }]), ['q.kids.0.name:invalidValue']);
    assert.deepEqual(check(['A']), ['q.kids:invalidValue']);
    assert.deepEqual(check([{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }]), [
      'q.kids:tooManyRows',
    ]);
  });
});
