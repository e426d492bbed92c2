import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import type { AssignmentRule } from '../../../src/domain/cases/assignment-rules.ts';
import type { Answers } from '../../../src/domain/forms/answers.ts';
import { seedDemo } from '../../../src/services/demo-seed.ts';
import type { DraftOwner } from '../../../src/services/drafts/draft-owner.ts';
import { createServices, type Services } from '../../../src/services/index.ts';
import { createTestDatabase } from '../../support/db.ts';

let services: Services;
let close: () => Promise<void>;
let m: string;
let kulturskolan: string;
const users: Record<string, string> = {};
const groups: Record<string, string> = {};
const actor = { id: 'dev-1', name: 'Dana Utvecklare' };

const guardian: DraftOwner = {
  kind: 'resident',
  personalNumber: '198112189876',
  name: 'Amina Hassan',
  loginMethod: 'bankid',
};

function application(school: string): Answers {
  const course: Answers =
    school === 'bjorkskolan'
      ? { courseBjorkskolan: 'strings' }
      : school === 'vastraSkolan'
        ? { courseVastraSkolan: 'choir' }
        : { centralCourse: 'art', preferredDays: ['anyDay'] };
  return {
    applicantRole: 'guardian',
    studentName: 'Nora Lind',
    studentPnr: '201301302285',
    school,
    grade: '4',
    ...course,
    contact: {
      name: 'Amina Hassan',
      email: 'amina.hassan@example.se',
      phone: '070-123 45 67',
      street: 'Björkvägen 3',
      postalCode: '12346',
      city: 'Demostad',
    },
    photoPermission: false,
    acceptsTerms: true,
  };
}

async function submitAndAssignees(school: string) {
  const draftId = await services.drafts.start(m, kulturskolan, guardian);
  assert.ok(draftId);
  await services.db
    .updateTable('draft')
    .set({ answers: JSON.stringify(application(school)) })
    .where('id', '=', draftId)
    .execute();
  const r = await services.submitCase(m, draftId, guardian, 'sv');
  assert.ok(r.ok, JSON.stringify(r));
  const c = await services.db
    .selectFrom('case')
    .select('assigned_group_id')
    .where('id', '=', r.caseId)
    .executeTakeFirstOrThrow();
  const officers = await services.db
    .selectFrom('case_officer')
    .select('user_id')
    .where('case_id', '=', r.caseId)
    .execute();
  return { group: c.assigned_group_id, officers: officers.map((o) => o.user_id) };
}

before(async () => {
  const db = await createTestDatabase();
  close = db.close;
  services = createServices(db, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
  await seedDemo(services);
  const demo = await services.municipalities.bySlug('demo');
  assert.ok(demo);
  m = demo.id;
  for (const u of await services.db.selectFrom('staff_user').select(['id', 'username']).execute()) {
    users[u.username] = u.id;
  }
  for (const g of await services.db.selectFrom('officer_group').select(['id', 'name']).execute()) {
    groups[g.name] = g.id;
  }
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
