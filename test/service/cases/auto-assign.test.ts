import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setAssignmentRules } from '../../../src/services/cases/auto-assign.ts';
import type { Services } from '../../../src/services/index.ts';
import { setEServiceOfficers } from '../../../src/services/officer/handlers.ts';
import { submitKulturskolan } from '../../support/kulturskolan-fixture.ts';
import { startSeededServices } from '../../support/seeded-services.ts';

let services: Services;
let close: () => Promise<void>;
let m: string;
let kulturskolan: string;
let specialkost: string;
let users: Record<string, string>;
let groups: Record<string, string>;

async function submit(school: string) {
  return submitKulturskolan(services, m, kulturskolan, school);
}

async function assignmentOf(caseId: string) {
  const c = await services.db
    .selectFrom('case')
    .select(['assigned_group_id', 'row_version'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const officers = await services.db
    .selectFrom('case_officer')
    .select('user_id')
    .where('case_id', '=', caseId)
    .execute();
  const events = await services.db
    .selectFrom('case_event')
    .select(['type', 'actor_kind', 'details'])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return { ...c, officerIds: officers.map((o) => o.user_id), events };
}

before(async () => {
  ({ services, close, demoId: m, users, groups } = await startSeededServices());
  kulturskolan = (await services.eServices.bySlug(m, 'kulturskolan-ansokan'))?.id ?? '';
  specialkost = (await services.eServices.bySlug(m, 'ansokan-om-specialkost'))?.id ?? '';
});
after(() => close());

describe('automatic assignment on submit (Kulturskolan demo rules)', () => {
  it('gives a Björkskolan application to Erik and records it in the history', async () => {
    const caseId = await submit('bjorkskolan');
    const a = await assignmentOf(caseId);
    assert.deepEqual(a.officerIds, [users.erik]);
    assert.equal(a.assigned_group_id, null);
    assert.equal(a.row_version, 2);
    assert.deepEqual(
      a.events.map((e) => e.type),
      ['submitted', 'assigned'],
    );
    assert.equal(a.events[1]?.actor_kind, 'system');
    assert.deepEqual(a.events[1]?.details, {
      ruleIndex: 0,
      userId: users.erik,
      name: 'Erik Handläggare',
      automatic: true,
    });
  });

  it('gives a Västra skolan application to the Kulturskolan group', async () => {
    const a = await assignmentOf(await submit('vastraSkolan'));
    assert.deepEqual(a.officerIds, []);
    assert.equal(a.assigned_group_id, groups.Kulturskolan);
    assert.deepEqual(a.events[1]?.details, {
      ruleIndex: 1,
      groupId: groups.Kulturskolan,
      name: 'Kulturskolan',
      automatic: true,
    });
  });

  it('leaves an application from another school unassigned, with no assignment event', async () => {
    const a = await assignmentOf(await submit('otherSchool'));
    assert.deepEqual(a.officerIds, []);
    assert.equal(a.assigned_group_id, null);
    assert.equal(a.row_version, 1);
    assert.deepEqual(
      a.events.map((e) => e.type),
      ['submitted'],
    );
  });

  it('falls through to the next rule that holds when the person has been deactivated', async () => {
    const sara = await services.staffUsers.create({
      municipalityId: m,
      username: 'sara',
      name: 'Sara Musiklärare',
      roles: ['officer'],
    });
    await setEServiceOfficers(services.db, m, kulturskolan, [
      { groupId: groups.Kulturskolan as string },
      { userId: sara.id },
    ]);
    const saved = await setAssignmentRules(services.db, m, kulturskolan, [
      { when: { '==': [{ var: 'school' }, 'bjorkskolan'] }, userId: sara.id },
      { when: true, groupId: groups.Kulturskolan },
    ]);
    assert.ok(saved.ok, JSON.stringify(saved));
    await services.db.updateTable('staff_user').set({ active: false }).where('id', '=', sara.id).execute();
    const a = await assignmentOf(await submit('bjorkskolan'));
    assert.deepEqual(a.officerIds, []);
    assert.equal(a.assigned_group_id, groups.Kulturskolan);
    assert.equal((a.events[1]?.details as { ruleIndex?: number } | undefined)?.ruleIndex, 1);
  });
});

describe('saving assignment rules', () => {
  const storedRules = async (eServiceId: string) =>
    (
      await services.db
        .selectFrom('e_service')
        .select('assignment_rules')
        .where('id', '=', eServiceId)
        .executeTakeFirstOrThrow()
    ).assignment_rules;

  it('saves valid rules in the stored shape', async () => {
    const rules = [{ when: { in: ['gluten', { var: ['medicalDiet', []] }] }, groupId: groups.Skolmat }];
    const r = await setAssignmentRules(services.db, m, specialkost, rules);
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(await storedRules(specialkost), rules);
  });

  it('refuses people and groups of another municipality, unknown ones and non-handlers, and keeps the old rules', async () => {
    const other = await services.municipalities.create({ slug: 'annanby', name: 'Annanby kommun' });
    const stranger = await services.staffUsers.create({
      municipalityId: other.id,
      username: 'erik',
      name: 'Erik i Annanby',
      roles: ['admin'],
    });
    const strangerGroup = await services.staffUsers.createGroup(other.id, 'Skolmat', []);
    const before = await storedRules(specialkost);
    const r = await setAssignmentRules(services.db, m, specialkost, [
      { when: true, userId: stranger.id },
      { when: true, groupId: strangerGroup },
      { when: true, userId: '00000000-0000-4000-8000-000000000000' },
      { when: true, userId: users.erik },
      { when: true, groupId: groups.Kulturskolan },
      { when: true, userId: users.anna },
      { when: true, userId: users.admin },
    ]);
    assert.equal(r.ok, false);
    if (!r.ok && r.error !== 'notFound') {
      assert.deepEqual(
        r.error.map((p) => [p.index, p.code]),
        [
          [0, 'unknownUser'],
          [1, 'unknownGroup'],
          [2, 'unknownUser'],
          [3, 'notHandler'],
          [4, 'notHandler'],
        ],
      );
    }
    assert.deepEqual(await storedRules(specialkost), before);
  });

  it('refuses malformed JSON Logic and question keys the e-service does not have', async () => {
    const r = await setAssignmentRules(services.db, m, specialkost, [
      { when: { regex: [{ var: 'school' }, 'x'] }, userId: users.anna },
      { when: { '==': [{ var: 'instrument' }, 'x'] }, userId: users.anna },
    ]);
    assert.equal(r.ok, false);
    if (!r.ok && r.error !== 'notFound') {
      assert.deepEqual(
        r.error.map((p) => [p.index, p.code]),
        [[0, 'unknownOperator']],
      );
    }
    const keys = await setAssignmentRules(services.db, m, specialkost, [
      { when: { '==': [{ var: 'instrument' }, 'x'] }, userId: users.anna },
    ]);
    assert.equal(keys.ok, false);
    if (!keys.ok && keys.error !== 'notFound') {
      assert.deepEqual(keys.error, [{ index: 0, code: 'unknownKey', params: { key: 'instrument' } }]);
    }
  });

  it('answers notFound for an e-service of another municipality or a tampered id', async () => {
    const other = await services.municipalities.bySlug('annanby');
    assert.ok(other);
    for (const [mun, id] of [
      [other.id, specialkost],
      [m, 'not-an-id'],
      [m, '00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const r = await setAssignmentRules(services.db, mun, id, []);
      assert.deepEqual(r, { ok: false, error: 'notFound' });
    }
  });
});
