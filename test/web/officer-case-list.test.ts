import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { searchTextFor } from '../../src/services/officer/case-actions-core.ts';
import { setEServiceOfficers } from '../../src/services/officer/handlers.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { testDatabaseKind } from '../support/db.ts';
import { h1, TestClient } from '../support/http.ts';
import { loginStaff } from '../support/staff-login.ts';

const PASSWORD = 'demo-handlaggare-2026';

describe(`officer case list pages (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let m: string;
  const e: Record<string, { id: string; versionId: string }> = {};
  const users: Record<string, string> = {};
  const cases: Record<string, string> = {};

  async function insertCase(
    key: string,
    eService: string,
    caseNumber: string,
    name: string,
    opts: { officers?: string[]; versionId?: string; status?: string } = {},
  ) {
    const target = e[eService];
    assert.ok(target);
    const summary = { name };
    const row = await t.services.db
      .insertInto('case')
      .values({
        municipality_id: m,
        case_number: caseNumber,
        e_service_id: target.id,
        version_id: opts.versionId ?? target.versionId,
        status: opts.status ?? 'submitted',
        answers: '{}',
        summary: JSON.stringify(summary),
        submitter_personal_number: '191212121212',
        submitter_name: name,
        concerns_personal_number: '191212121212',
        concerns_name: name,
        channel: 'web',
        search_text: searchTextFor({
          case_number: caseNumber,
          submitter_personal_number: '191212121212',
          concerns_personal_number: '191212121212',
          submitter_name: name,
          concerns_name: name,
          external_case_number: null,
          summary,
        }),
      })
      .returning(['id', 'row_version'])
      .executeTakeFirstOrThrow();
    for (const u of opts.officers ?? []) {
      await t.services.db
        .insertInto('case_officer')
        .values({ case_id: row.id, user_id: u, municipality_id: m })
        .execute();
    }
    cases[key] = row.id;
  }

  const value = async (key: string) => {
    const r = await t.services.db
      .selectFrom('case')
      .select(['id', 'row_version'])
      .where('id', '=', cases[key] as string)
      .executeTakeFirstOrThrow();
    return `${r.id}:${r.row_version}`;
  };
  const row = (key: string) =>
    t.services.db
      .selectFrom('case')
      .selectAll()
      .where('id', '=', cases[key] as string)
      .executeTakeFirstOrThrow();

  // One login per person for the whole file: the login is rate limited.
  const clients = new Map<string, TestClient>();
  async function login(username: string, slug = 'demo', password = PASSWORD) {
    const known = clients.get(`${slug}/${username}`);
    if (known) return known;
    const c = await loginStaff(t.app, username, password, slug);
    clients.set(`${slug}/${username}`, c);
    return c;
  }

  before(async () => {
    t = await startTestApp();
    const muni = await t.services.db
      .selectFrom('municipality')
      .select('id')
      .where('slug', '=', 'demo')
      .executeTakeFirstOrThrow();
    m = muni.id;
    for (const u of await t.services.db.selectFrom('staff_user').select(['id', 'username']).execute())
      users[u.username] = u.id;
    const rows = await t.services.db
      .selectFrom('e_service as s')
      .innerJoin('e_service_version as v', 'v.e_service_id', 's.id')
      .select(['s.id', 's.slug', 'v.id as versionId', 'v.definition'])
      .where('v.status', '=', 'published')
      .execute();
    for (const r of rows) e[r.slug] = { id: r.id, versionId: r.versionId };
    // Rut handles special diet restricted: she sees only the cases assigned to her.
    const rut = await t.services.staffUsers.create({
      municipalityId: m,
      username: 'rut',
      password: PASSWORD,
      name: 'Rut Restriktiv',
      roles: ['officer'],
    });
    users.rut = rut.id;
    const diet = e['ansokan-om-specialkost'];
    assert.ok(diet);
    const { groupId } = await t.services.db
      .selectFrom('e_service_officer')
      .select('group_id as groupId')
      .where('e_service_id', '=', diet.id)
      .executeTakeFirstOrThrow();
    await setEServiceOfficers(t.services.db, m, diet.id, [
      { groupId: groupId ?? undefined },
      { userId: rut.id, restricted: true },
    ]);
    // A second version of special diet, for the mixed-version status change.
    const def = rows.find((r) => r.slug === 'ansokan-om-specialkost')?.definition;
    const v2 = await t.services.eServices.addVersion(m, diet.id, def);
    await t.services.eServices.publish(m, v2.id);

    await insertCase('diet1', 'ansokan-om-specialkost', '2026-00101', 'Alma Specialkost', {
      versionId: diet.versionId,
    });
    await insertCase('diet2', 'ansokan-om-specialkost', '2026-00102', 'Bror Specialkost', {
      versionId: diet.versionId,
      officers: [users.rut as string],
    });
    await insertCase('diet3', 'ansokan-om-specialkost', '2026-00103', 'Cilla Nyversion', {
      versionId: v2.id,
    });
    await insertCase('culture', 'kulturskolan-ansokan', '2026-00104', 'Dag Kulturskolan');
    // Another municipality with an officer of its own.
    const other = await t.services.municipalities.create({ slug: 'annanby', name: 'Annanby kommun' });
    await t.services.staffUsers.create({
      municipalityId: other.id,
      username: 'nils',
      password: PASSWORD,
      name: 'Nils Annanby',
      roles: ['officer'],
    });
    await t.services.municipalities.reload();
  });
  after(() => t.close());

  describe('who may see the list', () => {
    it('sends a visitor without a staff session to the staff login', async () => {
      const res = await new TestClient(t.app).get('/demo/handlaggare/arenden');
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), /^\/demo\/handlaggare\/logga-in\?returnTo=/);
    });

    it('sends a logged-in resident to the staff login', async () => {
      const token = await t.services.sessions.login(undefined, {
        kind: 'resident',
        municipalityId: m,
        loginMethod: 'bankid',
        resident: {
          personalNumber: '191212121212',
          name: 'Tolvan Tolvansson',
          givenName: 'Tolvan',
          familyName: 'Tolvansson',
          loa: null,
          providerId: 'test',
        },
      });
      const c = new TestClient(t.app);
      c.cookies.set('ingang_session', t.app.signCookie(token));
      const res = await c.get('/demo/handlaggare/arenden');
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), /handlaggare\/logga-in/);
      const post = await c.post(
        '/demo/handlaggare/arenden',
        { action: 'take', cases: await value('diet1') },
        { csrf: false },
      );
      assert.ok([303, 403].includes(post.statusCode));
    });

    it("sends another municipality's officer to this municipality's login", async () => {
      const nils = await login('nils', 'annanby');
      assert.equal((await nils.get('/annanby/handlaggare/arenden')).statusCode, 200);
      const res = await nils.get('/demo/handlaggare/arenden');
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), /^\/demo\/handlaggare\/logga-in/);
    });

    it('forbids staff who are not officers', async () => {
      const dev = await login('utvecklare', 'demo', 'demo-utvecklare-2026');
      assert.equal((await dev.get('/demo/handlaggare/arenden')).statusCode, 403);
    });

    it('shows an officer the cases of the e-services they handle, and a restricted officer only theirs', async () => {
      const anna = await login('anna');
      const res = await anna.get('/demo/handlaggare/arenden');
      assert.equal(res.statusCode, 200);
      assert.equal(h1(res.body), 'Ärenden');
      for (const n of ['2026-00101', '2026-00102', '2026-00103']) assert.match(res.body, new RegExp(n));
      assert.doesNotMatch(res.body, /2026-00104/);
      assert.match(res.body, new RegExp(`href="/demo/handlaggare/arenden/${cases.diet1}"`));
      const rut = await login('rut');
      const mine = await rut.get('/demo/handlaggare/arenden');
      assert.match(mine.body, /2026-00102/);
      assert.doesNotMatch(mine.body, /2026-00101|2026-00103|2026-00104/);
      const admin = await login('admin', 'demo', 'demo-admin-2026');
      assert.match((await admin.get('/demo/handlaggare/arenden')).body, /2026-00104/);
    });
  });

  describe('tabs, search and filters', () => {
    it('keeps the search and filters in the tab links and shows counts', async () => {
      const anna = await login('anna');
      const res = await anna.get('/demo/handlaggare/arenden?q=specialkost&tab=unassigned');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /href="\/demo\/handlaggare\/arenden\?tab=mine&amp;q=specialkost"/);
      assert.match(res.body, /Ej tilldelade \(1\)/);
      assert.match(res.body, /Alla \(2\)/);
      assert.match(res.body, /aria-current="page">Ej tilldelade/);
      assert.doesNotMatch(res.body, /2026-00102/);
    });

    it('shows what was wrong with a filter in the error summary and keeps what was typed', async () => {
      const anna = await login('anna');
      const res = await anna.get('/demo/handlaggare/arenden?from=31%2F12&q=ab');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /govuk-error-summary/);
      assert.match(res.body, /Ange ett datum som finns/);
      assert.match(res.body, /Skriv minst tre tecken/);
      assert.match(res.body, /value="31\/12"/);
      const en = await anna.get('/demo/handlaggare/arenden?lang=en');
      const english = en.statusCode === 200 ? en : await anna.get(String(en.headers.location));
      assert.equal(h1(english.body), 'Cases');
      await anna.get('/demo/handlaggare/arenden?lang=sv');
    });

    it('sorts by a column through its header link', async () => {
      const anna = await login('anna');
      const res = await anna.get('/demo/handlaggare/arenden?sort=case_number');
      const order = [...res.body.matchAll(/2026-0010[1-3]/g)].map((x) => x[0]);
      assert.deepEqual([...new Set(order)], ['2026-00101', '2026-00102', '2026-00103']);
      assert.match(res.body, /aria-sort="ascending"/);
    });
  });

  describe('bulk actions', () => {
    it('takes the checked cases with one event each, and says so', async () => {
      const anna = await login('anna');
      await anna.get('/demo/handlaggare/arenden');
      const before = await row('diet1');
      const res = await anna.post('/demo/handlaggare/arenden', {
        action: 'take',
        cases: [await value('diet1'), await value('diet3')],
        return: '?sort=case_number',
      });
      assert.equal(res.statusCode, 303);
      assert.match(
        String(res.headers.location),
        /^\/demo\/handlaggare\/arenden\?sort=case_number&done=take&changed=2&unchanged=0$/,
      );
      const after = await row('diet1');
      assert.deepEqual(after.officer_ids, [users.anna]);
      assert.equal(after.row_version, before.row_version + 1);
      const events = await t.services.db
        .selectFrom('case_event')
        .select(['type', 'details'])
        .where('case_id', '=', cases.diet1 as string)
        .execute();
      assert.equal(events.filter((x) => x.type === 'case_taken').length, 1);
      const page = await anna.get(String(res.headers.location));
      assert.match(page.body, /Du handlägger nu 2 ärenden till/);
    });

    it('refuses the whole selection when one case is not visible or was changed, and changes nothing', async () => {
      const anna = await login('anna');
      await anna.get('/demo/handlaggare/arenden');
      const before = await row('diet2');
      const tampered = await anna.post('/demo/handlaggare/arenden', {
        action: 'take',
        cases: [await value('diet2'), await value('culture')],
      });
      assert.equal(tampered.statusCode, 422);
      assert.match(tampered.body, /får du inte se dem. Inget ändrades/);
      assert.deepEqual((await row('diet2')).officer_ids, before.officer_ids);
      const malformed = await anna.post('/demo/handlaggare/arenden', { action: 'take', cases: 'not-a-case' });
      assert.equal(malformed.statusCode, 422);
      assert.match(malformed.body, /Markeringen kunde inte läsas/);
      const none = await anna.post('/demo/handlaggare/arenden', { action: 'take' });
      assert.equal(none.statusCode, 422);
      assert.match(none.body, /Markera minst ett ärende/);
      const stale = await anna.post('/demo/handlaggare/arenden', {
        action: 'take',
        cases: `${cases.diet2}:${before.row_version + 5}`,
      });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /har ändrats av någon annan/);
      assert.equal((await row('diet2')).row_version, before.row_version);
    });

    it('explains why status cannot change on mixed versions and links to one version', async () => {
      const anna = await login('anna');
      await anna.get('/demo/handlaggare/arenden');
      const res = await anna.post('/demo/handlaggare/arenden', {
        action: 'status',
        cases: [await value('diet1'), await value('diet3')],
        return: '?q=specialkost',
      });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /olika versioner/);
      assert.match(res.body, new RegExp(`eservice=${e['ansokan-om-specialkost']?.id}&amp;version=`));
      assert.match(res.body, /q=specialkost/);
    });

    it('changes the status of cases of one version without notifying when asked', async () => {
      const anna = await login('anna');
      await anna.get('/demo/handlaggare/arenden');
      const selection = [await value('diet1'), await value('diet2')];
      const choose = await anna.post('/demo/handlaggare/arenden', { action: 'status', cases: selection });
      assert.equal(choose.statusCode, 200);
      assert.equal(h1(choose.body), 'Ändra status');
      const missing = await anna.post('/demo/handlaggare/arenden', {
        action: 'status',
        step: 'apply',
        cases: selection,
      });
      assert.equal(missing.statusCode, 422);
      assert.match(missing.body, /Välj en status/);
      const res = await anna.post('/demo/handlaggare/arenden', {
        action: 'status',
        step: 'apply',
        cases: selection,
        status: 'in_progress',
        noNotify: 'yes',
      });
      assert.equal(res.statusCode, 303);
      assert.equal((await row('diet1')).status, 'in_progress');
      const ev = await t.services.db
        .selectFrom('case_event')
        .select('details')
        .where('case_id', '=', cases.diet2 as string)
        .where('type', '=', 'status_changed')
        .executeTakeFirstOrThrow();
      assert.equal(ev.details.notifyApplicant, false);
      assert.equal(ev.details.bulk, true);
    });

    it('sends "Exportera" on to the export with the checked ids', async () => {
      const anna = await login('anna');
      await anna.get('/demo/handlaggare/arenden');
      const res = await anna.post('/demo/handlaggare/arenden', {
        action: 'export',
        cases: [await value('diet1'), await value('diet3')],
      });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/demo/handlaggare/export?cases=${cases.diet1},${cases.diet3}`);
    });

    it('sets a colour label after choosing it', async () => {
      const anna = await login('anna');
      await anna.get('/demo/handlaggare/arenden');
      const selection = [await value('diet3')];
      const choose = await anna.post('/demo/handlaggare/arenden', { action: 'colour', cases: selection });
      assert.equal(choose.statusCode, 200);
      const res = await anna.post('/demo/handlaggare/arenden', {
        action: 'colour',
        step: 'apply',
        cases: selection,
        colour: 'green',
      });
      assert.equal(res.statusCode, 303);
      assert.equal((await row('diet3')).colour, 'green');
    });
  });

  describe('settings', () => {
    it('saves the columns, new-tab and officer-name settings and the list uses them', async () => {
      const anna = await login('anna');
      const page = await anna.get('/demo/handlaggare/installningar');
      assert.equal(page.statusCode, 200);
      assert.equal(h1(page.body), 'Inställningar för ärendelistan');
      const bad = await anna.post('/demo/handlaggare/installningar', {
        columns: ['status', 'secret'],
        openIn: 'popup',
        officerLabel: 'name',
        notificationLang: 'de',
      });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Välj bland kolumnerna/);
      const res = await anna.post('/demo/handlaggare/installningar', {
        columns: ['status', 'officers'],
        openIn: 'new',
        officerLabel: 'username',
        notificationLang: 'en',
      });
      assert.equal(res.statusCode, 303);
      // The language of her notification e-mails, as the recipients query reads it.
      const stored = await t.services.db
        .selectFrom('staff_user')
        .select('settings')
        .where('username', '=', 'anna')
        .executeTakeFirstOrThrow();
      assert.equal((stored.settings as { lang?: string }).lang, 'en');
      assert.match((await anna.get('/demo/handlaggare/installningar')).body, /value="en"[^>]*checked/);
      const list = await anna.get('/demo/handlaggare/arenden');
      assert.match(list.body, /target="_blank"/);
      assert.match(list.body, /öppnas i en ny flik/);
      assert.match(list.body, />anna</);
      assert.doesNotMatch(list.body, /<th[^>]*>\s*E-tjänst/);
    });
  });
});
