/** The builder's step and question edits: every edit, ids and keys, and the refusals. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addQuestion,
  addStep,
  deleteQuestion,
  deleteStep,
  findQuestion,
  keyFromLabel,
  moveQuestion,
  moveStep,
  updateQuestion,
  updateStep,
} from '../../../../src/domain/builder/definition-edits.ts';
import { type FormDefinition, QUESTION_TYPES } from '../../../../src/domain/forms/definition.ts';
import { specialkostJson } from '../../../../src/domain/forms/examples/specialkost.ts';
import { parseDefinition } from '../../../../src/domain/forms/schema/parse-definition.ts';

function specialkost(): FormDefinition {
  const p = parseDefinition(specialkostJson);
  assert.ok(p.ok);
  return p.value;
}
function counter() {
  let n = 0;
  return { newId: (kind: 'step' | 'question') => `${kind}-${++n}` };
}
const valid = (def: unknown) => {
  const p = parseDefinition(def);
  assert.ok(p.ok, JSON.stringify(!p.ok && p.error));
  return p.value;
};
const stepIds = (d: FormDefinition) => d.steps.map((s) => s.id);
const keysOf = (d: FormDefinition, i: number) => d.steps[i]?.questions.map((q) => q.key);

describe('keyFromLabel', () => {
  it('makes lower camel ASCII keys from Swedish labels', () => {
    assert.equal(keyFromLabel('Barnets förnamn'), 'barnetsFornamn');
    assert.equal(keyFromLabel('Ålder på sökande'), 'alderPaSokande');
    assert.equal(keyFromLabel('Är du säker?'), 'arDuSaker');
    assert.equal(keyFromLabel('  Café  '), 'cafe');
    assert.equal(keyFromLabel('123 saker'), 'fraga123Saker');
    assert.equal(keyFromLabel('???'), 'fraga');
    assert.ok(keyFromLabel('ord '.repeat(40)).length <= 64);
  });
  it('deduplicates', () => {
    assert.equal(keyFromLabel('Namn', new Set(['namn'])), 'namn2');
    assert.equal(keyFromLabel('Namn', new Set(['namn', 'namn2'])), 'namn3');
  });
});

describe('steps', () => {
  it('adds a step with a first question, valid for the schema, without touching the original', () => {
    const def = specialkost();
    const r = addStep(def, { title: 'Bilagor', description: 'Ladda upp' }, counter());
    assert.ok(r.ok);
    assert.equal(def.steps.length, 3);
    const next = valid(r.value.definition);
    assert.deepEqual(stepIds(next), ['barn', 'kost', 'sokande', 'step-1']);
    assert.equal(next.steps[3]?.title.sv, 'Bilagor');
    assert.equal(next.steps[3]?.description?.sv, 'Ladda upp');
    assert.equal(next.steps[3]?.questions[0]?.key, 'nyFraga');
  });
  it('updates title and description, keeping translations', () => {
    const def = specialkost();
    const r = updateStep(def, 'barn', { title: 'Om barnet' });
    assert.ok(r.ok);
    assert.equal(r.value.steps[0]?.title.sv, 'Om barnet');
    assert.equal(r.value.steps[0]?.title.en, def.steps[0]?.title.en);
    assert.equal(r.value.steps[0]?.description, undefined);
    assert.deepEqual(updateStep(def, 'nope', { title: 'x' }), { ok: false, error: { code: 'stepNotFound' } });
  });
  it('moves steps up and down, refusing past the ends', () => {
    const def = specialkost();
    const down = moveStep(def, 'barn', 'down');
    assert.ok(down.ok);
    assert.deepEqual(stepIds(down.value), ['kost', 'barn', 'sokande']);
    const up = moveStep(def, 'sokande', 'up');
    assert.ok(up.ok);
    assert.deepEqual(stepIds(up.value), ['barn', 'sokande', 'kost']);
    assert.deepEqual(moveStep(def, 'barn', 'up'), { ok: false, error: { code: 'cannotMove' } });
    assert.deepEqual(moveStep(def, 'sokande', 'down'), { ok: false, error: { code: 'cannotMove' } });
    assert.deepEqual(moveStep(def, 'x', 'down'), { ok: false, error: { code: 'stepNotFound' } });
  });
  it('deletes a step, but not the last one nor one whose answers another step reads', () => {
    const def = specialkost();
    const r = deleteStep(def, 'sokande');
    assert.ok(r.ok);
    valid(r.value);
    assert.deepEqual(stepIds(r.value), ['barn', 'kost']);
    // kost's rules read only kost's own questions: deleting it is fine
    assert.ok(deleteStep(def, 'kost').ok);
    const one = valid({ schemaVersion: 1, steps: [def.steps[0]] });
    assert.deepEqual(deleteStep(one, 'barn'), { ok: false, error: { code: 'lastStep' } });
    // a rule in 'sokande' reading 'school' in 'barn'
    const guardian = def.steps[2]?.questions[0];
    assert.ok(guardian);
    const u = updateQuestion(def, guardian.id, {
      ...guardian,
      visibleWhen: { '==': [{ var: 'school' }, 'x'] },
    });
    assert.ok(u.ok);
    const refused = deleteStep(u.value, 'barn');
    assert.equal(refused.ok, false);
    assert.ok(!refused.ok && refused.error.code === 'readBy' && refused.error.key === 'school');
  });
});

describe('questions', () => {
  it('adds every type with defaults the schema accepts, with unique ids and keys', () => {
    let def = specialkost();
    const opts = counter();
    for (const type of QUESTION_TYPES) {
      const r = addQuestion(def, 'sokande', type, 'Barnets namn', opts);
      assert.ok(r.ok, type);
      def = valid(r.value.definition);
      assert.equal(findQuestion(def, r.value.id)?.question.type, type);
    }
    const keys = keysOf(def, 2) ?? [];
    assert.equal(new Set(keys).size, keys.length);
    assert.ok(keys.includes('barnetsNamn') && keys.includes('barnetsNamn2'));
    const file = def.steps[2]?.questions.find((q) => q.type === 'file');
    assert.deepEqual(file && 'accept' in file && [file.accept, file.maxSizeBytes, file.maxFiles], [
      ['application/pdf', 'image/jpeg', 'image/png'],
      10_000_000,
      5,
    ]);
  });
  it('refuses an unknown type and an unknown step', () => {
    const def = specialkost();
    assert.deepEqual(addQuestion(def, 'barn', 'slider', 'X'), { ok: false, error: { code: 'unknownType' } });
    assert.deepEqual(addQuestion(def, 'nej', 'text', 'X'), { ok: false, error: { code: 'stepNotFound' } });
  });
  it('updates a question; a new key is refused while a rule reads the old one', () => {
    const def = specialkost();
    const school = findQuestion(def, 'q3')?.question;
    assert.ok(school);
    const r = updateQuestion(def, 'q3', { ...school, key: 'skola', label: { sv: 'Skola' } });
    assert.ok(r.ok);
    assert.equal(findQuestion(r.value, 'q3')?.question.key, 'skola');
    const diet = findQuestion(def, 'q4')?.question;
    assert.ok(diet);
    const refused = updateQuestion(def, 'q4', { ...diet, key: 'kost' });
    assert.ok(!refused.ok && refused.error.code === 'readBy');
    assert.deepEqual(
      !refused.ok &&
        refused.error.code === 'readBy' &&
        refused.error.readers.map((x) => x.kind === 'rule' && x.questionKey),
      ['otherDiet', 'nutSeverity', 'certificate', 'certificate'],
    );
    // same key, other changes: fine
    assert.ok(updateQuestion(def, 'q4', { ...diet, label: { sv: 'Kost' } }).ok);
    assert.deepEqual(updateQuestion(def, 'zz', diet), { ok: false, error: { code: 'questionNotFound' } });
  });
  it('refuses a key change that an assignment rule reads', () => {
    const def = specialkost();
    const school = findQuestion(def, 'q3')?.question;
    assert.ok(school);
    const rules = [
      { when: { '==': [{ var: 'school' }, 'a'] }, groupId: '00000000-0000-4000-8000-000000000000' },
    ];
    const r = updateQuestion(def, 'q3', { ...school, key: 'skola' }, { assignmentRules: rules });
    assert.deepEqual(!r.ok && r.error, {
      code: 'readBy',
      key: 'school',
      readers: [{ kind: 'assignment', rule: 1 }],
    });
    const d = deleteQuestion(def, 'q3', { assignmentRules: rules });
    assert.ok(!d.ok && d.error.code === 'readBy');
  });
  it('moves questions within a step and to another step', () => {
    const def = specialkost();
    const down = moveQuestion(def, 'q1', 'down');
    assert.ok(down.ok);
    assert.deepEqual(keysOf(down.value, 0), ['childName', 'childPnr', 'school']);
    assert.deepEqual(moveQuestion(def, 'q1', 'up'), { ok: false, error: { code: 'cannotMove' } });
    const other = moveQuestion(def, 'q3', { toStepId: 'sokande' });
    assert.ok(other.ok);
    valid(other.value);
    assert.deepEqual(keysOf(other.value, 0), ['childPnr', 'childName']);
    assert.equal(other.value.steps[2]?.questions.at(-1)?.key, 'school');
    assert.deepEqual(moveQuestion(def, 'q3', { toStepId: 'barn' }), {
      ok: false,
      error: { code: 'cannotMove' },
    });
    assert.deepEqual(moveQuestion(def, 'q3', { toStepId: 'x' }), {
      ok: false,
      error: { code: 'stepNotFound' },
    });
    const one = valid({
      schemaVersion: 1,
      steps: [
        def.steps[0],
        {
          id: 's2',
          title: { sv: 'S' },
          questions: [{ id: 'o', key: 'o', type: 'yesno', label: { sv: 'O' }, required: false }],
        },
      ],
    });
    assert.deepEqual(moveQuestion(one, 'o', { toStepId: 'barn' }), {
      ok: false,
      error: { code: 'lastQuestion' },
    });
  });
  it("deletes a question, refusing one that is read and a step's only question", () => {
    const def = specialkost();
    const r = deleteQuestion(def, 'q3');
    assert.ok(r.ok);
    valid(r.value);
    assert.deepEqual(keysOf(r.value, 0), ['childPnr', 'childName']);
    const refused = deleteQuestion(def, 'q6');
    assert.deepEqual(!refused.ok && refused.error, {
      code: 'readBy',
      key: 'nutSeverity',
      readers: [{ kind: 'rule', stepId: 'kost', questionKey: 'airborne', role: 'visibleWhen' }],
    });
    // a question reading itself is no obstacle; the only question of a step is
    const one = valid({
      schemaVersion: 1,
      steps: [
        {
          id: 's',
          title: { sv: 'S' },
          questions: [{ id: 'o', key: 'o', type: 'yesno', label: { sv: 'O' }, required: false }],
        },
      ],
    });
    assert.deepEqual(deleteQuestion(one, 'o'), { ok: false, error: { code: 'lastQuestion' } });
    assert.deepEqual(deleteQuestion(def, 'x'), { ok: false, error: { code: 'questionNotFound' } });
  });
});
