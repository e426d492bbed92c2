/** Who handles an e-service, over HTTP: /handlaggare/bygg/:eServiceId/behorighet. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { TINY_ESERVICE } from '../support/eservice-fixture.ts';
import { h1, TestClient } from '../support/http.ts';
import { addGrannby, staffIds } from '../support/seeded-services.ts';
import { loginStaff } from '../support/staff-login.ts';

let t: TestApp;
let m: string;
let specialkost: string;
let foreignUser: string;
let foreignGroup: string;
let foreignEService: string;
let users: Record<string, string>;
let groups: Record<string, string>;

const developer = () => loginStaff(t.app, 'utvecklare', 'demo-utvecklare-2026');
const page = (e: string) => `/demo/handlaggare/bygg/${e}/behorighet`;

async function handlerRows(e: string) {
  return t.services.db
    .selectFrom('e_service_officer')
    .select(['user_id', 'group_id', 'restricted'])
    .where('e_service_id', '=', e)
    .execute();
}

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  m = demo.id;
  specialkost = (await t.services.eServices.bySlug(m, 'ansokan-om-specialkost'))?.id ?? '';
  ({ users, groups } = await staffIds(t.services));
  const other = await addGrannby(t.services);
  foreignUser = other.userId;
  foreignGroup = other.groupId;
  foreignEService = (
    await t.services.eServices.create(other.municipalityId, { ...TINY_ESERVICE, slug: 'grannby-tjanst' })
  ).id;
});
after(() => t.close());

describe('officers and groups of an e-service', () => {
  it('lists the handlers in Swedish and English, with group member counts', async () => {
    const c = await developer();
    const sv = await c.get(page(specialkost));
    assert.equal(sv.statusCode, 200);
    assert.equal(h1(sv.body), 'Handläggare och grupper: Ansökan om specialkost');
    assert.match(sv.body, /gruppen Skolmat/);
    assert.match(sv.body, /Grupp med 1 medlemmar/);
    assert.match(sv.body, /name="userId"/);
    await c.get(`${page(specialkost)}?lang=en`);
    const en = await c.get(page(specialkost));
    assert.match(en.body, /Officers and groups: /);
    assert.match(en.body, /Add the person/);
  });

  it('adds a restricted person, lifts the restriction and writes the history in words', async () => {
    const c = await developer();
    await c.get(page(specialkost));
    const added = await c.post(`${page(specialkost)}/person`, {
      userId: users.erik as string,
      restricted: 'yes',
    });
    assert.equal(added.statusCode, 303);
    assert.match(added.headers.location as string, /behorighet\?klart=added$/);
    const after = await c.get(added.headers.location as string);
    assert.match(after.body, /Erik Handläggare/);
    assert.match(after.body, /Ja, ser bara tilldelade ärenden/);
    assert.deepEqual(
      (await handlerRows(specialkost)).find((r) => r.user_id === users.erik),
      { user_id: users.erik, group_id: null, restricted: true },
    );
    const lifted = await c.post(`${page(specialkost)}/begransning`, {
      kind: 'user',
      id: users.erik as string,
      restricted: 'no',
    });
    assert.equal(lifted.statusCode, 303);
    assert.equal((await handlerRows(specialkost)).find((r) => r.user_id === users.erik)?.restricted, false);
    const eservicePage = await c.get(`/demo/handlaggare/bygg/${specialkost}`);
    assert.match(eservicePage.body, /Lade till Erik Handläggare som handläggare/);
    assert.match(eservicePage.body, /Tog bort begränsningen för Erik Handläggare/);
  });

  it('refuses foreign and unknown people and groups with a clear error, keeping the choice', async () => {
    const c = await developer();
    await c.get(page(specialkost));
    const before = await handlerRows(specialkost);
    const foreign = await c.post(`${page(specialkost)}/person`, { userId: foreignUser, restricted: 'yes' });
    assert.equal(foreign.statusCode, 422);
    assert.match(foreign.body, /govuk-error-summary/);
    assert.match(foreign.body, /den valda finns inte bland kommunens aktiva konton/);
    assert.match(foreign.body, /<input[^>]*name="restricted"[^>]*value="yes"[^>]*checked/);
    const developerAsOfficer = await c.post(`${page(specialkost)}/person`, {
      userId: users.utvecklare as string,
    });
    assert.equal(developerAsOfficer.statusCode, 422);
    assert.match(developerAsOfficer.body, /har inte rollen handläggare/);
    const none = await c.post(`${page(specialkost)}/person`, {});
    assert.equal(none.statusCode, 422);
    assert.match(none.body, /Välj en person att lägga till/);
    const foreignG = await c.post(`${page(specialkost)}/grupp`, { groupId: foreignGroup });
    assert.equal(foreignG.statusCode, 422);
    assert.match(foreignG.body, /den valda finns inte bland kommunens grupper/);
    const dup = await c.post(`${page(specialkost)}/grupp`, { groupId: groups.Skolmat as string });
    assert.equal(dup.statusCode, 422);
    assert.match(dup.body, /handlägger redan e-tjänsten/);
    // Tampered rows and another municipality's e-service are not found.
    const tampered = await c.post(`${page(specialkost)}/ta-bort`, { kind: 'user', id: foreignUser });
    assert.equal(tampered.statusCode, 404);
    const badKind = await c.post(`${page(specialkost)}/begransning`, {
      kind: 'robot',
      id: users.anna as string,
      restricted: 'yes',
    });
    assert.equal(badKind.statusCode, 422);
    assert.match(badKind.body, /Ändringen gick inte att läsa/);
    assert.equal((await c.get(page(foreignEService))).statusCode, 404);
    assert.equal((await c.get(page('nonsense'))).statusCode, 404);
    assert.deepEqual(await handlerRows(specialkost), before);
  });

  it('asks before removing the last handler, and refuses one an assignment rule targets', async () => {
    const c = await developer();
    const e = (await t.services.eServices.bySlug(m, 'forbattringsforslag-befintlig-e-service'))?.id ?? '';
    assert.deepEqual(
      (await handlerRows(e)).map((r) => r.user_id),
      [users.erik],
    );
    await c.get(page(e));
    const ask = await c.post(`${page(e)}/ta-bort`, { kind: 'user', id: users.erik as string });
    assert.equal(ask.statusCode, 200);
    assert.match(ask.body, /Om du tar bort Erik Handläggare handlägger ingen e-tjänsten/);
    assert.equal((await handlerRows(e)).length, 1);

    // A rule that gives Erik the cases stops the removal, and says which rule.
    const s = await t.services.builderAssignment.load(m, e);
    assert.ok(s);
    const saved = await t.services.builderAssignment.save(
      m,
      e,
      [{ when: true, target: { kind: 'user', userId: users.erik as string } }],
      { id: users.utvecklare as string, name: 'Utvecklare' },
      { expectedRevision: s.revision, detail: { change: 'assignmentOtherwiseSet', target: 'Erik' } },
    );
    assert.ok(saved.ok);
    const refused = await c.post(`${page(e)}/ta-bort`, {
      kind: 'user',
      id: users.erik as string,
      confirm: 'yes',
    });
    assert.equal(refused.statusCode, 409);
    assert.match(
      refused.body,
      /regel 1 för automatisk tilldelning ger hen ärenden \(&quot;Annars → Erik Handläggare&quot;\)/,
    );
    assert.equal((await handlerRows(e)).length, 1);

    const s2 = await t.services.builderAssignment.load(m, e);
    assert.ok(s2);
    await t.services.builderAssignment.save(
      m,
      e,
      [],
      { id: users.utvecklare as string, name: 'U' },
      {
        expectedRevision: s2.revision,
        detail: { change: 'assignmentOtherwiseRemoved' },
      },
    );
    await c.get(page(e));
    const confirmed = await c.post(`${page(e)}/ta-bort`, {
      kind: 'user',
      id: users.erik as string,
      confirm: 'yes',
    });
    assert.equal(confirmed.statusCode, 303);
    assert.equal((await handlerRows(e)).length, 0);
    const empty = await c.get(page(e));
    assert.match(empty.body, /Ingen handlägger e-tjänsten ännu/);
    // Put Erik back for the other tests.
    await c.post(`${page(e)}/person`, { userId: users.erik as string });
    assert.equal((await handlerRows(e)).length, 1);
  });

  it('is closed to officers (403) and to people not logged in', async () => {
    const officer = await loginStaff(t.app, 'anna', 'demo-handlaggare-2026');
    assert.equal((await officer.get(page(specialkost))).statusCode, 403);
    await officer.get('/demo/handlaggare');
    const post = await officer.post(`${page(specialkost)}/person`, { userId: users.anna as string });
    assert.equal(post.statusCode, 403);
    const anonymous = new TestClient(t.app);
    assert.equal((await anonymous.get(page(specialkost))).statusCode, 303);
  });
});
