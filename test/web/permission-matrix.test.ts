/**
 * Every staff route, for every kind of visitor: who may and who may not.
 * The routes are read from the application itself, so a new route is
 * covered (or makes this test fail) without anyone remembering to add it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DraftOwner } from '../../src/services/drafts/draft-owner.ts';
import { setEServiceOfficers } from '../../src/services/officer/handlers.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { TestClient } from '../support/http.ts';

let t: TestApp;
const ids: Record<string, string> = {};

/** Who is asking, and how to log them in. */
type Role =
  | 'anonymous'
  | 'resident'
  | 'developer'
  | 'officerHandling'
  | 'officerOther'
  | 'restricted'
  | 'admin'
  | 'foreignAdmin';
const ROLES: Role[] = [
  'anonymous',
  'resident',
  'developer',
  'officerHandling',
  'officerOther',
  'restricted',
  'admin',
  'foreignAdmin',
];

async function staffClient(slug: string, username: string, password: string) {
  const c = new TestClient(t.app);
  await c.get(`/${slug}/handlaggare/logga-in`);
  const r = await c.post(`/${slug}/handlaggare/logga-in`, { username, password });
  assert.equal(r.statusCode, 303, `login ${username}`);
  return c;
}

const clients = new Map<Role, TestClient>();

