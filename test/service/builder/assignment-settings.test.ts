import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssignmentRule } from '../../../src/domain/cases/assignment-rules.ts';
import type { Services } from '../../../src/services/index.ts';
import { submitKulturskolan } from '../../support/kulturskolan-fixture.ts';
import { startSeededServices } from '../../support/seeded-services.ts';

let services: Services;
let close: () => Promise<void>;
let m: string;
let kulturskolan: string;
let users: Record<string, string>;
let groups: Record<string, string>;
const actor = { id: 'dev-1', name: 'Dana Utvecklare' };

async function submitAndAssignees(school: string) {
  const caseId = await submitKulturskolan(services, m, kulturskolan, school);
  const c = await services.db
    .selectFrom('case')
    .select('assigned_group_id')
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const officers = await services.db
    .selectFrom('case_officer')
    .select('user_id')
    .where('case_id', '=', caseId)
    .execute();
  return { group: c.assigned_group_id, officers: officers.map((o) => o.user_id) };
}

before(async () => {
  ({ services, close, demoId: m, users, groups } = await startSeededServices());
  kulturskolan = (await services.eServices.bySlug(m, 'kulturskolan-ansokan'))?.id ?? '';
});
after(() => close());

const a = () => services.builderAssignment;
const school = (value: string) => ({ '==': [{ var: 'school' }, value] });

describe('assignment settings', () => {
  it('reads the rules with the published version and a revision', async () => {
    const s = await a().load(m, kulturskolan);
    assert.ok(s);
    assert.equal(s.rules.length, 2);
    assert.equal(s.version?.status, 'published');
    assert.ok(s.version?.definition.steps.some((st) => st.questions.some((q) => q.key === 'school')));
    assert.match(s.revision, /^[0-9a-f]{16}$/);
    assert.equal(await a().load(m, '00000000-0000-4000-8000-000000000000'), undefined);
    assert.equal(await a().load(m, 'nonsense'), undefined);
  });

  it('saves rules in order, audits, and a submitted case is assigned by the first rule that holds', async () => {
    await services.builderHandlers.add(
      m,
      kulturskolan,
      { kind: 'user', id: users.anna as string },
      true,
      actor,
    );
    const s = await a().load(m, kulturskolan);
    assert.ok(s);
    const rules: AssignmentRule[] = [
      { when: school('bjorkskolan'), target: { kind: 'user', userId: users.anna as string } },
      { when: school('bjorkskolan'), target: { kind: 'group', groupId: groups.Kulturskolan as string } },
      { when: true, target: { kind: 'group', groupId: groups.Kulturskolan as string } },
    ];
    const saved = await a().save(m, kulturskolan, rules, actor, {
      expectedRevision: s.revision,
      detail: { change: 'assignmentRuleAdded', number: 1, target: 'Anna' },
    });
    assert.ok(saved.ok, JSON.stringify(saved));
    const again = await a().load(m, kulturskolan);
    assert.deepEqual(again?.rules, rules);
    assert.equal(again?.revision, saved.revision);
    const h = await services.builderVersions.history(m, kulturskolan);
    assert.equal(h[0]?.details.change, 'assignmentRuleAdded');
    assert.equal(h[0]?.details.rules, 3);

    assert.deepEqual(await submitAndAssignees('bjorkskolan'), { group: null, officers: [users.anna] });
    assert.deepEqual(await submitAndAssignees('vastraSkolan'), {
      group: groups.Kulturskolan,
      officers: [],
    });
  });

  it('refuses a save over someone else’s, and problems from the domain validator, keeping the rules', async () => {
    const s = await a().load(m, kulturskolan);
    assert.ok(s);
    const before = s.rules;
    const stale = await a().save(m, kulturskolan, [], actor, {
      expectedRevision: '0000000000000000',
      detail: { change: 'assignmentRuleDeleted', number: 1, target: 'x' },
    });
    assert.deepEqual(stale, { ok: false, reason: 'stale' });

    const bad = await a().save(
      m,
      kulturskolan,
      [
        {
          when: { '==': [{ var: 'noSuchQuestion' }, 'x'] },
          target: { kind: 'user', userId: users.anna as string },
        },
        { when: true, target: { kind: 'user', userId: users.erik as string } },
        { when: true, target: { kind: 'group', groupId: groups.Skolmat as string } },
      ],
      actor,
      { expectedRevision: s.revision, detail: { change: 'assignmentRuleAdded', number: 1, target: 'x' } },
    );
    assert.ok(!bad.ok && bad.reason === 'invalid');
    assert.deepEqual(
      bad.problems.map((p) => [p.index, p.code]),
      [
        [0, 'unknownKey'],
        // Erik handles Kulturskolan through its group, so he may be a target; Skolmat does not.
        [2, 'notHandler'],
      ],
    );
    assert.deepEqual((await a().load(m, kulturskolan))?.rules, before);
    assert.deepEqual(
      await a().save(m, '00000000-0000-4000-8000-000000000000', [], actor, {
        expectedRevision: s.revision,
        detail: { change: 'x' },
      }),
      { ok: false, reason: 'notFound' },
    );
  });
});
