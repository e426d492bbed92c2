/** Automatic assignment rules over HTTP: /handlaggare/bygg/:eServiceId/tilldelning. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseCaseListQuery } from '../../src/domain/cases/case-list-query.ts';
import { listRanks } from '../../src/services/officer/case-list.ts';
import { loadOfficerScope } from '../../src/services/officer/scope.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { h1 } from '../support/http.ts';
import { submitKulturskolan } from '../support/kulturskolan-fixture.ts';
import { addGrannby, staffIds } from '../support/seeded-services.ts';
import { loginStaff } from '../support/staff-login.ts';

let t: TestApp;
let m: string;
let kulturskolan: string;
let foreignUser: string;
let foreignGroup: string;
let users: Record<string, string>;
let groups: Record<string, string>;

const developer = () => loginStaff(t.app, 'utvecklare', 'demo-utvecklare-2026');
const base = () => `/demo/handlaggare/bygg/${kulturskolan}/tilldelning`;
const revisionIn = (html: string) => /name="revision" value="([0-9a-f]+)"/.exec(html)?.[1] ?? '';

async function submit(school: string): Promise<string> {
  return submitKulturskolan(t.services, m, kulturskolan, school);
}

async function storedRules() {
  return (
    await t.services.db
      .selectFrom('e_service')
      .select('assignment_rules')
      .where('id', '=', kulturskolan)
      .executeTakeFirstOrThrow()
  ).assignment_rules;
}

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  m = demo.id;
  kulturskolan = (await t.services.eServices.bySlug(m, 'kulturskolan-ansokan'))?.id ?? '';
  ({ users, groups } = await staffIds(t.services));
  const other = await addGrannby(t.services);
  foreignUser = other.userId;
  foreignGroup = other.groupId;
});
after(() => t.close());

const rule = (over: Record<string, string>) => ({
  match: 'all',
  rows: '1',
  'q.0': 'school',
  'op.0': 'equals',
  'v.0': 'Björkskolan (F–9)',
  target: `user:${users.anna}`,
  action: 'save',
  ...over,
});

describe('automatic assignment rules', () => {
  it('shows the rules in words, in order, saying the first that holds wins', async () => {
    const c = await developer();
    const res = await c.get(base());
    assert.equal(res.statusCode, 200);
    assert.equal(h1(res.body), 'Automatisk tilldelning: Kulturskolan – ansökan');
    assert.match(res.body, /Den första regel som stämmer bestämmer vem som får ärendet/);
    assert.match(
      res.body,
      /När Vilken skola går eleven på\? är något av Björkskolan \(F–9\), Centralskolan \(7–9\) → Erik Handläggare/,
    );
    assert.match(res.body, /→ gruppen Kulturskolan/);
    assert.match(res.body, /Annars: ärendet tilldelas ingen/);
    // The demo's "one of" rule cannot be rows: the edit page says so, in words.
    const edit = await c.get(`${base()}/regel?nr=1`);
    assert.match(edit.body, /Regelns villkor i dag: Vilken skola går eleven på\? är något av Björkskolan/);
  });

  it('adds a rule by condition rows, moves it first, and a submitted case is assigned by it; restricted Anna sees only hers', async () => {
    const c = await developer();
    // Anna handles Kulturskolan, restricted: she sees only the cases assigned to her.
    await c.get(`/demo/handlaggare/bygg/${kulturskolan}/behorighet`);
    const added = await c.post(`/demo/handlaggare/bygg/${kulturskolan}/behorighet/person`, {
      userId: users.anna as string,
      restricted: 'yes',
    });
    assert.equal(added.statusCode, 303);

    const form = await c.get(`${base()}/regel`);
    assert.equal(form.statusCode, 200);
    const more = await c.post(`${base()}/regel`, { ...rule({}), action: 'addRow' });
    assert.equal(more.statusCode, 200);
    assert.match(more.body, /name="q\.1"/);
    // The chosen question's options are offered as a list once shown.
    assert.match(more.body, /<select[^>]*name="v\.0"/);

    const saved = await c.post(`${base()}/regel`, { ...rule({}), revision: revisionIn(form.body) });
    assert.equal(saved.statusCode, 303, saved.body);
    assert.match(saved.headers.location as string, /tilldelning\?klart=ruleAdded$/);
    let list = await c.get(saved.headers.location as string);
    assert.match(list.body, /När Vilken skola går eleven på\? är Björkskolan \(F–9\) → Anna Handläggare/);
    assert.equal((await storedRules()).length, 3);

    for (const nr of ['3', '2']) {
      const moved = await c.post(`${base()}/flytta`, {
        nr,
        direction: 'up',
        revision: revisionIn(list.body),
      });
      assert.equal(moved.statusCode, 303);
      list = await c.get(base());
    }
    assert.deepEqual((await storedRules())[0], {
      when: { '==': [{ var: 'school' }, 'bjorkskolan'] },
      userId: users.anna,
    });

    const mine = await submit('bjorkskolan');
    const notMine = await submit('vastraSkolan');
    const assigned = await t.services.db
      .selectFrom('case_officer')
      .select('user_id')
      .where('case_id', '=', mine)
      .execute();
    assert.deepEqual(
      assigned.map((a) => a.user_id),
      [users.anna],
    );
    const anna = await t.services.staffUsers.principal(m, users.anna as string);
    assert.ok(anna);
    const scope = await loadOfficerScope(t.services.db, anna);
    const facets = await t.services.caseList.facets(scope);
    const q = parseCaseListQuery({ e: kulturskolan }, '2026-06-15').query;
    const rows = await t.services.caseList.rows(scope, q, listRanks(facets, 'sv', 'name'));
    const ids = rows.map((r) => r.id);
    assert.ok(ids.includes(mine));
    assert.ok(!ids.includes(notMine));

    const history = await c.get(`/demo/handlaggare/bygg/${kulturskolan}`);
    assert.match(history.body, /Lade till regel 3 för tilldelning \(till Anna Handläggare\)/);
    assert.match(history.body, /Flyttade regel 2 för tilldelning till plats 1/);
  });

  it('refuses an unknown question, a value that is not an option and a target that does not handle the e-service, keeping what was typed', async () => {
    const c = await developer();
    const form = await c.get(`${base()}/regel`);
    const revision = revisionIn(form.body);
    const before = await storedRules();

    const unknownKey = await c.post(`${base()}/regel`, rule({ 'q.0': 'noSuchQuestion', revision }));
    assert.equal(unknownKey.statusCode, 422);
    assert.match(unknownKey.body, /govuk-error-summary/);
    assert.match(unknownKey.body, /Villkor 1: frågan finns inte i e-tjänsten/);

    const notAnOption = await c.post(`${base()}/regel`, rule({ 'v.0': 'Hogwarts', revision }));
    assert.equal(notAnOption.statusCode, 422);
    assert.match(notAnOption.body, /Villkor 1: välj ett av frågans svarsalternativ/);
    // What was typed is shown again, in a text field since it is not an option.
    assert.match(notAnOption.body, /<input[^>]*name="v\.0"[^>]*value="Hogwarts"/);

    const foreign = await c.post(`${base()}/regel`, rule({ target: `user:${foreignUser}`, revision }));
    assert.equal(foreign.statusCode, 422);
    assert.match(foreign.body, /Personen finns inte bland kommunens aktiva konton/);
    const foreignG = await c.post(`${base()}/regel`, rule({ target: `group:${foreignGroup}`, revision }));
    assert.equal(foreignG.statusCode, 422);
    assert.match(foreignG.body, /Gruppen finns inte bland kommunens grupper/);
    const notHandler = await c.post(`${base()}/regel`, rule({ target: `group:${groups.Skolmat}`, revision }));
    assert.equal(notHandler.statusCode, 422);
    assert.match(notHandler.body, /handlägger inte e-tjänsten och skulle inte se ärendet/);
    assert.match(notHandler.body, /<option value="school" selected/);

    const garbage = await c.post(`${base()}/regel`, rule({ target: 'nonsense', match: 'some', revision }));
    assert.equal(garbage.statusCode, 422);
    assert.match(garbage.body, /Välj vem som ska få ärendena/);
    assert.match(garbage.body, /Välj om alla villkor eller något av dem ska stämma/);

    const noCondition = await c.post(`${base()}/regel`, rule({ 'q.0': '', 'v.0': '', revision }));
    assert.equal(noCondition.statusCode, 422);
    assert.match(noCondition.body, /Välj minst en fråga för villkoret/);

    const stale = await c.post(`${base()}/regel`, rule({ revision: '0000000000000000' }));
    assert.equal(stale.statusCode, 409);
    assert.match(stale.body, /Din ändring sparades inte/);

    assert.equal((await c.post(`${base()}/ta-bort`, { nr: '99', revision })).statusCode, 404);
    const empty = await c.post(`${base()}/flytta`, {});
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /Ändringen gick inte att läsa/);
    assert.equal((await c.get(`${base()}/regel?nr=99`)).statusCode, 404);
    assert.equal((await c.post(`${base()}/flytta`, { nr: '1', direction: 'up', revision })).statusCode, 404);
    assert.deepEqual(await storedRules(), before);
  });

  it('edits a rule, sets and removes the otherwise rule, and deletes a rule', async () => {
    const c = await developer();
    const edit = await c.get(`${base()}/regel?nr=1`);
    assert.equal(edit.statusCode, 200);
    assert.match(edit.body, /Ändra regel 1/);
    const changed = await c.post(
      `${base()}/regel`,
      rule({ nr: '1', 'v.0': 'vastraSkolan', revision: revisionIn(edit.body) }),
    );
    assert.equal(changed.statusCode, 303);
    let list = await c.get(base());
    assert.match(list.body, /När Vilken skola går eleven på\? är Västra skolan \(F–6\) → Anna Handläggare/);

    const otherwise = await c.post(`${base()}/annars`, {
      target: `group:${groups.Kulturskolan}`,
      revision: revisionIn(list.body),
    });
    assert.equal(otherwise.statusCode, 303);
    list = await c.get(base());
    assert.match(list.body, /Annars → gruppen Kulturskolan/);
    const rules = (await storedRules()) as { when: unknown }[];
    assert.equal(rules[rules.length - 1]?.when, true);

    const badOtherwise = await c.post(`${base()}/annars`, {
      target: `group:${groups.Skolmat}`,
      revision: revisionIn(list.body),
    });
    assert.equal(badOtherwise.statusCode, 422);
    assert.match(badOtherwise.body, /handlägger inte e-tjänsten/);

    const removed = await c.post(`${base()}/ta-bort`, { nr: '1', revision: revisionIn(list.body) });
    assert.equal(removed.statusCode, 303);
    list = await c.get(base());
    assert.doesNotMatch(list.body, /Anna Handläggare<\/p>|→ Anna Handläggare/);
    const none = await c.post(`${base()}/annars`, { target: '', revision: revisionIn(list.body) });
    assert.equal(none.statusCode, 303);
    assert.equal(
      ((await storedRules()) as { when: unknown }[]).some((r) => r.when === true),
      false,
    );
  });

  it('is closed to officers (403)', async () => {
    const officer = await loginStaff(t.app, 'anna', 'demo-handlaggare-2026');
    assert.equal((await officer.get(base())).statusCode, 403);
    assert.equal((await officer.get(`${base()}/regel`)).statusCode, 403);
    await officer.get('/demo/handlaggare');
    assert.equal((await officer.post(`${base()}/ta-bort`, { nr: '1' })).statusCode, 403);
  });
});