before(async () => {
  t = await startTestApp();
  const s = t.services;
  const demo = await s.municipalities.bySlug('demo');
  assert.ok(demo);
  const specialkost = await s.eServices.bySlug(demo.id, 'ansokan-om-specialkost');
  assert.ok(specialkost);
  ids.eServiceId = specialkost.id;
  // A draft of specialkost for the builder's version routes (the published version never changes).
  const developer = await s.staffUsers.findForLogin(demo.id, 'utvecklare');
  const draft = await s.builderVersions.newDraftFromCurrent(demo.id, specialkost.id, {
    id: developer?.id as string,
    name: 'Ebba Utvecklare',
  });
  assert.ok(draft.ok);
  ids.versionId = draft.id;
  // The draft's first step and question, for the builder's editing routes.
  const v = await s.builderVersions.getVersion(demo.id, specialkost.id, draft.id);
  const firstStep = v?.definition.steps[0];
  ids.stepId = firstStep?.id as string;
  ids.questionId = firstStep?.questions[0]?.id as string;
  // Another staff session's test draft ("Prova e-tjänsten"): not found even for developers.
  ids.draftId = (await s.builderTryOut.start(demo.id, specialkost.id, draft.id, 'f'.repeat(64))) as string;
  // A group column (funktionsstod's periods) for the column settings route.
  const funktionsstod = await s.eServices.bySlug(demo.id, 'funktionsstod-ersattning-sjuklonekostnader');
  const groupDraft = await s.builderVersions.newDraftFromCurrent(demo.id, funktionsstod?.id as string, {
    id: developer?.id as string,
    name: 'Ebba Utvecklare',
  });
  assert.ok(groupDraft.ok);
  ids.groupEServiceId = funktionsstod?.id as string;
  ids.groupVersionId = groupDraft.id;
  // Answers may be edited on this e-service, so that route is reachable too.
  await s.db
    .updateTable('e_service')
    .set({ answers_editable: true })
    .where('id', '=', specialkost.id)
    .execute();
  // A submitted specialkost case with a document, to act on.
  const owner: DraftOwner = {
    kind: 'resident',
    personalNumber: '191212121212',
    name: 'Tolvan Tolvansson',
    loginMethod: 'bankid',
  };
  const version = await s.eServices.publishedVersion(demo.id, specialkost.id);
  assert.ok(version);
  const draftId = await s.drafts.start(demo.id, specialkost.id, owner);
  assert.ok(draftId);
  await s.db
    .updateTable('draft')
    .set({ answers: JSON.stringify({}) })
    .where('id', '=', draftId)
    .execute();
  const row = await s.db
    .insertInto('case')
    .values({
      municipality_id: demo.id,
      case_number: '2026-90001',
      e_service_id: specialkost.id,
      version_id: version.id,
      status: 'submitted',
      answers: JSON.stringify({}),
      channel: 'web',
      submitter_personal_number: owner.personalNumber,
      concerns_personal_number: owner.personalNumber,
      submitter_name: owner.name,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids.caseId = row.id;
  const file = await s.storedFiles.storeForCase(
    demo.id,
    row.id,
    'intyg.pdf',
    Buffer.from('%PDF-1.4\n%%EOF\n'),
    { allowedMimes: ['application/pdf'], maxBytes: 1000 },
    { kind: 'resident', id: null, name: owner.name },
  );
  assert.ok(file.ok);
  ids.fileId = file.file.id;

  // A restricted officer on specialkost who is not assigned to the case.
  await s.staffUsers.create({
    municipalityId: demo.id,
    username: 'begransad',
    name: 'Bea Begränsad',
    password: 'restricted-pass-1',
    roles: ['officer'],
  });
  const restricted = await s.staffUsers.findForLogin(demo.id, 'begransad');
  const skolmat = await s.db
    .selectFrom('officer_group')
    .select('id')
    .where('municipality_id', '=', demo.id)
    .where('name', '=', 'Skolmat')
    .executeTakeFirstOrThrow();
  await setEServiceOfficers(s.db, demo.id, specialkost.id, [
    { groupId: skolmat.id },
    { userId: restricted?.id as string, restricted: true },
  ]);
  // Another municipality and its admin.
  const other = await s.municipalities.create({ slug: 'grannby', name: 'Grannby kommun' });
  await s.staffUsers.create({
    municipalityId: other.id,
    username: 'admin',
    name: 'Grannbys admin',
    password: 'grannby-admin-1',
    roles: ['admin'],
  });

  clients.set('anonymous', new TestClient(t.app));
  const resident = new TestClient(t.app);
  const token = await s.sessions.login(undefined, {
    kind: 'resident',
    municipalityId: demo.id,
    loginMethod: 'bankid',
    resident: {
      personalNumber: owner.personalNumber,
      name: owner.name,
      givenName: 'Tolvan',
      familyName: 'Tolvansson',
      loa: null,
      providerId: 'test',
    },
  });
  resident.cookies.set('ingang_session', t.app.signCookie(token));
  clients.set('resident', resident);
  clients.set('developer', await staffClient('demo', 'utvecklare', 'demo-utvecklare-2026'));
  clients.set('officerHandling', await staffClient('demo', 'anna', 'demo-handlaggare-2026'));
  clients.set('officerOther', await staffClient('demo', 'erik', 'demo-handlaggare-2026'));
  clients.set('restricted', await staffClient('demo', 'begransad', 'restricted-pass-1'));
  clients.set('admin', await staffClient('demo', 'admin', 'demo-admin-2026'));
  clients.set('foreignAdmin', await staffClient('grannby', 'admin', 'grannby-admin-1'));
});
after(() => t.close());

/** The staff routes under /:kommun/handlaggare, except logging in. */
function staffRoutes() {
  return t.app.routeList
    .filter(
      (r) => r.url.startsWith('/:kommun/handlaggare') && !r.url.includes('/logga-in') && r.method !== 'HEAD',
    )
    .map((r) => ({ ...r, path: fill(r.url) }));
}

function fill(url: string): string {
  if (url.includes(':columnId'))
    url = url
      .replace(':eServiceId', ids.groupEServiceId as string)
      .replace(':versionId', ids.groupVersionId as string)
      .replace(':questionId', 'fs-periods')
      .replace(':columnId', 'fs-period-pay');
  return url
    .replace(':kommun', 'demo')
    .replace(':caseId', ids.caseId as string)
    .replace(':fileId', ids.fileId as string)
    .replace(':eServiceId', ids.eServiceId as string)
    .replace(':versionId', ids.versionId as string)
    .replace(':stepId', ids.stepId as string)
    .replace(':questionId', ids.questionId as string)
    .replace(':draftId', ids.draftId as string);
}

/** Allowed: the route did its work or refused the (empty) input — not the visitor. */
type Verdict = 'allow' | 'login' | 'forbidden' | 'notFound';
function verdictOf(status: number, location: string | undefined): Verdict {
  if (status === 303 && location?.includes('/handlaggare/logga-in')) return 'login';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  return 'allow';
}

/** What each role should get on a route. */
function expected(role: Role, url: string): Verdict {
  const caseRoute = url.includes(':caseId');
  if (url.startsWith('/:kommun/handlaggare/admin')) {
    if (role === 'admin') return 'allow';
    return role === 'anonymous' || role === 'resident' || role === 'foreignAdmin' ? 'login' : 'forbidden';
  }
  if (url.startsWith('/:kommun/handlaggare/bygg')) {
    if (url.includes(':draftId') && (role === 'developer' || role === 'admin')) return 'notFound';
    // The e-service builder: developers and admins, not officers.
    if (role === 'developer' || role === 'admin') return 'allow';
    return role === 'anonymous' || role === 'resident' || role === 'foreignAdmin' ? 'login' : 'forbidden';
  }
  switch (role) {
    case 'anonymous':
    case 'resident':
    case 'foreignAdmin': // a session of another municipality means nothing here
      return 'login';
    case 'developer': // staff, but not an officer: only the overview
      return url === '/:kommun/handlaggare' ? 'allow' : 'forbidden';
    case 'officerOther': // handles other e-services: this case does not exist for them
    case 'restricted': // sees only cases assigned to them
      return caseRoute || (url.includes(':eServiceId') && role === 'officerOther') ? 'notFound' : 'allow';
    case 'officerHandling':
    case 'admin':
      return 'allow';
  }
}

describe('permission matrix over every staff route', () => {
  it('finds the staff routes', () => {
    const routes = staffRoutes();
    assert.ok(routes.length >= 20, `only ${routes.length} staff routes found`);
    const unknown = routes.filter((r) => /:\w+/.test(r.path));
    assert.deepEqual(unknown, [], 'every route parameter has a test value');
  });

  for (const role of ROLES) {
    it(`${role}: allowed or denied as it should be`, async () => {
      const client = clients.get(role) as TestClient;
      const wrong: string[] = [];
      for (const r of staffRoutes()) {
        // Deleting is tried last, so it does not take the case away from the other checks.
        if (r.url.endsWith('/radera') && r.method === 'POST') continue;
        await client.get('/demo/handlaggare/logga-in');
        const res = r.method === 'GET' ? await client.get(r.path) : await client.post(r.path, {});
        const got = verdictOf(res.statusCode, res.headers.location as string | undefined);
        const want = expected(role, r.url);
        if (got !== want) wrong.push(`${r.method} ${r.url}: ${got} (${res.statusCode}), expected ${want}`);
      }
      assert.deepEqual(wrong, []);
    });
  }

  it('nothing above changed the case for those who were denied', async () => {
    const events = await t.services.db
      .selectFrom('case_event')
      .select(['type', 'actor_name'])
      .where('case_id', '=', ids.caseId as string)
      .execute();
    const actors = new Set(events.map((e) => e.actor_name).filter(Boolean));
    for (const denied of ['Erik Handläggare', 'Bea Begränsad', 'Ebba Utvecklare', 'Grannbys admin']) {
      assert.equal(actors.has(denied), false, `${denied} changed the case: ${JSON.stringify(events)}`);
    }
  });
});
