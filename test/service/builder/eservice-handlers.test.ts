import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Services } from '../../../src/services/index.ts';
import { TINY_ESERVICE } from '../../support/eservice-fixture.ts';
import { startSeededServices } from '../../support/seeded-services.ts';

let services: Services;
let close: () => Promise<void>;
let m: string;
let otherM: string;
let users: Record<string, string>;
let groups: Record<string, string>;
const actor = { id: 'dev-1', name: 'Dana Utvecklare' };

before(async () => {
  ({ services, close, demoId: m, users, groups } = await startSeededServices());
  otherM = (await services.municipalities.create({ slug: 'grannby', name: 'Grannby' })).id;
});
after(() => close());

const h = () => services.builderHandlers;

async function newEService(slug: string) {
  return (await services.eServices.create(m, { ...TINY_ESERVICE, slug })).id;
}

async function history(eServiceId: string) {
  return (await services.builderVersions.history(m, eServiceId)).map((x) => x.details.change);
}

describe('who handles an e-service', () => {
  it('adds people and groups, lists them with roles and member counts, and audits each change', async () => {
    const e = await newEService('handlers-add');
    assert.deepEqual(await h().handlers(m, e), []);
    const c = await h().candidates(m, e);
    assert.ok(c);
    // Officers and admins, not the developer.
    assert.ok(c.people.some((p) => p.id === users.anna));
    assert.ok(!c.people.some((p) => p.id === users.utvecklare));
    assert.ok(c.groups.some((g) => g.id === groups.Skolmat));

    assert.deepEqual(await h().add(m, e, { kind: 'user', id: users.anna as string }, false, actor), {
      ok: true,
    });
    assert.deepEqual(await h().add(m, e, { kind: 'group', id: groups.Skolmat as string }, true, actor), {
      ok: true,
    });
    const list = await h().handlers(m, e);
    assert.deepEqual(
      list?.map((x) => [x.kind, x.name, x.restricted, x.memberCount ?? x.roles.join()]),
      [
        ['user', 'Anna Handläggare', false, 'officer'],
        ['group', 'Skolmat', true, 1],
      ],
    );
    const after = await h().candidates(m, e);
    assert.ok(!after?.people.some((p) => p.id === users.anna));
    assert.ok(!after?.groups.some((g) => g.id === groups.Skolmat));
    assert.deepEqual(await history(e), ['officerGroupAdded', 'officerAdded']);
  });

  it('refuses foreign, unknown, non-officer and duplicate people and groups, and a foreign e-service', async () => {
    const e = await newEService('handlers-refuse');
    const stranger = await services.staffUsers.create({
      municipalityId: otherM,
      username: 'stranger',
      name: 'Främling',
      roles: ['officer'],
    });
    const strangerGroup = await services.staffUsers.createGroup(otherM, 'Främlingar', []);
    const add = (kind: 'user' | 'group', id: string) => h().add(m, e, { kind, id }, false, actor);
    assert.deepEqual(await add('user', stranger.id), { ok: false, reason: 'unknownUser' });
    assert.deepEqual(await add('user', 'not-a-uuid'), { ok: false, reason: 'unknownUser' });
    assert.deepEqual(await add('user', users.utvecklare as string), { ok: false, reason: 'notOfficer' });
    assert.deepEqual(await add('group', strangerGroup), { ok: false, reason: 'unknownGroup' });
    assert.deepEqual(await add('user', users.erik as string), { ok: true });
    assert.deepEqual(await add('user', users.erik as string), { ok: false, reason: 'alreadyHandler' });
    const foreignE = (await services.eServices.create(otherM, { ...TINY_ESERVICE, slug: 'foreign' })).id;
    assert.deepEqual(await h().add(m, foreignE, { kind: 'user', id: users.anna as string }, false, actor), {
      ok: false,
      reason: 'notFound',
    });
    assert.equal(await h().handlers(m, foreignE), undefined);
    assert.deepEqual(await history(e), ['officerAdded']);
  });

  it('makes a person restricted and back; a restricted officer sees only cases assigned to them', async () => {
    const e = await newEService('handlers-restrict');
    await h().add(m, e, { kind: 'user', id: users.anna as string }, false, actor);
    const ref = { kind: 'user' as const, id: users.anna as string };
    assert.deepEqual(await h().setRestricted(m, e, ref, true, actor), { ok: true });
    assert.equal((await h().handlers(m, e))?.[0]?.restricted, true);
    const principal = await services.staffUsers.principal(m, users.anna as string);
    assert.ok(principal);
    const { loadOfficerScope } = await import('../../../src/services/officer/scope.ts');
    assert.deepEqual((await loadOfficerScope(services.db, principal)).eServices.get(e), { restricted: true });
    assert.deepEqual(await h().setRestricted(m, e, ref, false, actor), { ok: true });
    assert.deepEqual((await loadOfficerScope(services.db, principal)).eServices.get(e), {
      restricted: false,
    });
    assert.deepEqual(await h().setRestricted(m, e, { kind: 'user', id: users.erik as string }, true, actor), {
      ok: false,
      reason: 'notHandler',
    });
    assert.deepEqual(await history(e), ['officerUnrestricted', 'officerRestricted', 'officerAdded']);
  });

  it('asks to confirm removing the last handler, and refuses removing one an assignment rule targets', async () => {
    const e = await newEService('handlers-remove');
    const anna = { kind: 'user' as const, id: users.anna as string };
    const erik = { kind: 'user' as const, id: users.erik as string };
    await h().add(m, e, anna, false, actor);
    await h().add(m, e, erik, false, actor);
    const draft = await services.builderVersions.newDraftFromCurrent(m, e, actor);
    assert.ok(draft.ok);
    const settings = await services.builderAssignment.load(m, e);
    assert.ok(settings);
    const saved = await services.builderAssignment.save(
      m,
      e,
      [{ when: true, target: { kind: 'user', userId: erik.id } }],
      actor,
      { expectedRevision: settings.revision, detail: { change: 'assignmentOtherwiseSet', target: 'Erik' } },
    );
    assert.ok(saved.ok, JSON.stringify(saved));

    const refused = await h().remove(m, e, erik, actor);
    assert.ok(!refused.ok && refused.reason === 'ruleTarget');
    assert.equal(refused.ruleIndex, 0);
    assert.deepEqual(await h().remove(m, e, anna, actor), { ok: true });
    // Erik is the last one, and a rule still gives him cases.
    const stillTargeted = await h().remove(m, e, erik, actor, { confirmed: true });
    assert.ok(!stillTargeted.ok && stillTargeted.reason === 'ruleTarget');

    const s2 = await services.builderAssignment.load(m, e);
    assert.ok(s2);
    assert.ok(
      (
        await services.builderAssignment.save(m, e, [], actor, {
          expectedRevision: s2.revision,
          detail: { change: 'assignmentOtherwiseRemoved' },
        })
      ).ok,
    );
    assert.deepEqual(await h().remove(m, e, erik, actor), { ok: false, reason: 'lastHandler' });
    assert.equal((await h().handlers(m, e))?.length, 1);
    assert.deepEqual(await h().remove(m, e, erik, actor, { confirmed: true }), { ok: true });
    assert.deepEqual(await h().handlers(m, e), []);
    assert.deepEqual(await h().remove(m, e, erik, actor), { ok: false, reason: 'notHandler' });
    const check = await services.builderVersions.check(m, draft.id);
    assert.ok(check.ok && check.problems.some((p) => p.code === 'noOfficer'), JSON.stringify(check));
  });
});
