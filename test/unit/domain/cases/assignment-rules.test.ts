import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type AssignmentRule,
  chooseAssignment,
  matchingAssignments,
  parseAssignmentRules,
  referencedKeys,
  storedAssignmentRules,
} from '../../../../src/domain/cases/assignment-rules.ts';

const ERIK = '00000000-0000-4000-8000-000000000001';
const ANNA = '00000000-0000-4000-8000-000000000002';
const KULTUR = '00000000-0000-4000-8000-0000000000aa';

const schoolIs = (school: string) => ({ '==': [{ var: 'school' }, school] });

function parsed(value: unknown): AssignmentRule[] {
  const r = parseAssignmentRules(value);
  if (!r.ok) assert.fail(JSON.stringify(r.error));
  return r.value;
}

describe('assignment rules', () => {
  const rules = parsed([
    { when: schoolIs('bjorkskolan'), userId: ERIK },
    { when: { in: [{ var: 'school' }, ['vastraSkolan', 'angsskolan']] }, groupId: KULTUR },
    { when: { in: ['gluten', { var: ['diet', []] }] }, userId: ANNA },
  ]);

  describe('choosing', () => {
    it('gives the person of the first rule that holds', () => {
      assert.deepEqual(chooseAssignment(rules, { school: 'bjorkskolan' }), {
        ruleIndex: 0,
        target: { kind: 'user', userId: ERIK },
      });
    });

    it('gives a group', () => {
      assert.deepEqual(chooseAssignment(rules, { school: 'angsskolan' }), {
        ruleIndex: 1,
        target: { kind: 'group', groupId: KULTUR },
      });
    });

    it('lets the first rule win when several hold, and lists the rest in order', () => {
      const answers = { school: 'bjorkskolan', diet: ['gluten'] };
      assert.equal(chooseAssignment(rules, answers)?.ruleIndex, 0);
      assert.deepEqual(
        matchingAssignments(rules, answers).map((m) => m.ruleIndex),
        [0, 2],
      );
    });

    it('gives nothing when no rule holds, or there are no rules', () => {
      assert.equal(chooseAssignment(rules, { school: 'otherSchool' }), undefined);
      assert.equal(chooseAssignment(rules, {}), undefined);
      assert.equal(chooseAssignment([], { school: 'bjorkskolan' }), undefined);
    });

    it('makes `when: true` a default for everything the rules before it leave', () => {
      const withDefault = parsed([
        { when: schoolIs('bjorkskolan'), userId: ERIK },
        { when: true, groupId: KULTUR },
      ]);
      assert.equal(chooseAssignment(withDefault, { school: 'bjorkskolan' })?.ruleIndex, 0);
      assert.equal(chooseAssignment(withDefault, { school: 'otherSchool' })?.ruleIndex, 1);
    });

    it('uses JSON Logic truthiness: an empty list does not hold', () => {
      const r = parsed([{ when: { var: 'diet' }, userId: ANNA }]);
      assert.equal(chooseAssignment(r, { diet: [] }), undefined);
      assert.equal(chooseAssignment(r, { diet: ['gluten'] })?.ruleIndex, 0);
    });

    it('treats a rule that throws as not holding', () => {
      const r = parsed([
        { when: { '>': [{ '/': [1, { var: 'zero' }] }, 0] }, userId: ERIK },
        { when: true, userId: ANNA },
      ]);
      assert.equal(chooseAssignment(r, { zero: 0 })?.ruleIndex, 1);
    });

    it('reads nested answers by dotted keys', () => {
      const r = parsed([{ when: { '==': [{ var: 'contact.city' }, 'Demostad'] }, userId: ERIK }]);
      assert.equal(chooseAssignment(r, { contact: { city: 'Demostad' } })?.ruleIndex, 0);
      assert.equal(chooseAssignment(r, { contact: { city: 'Annanstad' } }), undefined);
    });
  });

  describe('reading', () => {
    it('accepts an empty list', () => {
      assert.deepEqual(parsed([]), []);
    });

    it('refuses what is not a list', () => {
      for (const v of [null, {}, 'rules', 3]) {
        const r = parseAssignmentRules(v);
        assert.equal(r.ok, false);
        if (!r.ok) assert.deepEqual(r.error, [{ index: -1, code: 'invalidShape' }]);
      }
    });

    it('refuses items without a condition or with unknown properties', () => {
      const r = parseAssignmentRules([{ userId: ERIK }, 'x', { when: true, userId: ERIK, priority: 1 }]);
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.deepEqual(
          r.error.map((p) => [p.index, p.code]),
          [
            [0, 'invalidShape'],
            [1, 'invalidShape'],
            [2, 'invalidShape'],
          ],
        );
      }
    });

    it('needs exactly one target, and an id that looks like one', () => {
      const r = parseAssignmentRules([
        { when: true },
        { when: true, userId: ERIK, groupId: KULTUR },
        { when: true, userId: 'erik' },
        { when: true, groupId: 42 },
      ]);
      assert.equal(r.ok, false);
      if (!r.ok)
        assert.deepEqual(
          r.error.map((p) => [p.index, p.code]),
          [
            [0, 'invalidTarget'],
            [1, 'invalidTarget'],
            [2, 'invalidTarget'],
            [3, 'invalidTarget'],
          ],
        );
    });

    it('checks the condition with the form engine: unknown operators and computed variable names', () => {
      const r = parseAssignmentRules([
        { when: { regex: [{ var: 'school' }, '^b'] }, userId: ERIK },
        { when: { var: { cat: ['sch', 'ool'] } }, userId: ERIK },
        { when: { '==': [1, 1], '!=': [1, 2] }, userId: ERIK },
      ]);
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.deepEqual(
          r.error.map((p) => [p.index, p.code, p.path]),
          [
            [0, 'unknownOperator', '/regex'],
            [1, 'dynamicVariable', '/var'],
            [2, 'invalidExpression', ''],
          ],
        );
      }
    });

    it('lists the question keys a rule reads', () => {
      const [rule] = parsed([
        {
          when: { and: [schoolIs('x'), { '==': [{ var: 'contact.city' }, 'y'] }, schoolIs('z')] },
          userId: ERIK,
        },
      ]);
      assert.ok(rule);
      assert.deepEqual(referencedKeys(rule), ['school', 'contact']);
    });

    it('writes rules back in the stored shape', () => {
      const stored = [
        { when: schoolIs('bjorkskolan'), userId: ERIK },
        { when: true, groupId: KULTUR },
      ];
      assert.deepEqual(storedAssignmentRules(parsed(stored)), stored);
    });
  });
});
