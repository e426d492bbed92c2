import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type CaseListQuery,
  type CaseListTab,
  parseCaseListQuery,
} from '../../../src/domain/cases/case-list-query.ts';
import type { OfficerScope } from '../../../src/domain/cases/officer-scope.ts';
import type { StaffPrincipal } from '../../../src/domain/staff/roles.ts';
import { searchTextFor } from '../../../src/services/officer/case-actions-core.ts';
import { type CaseListFacets, listRanks } from '../../../src/services/officer/case-list.ts';
import { setEServiceOfficers } from '../../../src/services/officer/handlers.ts';
import { loadOfficerScope } from '../../../src/services/officer/scope.ts';
import { testDatabaseKind } from '../../support/db.ts';
import { publishTiny, TINY_DEFINITION } from '../../support/eservice-fixture.ts';
import { type CaseWorld, caseWorld } from './case-actions-support.ts';

const TODAY = '2026-06-15';
const DAY = 86_400_000;
const NOW = Date.now();

interface NewListCase {
  eServiceId: string;
  versionId: string;
  caseNumber: string;
  name: string;
  personalNumber?: string;
  status?: string;
  closed?: boolean;
  officers?: string[];
  colour?: string | null;
  submittedDaysAgo?: number;
  updatedDaysAgo?: number;
  dueDaysFromNow?: number | null;
  summary?: Record<string, string>;
  externalCaseNumber?: string | null;
  municipalityId?: string;
}

describe(`case list (${testDatabaseKind()})`, () => {
  let w: CaseWorld;
  let other: { eServiceId: string; versionId: string };
  let tinyV1: string;
  let tinyV2: string;
  const ids: Record<string, string> = {};

  async function insertCase(c: NewListCase): Promise<string> {
    const municipalityId = c.municipalityId ?? w.municipalityId;
    const personalNumber = c.personalNumber ?? '191212121212';
    const summary = c.summary ?? { name: c.name };
    const row = await w.services.db
      .insertInto('case')
      .values({
        municipality_id: municipalityId,
        case_number: c.caseNumber,
        e_service_id: c.eServiceId,
        version_id: c.versionId,
        status: c.status ?? (c.closed ? 'completed' : 'submitted'),
        answers: '{}',
        summary: JSON.stringify(summary),
        submitter_personal_number: personalNumber,
        submitter_name: c.name,
        concerns_personal_number: personalNumber,
        concerns_name: c.name,
        channel: 'web',
        submitted_at: new Date(NOW - (c.submittedDaysAgo ?? 1) * DAY),
        updated_at: new Date(NOW - (c.updatedDaysAgo ?? c.submittedDaysAgo ?? 1) * DAY),
        closed_at: c.closed ? new Date(NOW - DAY / 2) : null,
        due_at: c.dueDaysFromNow === null ? null : new Date(NOW + (c.dueDaysFromNow ?? 10) * DAY),
        colour: c.colour ?? null,
        external_case_number: c.externalCaseNumber ?? null,
        search_text: searchTextFor({
          case_number: c.caseNumber,
          submitter_personal_number: personalNumber,
          concerns_personal_number: personalNumber,
          submitter_name: c.name,
          concerns_name: c.name,
          external_case_number: c.externalCaseNumber ?? null,
          summary,
        }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const userId of c.officers ?? []) {
      await w.services.db
        .insertInto('case_officer')
        .values({ case_id: row.id, user_id: userId, municipality_id: municipalityId })
        .execute();
    }
    return row.id;
  }

  const scopeOf = (p: StaffPrincipal): Promise<OfficerScope> => loadOfficerScope(w.services.db, p);

  async function list(p: StaffPrincipal, raw: Record<string, string> = {}, lang = 'sv') {
    const scope = await scopeOf(p);
    const q: CaseListQuery = parseCaseListQuery(raw, TODAY).query;
    const facets: CaseListFacets = await w.services.caseList.facets(scope);
    const rows = await w.services.caseList.rows(scope, q, listRanks(facets, lang, 'name'));
    return rows.map((r) => r.case_number);
  }

  async function counts(p: StaffPrincipal, raw: Record<string, string> = {}) {
    const scope = await scopeOf(p);
    return w.services.caseList.counts(scope, parseCaseListQuery(raw, TODAY).query);
  }

  before(async () => {
    w = await caseWorld();
    const { anna, rut, olle } = w.users;
    tinyV1 = (
      await w.services.db
        .selectFrom('e_service_version')
        .select('id')
        .where('e_service_id', '=', w.eServiceId)
        .executeTakeFirstOrThrow()
    ).id;
    const v2 = await w.services.eServices.addVersion(w.municipalityId, w.eServiceId, TINY_DEFINITION);
    await w.services.eServices.publish(w.municipalityId, v2.id);
    tinyV2 = v2.id;
    // A second e-service, "Annan tjänst", handled by Olle only.
    const second = await publishTiny(w.services, w.municipalityId, 'annan');
    await w.services.db
      .updateTable('e_service')
      .set({ name: JSON.stringify({ sv: 'Annan tjänst', en: 'Another service' }) })
      .where('id', '=', second.eService.id)
      .execute();
    await setEServiceOfficers(w.services.db, w.municipalityId, second.eService.id, [{ userId: olle.id }]);
    other = { eServiceId: second.eService.id, versionId: second.versionId };
    const tiny = { eServiceId: w.eServiceId, versionId: tinyV1 };

    // Tiny ("Liten e-tjänst"), handled by Anna and (restricted) Rut.
    ids.a1 = await insertCase({
      ...tiny,
      caseNumber: '2026-00001',
      name: 'Tolvan Tolvansson',
      dueDaysFromNow: -1,
      submittedDaysAgo: 30,
    });
    ids.a2 = await insertCase({
      ...tiny,
      caseNumber: '2026-00002',
      name: 'Britt Svensson',
      personalNumber: '194108249289',
      status: 'in_progress',
      officers: [anna.id],
      colour: 'red',
      submittedDaysAgo: 20,
      updatedDaysAgo: 1,
    });
    ids.a3 = await insertCase({
      ...tiny,
      caseNumber: '2026-00003',
      name: 'Cecilia Rutfall',
      personalNumber: '198112189876',
      status: 'supplement_requested',
      officers: [rut.id],
      submittedDaysAgo: 10,
      updatedDaysAgo: 5,
      externalCaseNumber: 'DNR 2026/123',
    });
    ids.a4 = await insertCase({
      ...tiny,
      caseNumber: '2026-00004',
      name: 'David Klar',
      personalNumber: '197001011234',
      status: 'completed',
      closed: true,
      officers: [anna.id],
      dueDaysFromNow: -5,
      submittedDaysAgo: 40,
      updatedDaysAgo: 3,
      summary: { name: 'David Klar', company: 'Bergs Bageri AB 559123-4561' },
    });
    ids.a5 = await insertCase({
      eServiceId: w.eServiceId,
      versionId: tinyV2,
      caseNumber: '2026-00005',
      name: 'Eva Version',
      personalNumber: '200001012384',
      status: 'rejected',
      closed: true,
      officers: [rut.id, anna.id],
      colour: 'blue',
      submittedDaysAgo: 2,
      updatedDaysAgo: 2,
    });
    // Annan tjänst, handled by Olle.
    ids.b1 = await insertCase({
      ...other,
      caseNumber: '2026-00006',
      name: 'Fredrik Annan',
      submittedDaysAgo: 5,
    });
    // Another municipality: seen by nobody here.
    ids.x1 = await insertCase({
      eServiceId: w.otherEServiceId,
      versionId: (
        await w.services.db
          .selectFrom('e_service_version')
          .select('id')
          .where('e_service_id', '=', w.otherEServiceId)
          .executeTakeFirstOrThrow()
      ).id,
      caseNumber: '2026-00001',
      name: 'Tolvan Tolvansson',
      municipalityId: w.otherMunicipalityId,
    });
    await w.services.db
      .insertInto('case_flag')
      .values({ case_id: ids.a3 as string, user_id: anna.id, municipality_id: w.municipalityId })
      .execute();
  });
  after(() => w.close());

  it('keeps officer_ids in step with case_officer (the trigger)', async () => {
    const { anna, rut } = w.users;
    assert.deepEqual((await w.row(ids.a5 as string)).officer_ids, [rut.id, anna.id]);
    await w.services.db
      .deleteFrom('case_officer')
      .where('case_id', '=', ids.a5 as string)
      .where('user_id', '=', rut.id)
      .execute();
    assert.deepEqual((await w.row(ids.a5 as string)).officer_ids, [anna.id]);
    await w.services.db
      .insertInto('case_officer')
      .values({ case_id: ids.a5 as string, user_id: rut.id, municipality_id: w.municipalityId })
      .execute();
    assert.deepEqual((await w.row(ids.a5 as string)).officer_ids, [anna.id, rut.id]);
  });

  describe('who sees what, per tab', () => {
    const expectTabs = async (p: StaffPrincipal, expected: Record<CaseListTab, string[]>) => {
      const c = await counts(p);
      for (const [tab, numbers] of Object.entries(expected)) {
        assert.deepEqual(
          (await list(p, { tab, sort: 'case_number' })).sort(),
          [...numbers].sort(),
          `${p.username} ${tab}`,
        );
        assert.deepEqual(
          c[tab as CaseListTab],
          { count: numbers.length, capped: false },
          `${p.username} count ${tab}`,
        );
      }
    };

    it('an officer sees every case of the e-services they handle', async () => {
      await expectTabs(w.users.anna, {
        all: ['2026-00001', '2026-00002', '2026-00003', '2026-00004', '2026-00005'],
        unassigned: ['2026-00001'],
        overdue: ['2026-00001'],
        mine: ['2026-00002', '2026-00004', '2026-00005'],
        flagged: ['2026-00003'],
        in_progress: ['2026-00002', '2026-00003'],
      });
    });

    it('a restricted officer sees only the cases assigned to them', async () => {
      await expectTabs(w.users.rut, {
        all: ['2026-00003', '2026-00005'],
        unassigned: [],
        overdue: [],
        mine: ['2026-00003', '2026-00005'],
        flagged: [],
        in_progress: ['2026-00003'],
      });
    });

    it('an officer of another e-service sees only its cases; an admin sees the whole municipality', async () => {
      await expectTabs(w.users.olle, {
        all: ['2026-00006'],
        unassigned: ['2026-00006'],
        overdue: [],
        mine: [],
        flagged: [],
        in_progress: [],
      });
      const admin = await list(w.users.admin, { sort: 'case_number' });
      assert.deepEqual(admin, [
        '2026-00001',
        '2026-00002',
        '2026-00003',
        '2026-00004',
        '2026-00005',
        '2026-00006',
      ]);
    });

    it('nothing crosses municipalities', async () => {
      assert.deepEqual(await list(w.users.nils), ['2026-00001']);
      const rows = await w.services.caseList.rows(
        await scopeOf(w.users.nils),
        parseCaseListQuery({}, TODAY).query,
        { eServices: [], statuses: [], officers: [] },
      );
      assert.equal(rows[0]?.id, ids.x1);
      // An e-service id of another municipality in the filter shows nothing.
      assert.deepEqual(await list(w.users.admin, { eservice: w.otherEServiceId }), []);
    });
  });

  describe('filters', () => {
    it('by e-service, version, status, colour and submitted dates, with a tab', async () => {
      const { admin, anna } = w.users;
      assert.deepEqual(await list(admin, { eservice: other.eServiceId }), ['2026-00006']);
      assert.deepEqual(await list(admin, { version: tinyV2 }), ['2026-00005']);
      assert.deepEqual(await list(admin, { eservice: w.eServiceId, version: tinyV1, sort: 'case_number' }), [
        '2026-00001',
        '2026-00002',
        '2026-00003',
        '2026-00004',
      ]);
      assert.deepEqual(await list(admin, { status: 'in_progress' }), ['2026-00002']);
      assert.deepEqual(await list(admin, { colour: 'red' }), ['2026-00002']);
      const day = (n: number) =>
        new Date(NOW - n * DAY).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
      assert.deepEqual(await list(admin, { from: day(25), to: day(6), sort: 'case_number' }), [
        '2026-00002',
        '2026-00003',
      ]);
      assert.deepEqual(await list(anna, { tab: 'mine', colour: 'blue' }), ['2026-00005']);
      const c = await counts(anna, { colour: 'red' });
      assert.deepEqual(c.all, { count: 1, capped: false });
      assert.deepEqual(c.mine, { count: 1, capped: false });
      assert.deepEqual(c.unassigned, { count: 0, capped: false });
    });

    it('reads malformed filters as no filter and says so', () => {
      const r = parseCaseListQuery(
        {
          eservice: 'x',
          version: "1' OR 1=1",
          status: 'a b',
          from: '2026-02-30',
          to: 'igår',
          tab: 'nope',
          sort: 'x',
          page: '-3',
        },
        TODAY,
      );
      assert.equal(r.query.eServiceId, null);
      assert.equal(r.query.versionId, null);
      assert.equal(r.query.status, null);
      assert.equal(r.query.tab, 'all');
      assert.equal(r.query.sort, 'submitted');
      assert.equal(r.query.page, 1);
      assert.deepEqual(
        r.problems.map((p) => `${p.field}:${p.code}`),
        ['from:invalidDate', 'to:invalidDate'],
      );
      const order = parseCaseListQuery({ from: '2026-03-10', to: '2026-03-01' }, TODAY);
      assert.deepEqual(order.problems, [{ field: 'to', code: 'dateOrder' }]);
    });
  });

  describe('search', () => {
    const search = (q: string) => list(w.users.admin, { q, sort: 'case_number' });

    it('finds a personnummer typed with or without century and dash', async () => {
      for (const q of ['19121212-1212', '191212121212', '121212-1212', '1212121212', '121212+1212']) {
        assert.deepEqual(await search(q), ['2026-00001', '2026-00006'], q);
      }
      assert.deepEqual(await search('20000101-2384'), ['2026-00005']);
      assert.deepEqual(await search('000101-2384'), ['2026-00005']);
    });

    it('finds case numbers, names, name fragments, external case numbers, organisation numbers and summary fields', async () => {
      assert.deepEqual(await search('2026-00003'), ['2026-00003']);
      assert.deepEqual(await search('svensson'), ['2026-00002']);
      assert.deepEqual(await search('SVENS'), ['2026-00002']);
      assert.deepEqual(await search('britt svens'), ['2026-00002']);
      assert.deepEqual(await search('britt klar'), []);
      assert.deepEqual(await search('DNR 2026/123'), ['2026-00003']);
      assert.deepEqual(await search('559123-4561'), ['2026-00004']);
      assert.deepEqual(await search('5591234561'), ['2026-00004']);
      assert.deepEqual(await search('bageri'), ['2026-00004']);
    });

    it('keeps to what the officer may see, and treats LIKE wildcards as text', async () => {
      assert.deepEqual(await list(w.users.rut, { q: 'tolvan' }), []);
      assert.deepEqual(await list(w.users.olle, { q: '191212121212' }), ['2026-00006']);
      assert.deepEqual(await search('%%%'), []);
      assert.deepEqual(await search('___'), []);
      const c = await counts(w.users.anna, { q: 'tolvan' });
      assert.deepEqual(c.all, { count: 1, capped: false });
      assert.deepEqual(c.unassigned, { count: 1, capped: false });
      assert.deepEqual(c.mine, { count: 0, capped: false });
    });

    it('asks for at least three characters', () => {
      const r = parseCaseListQuery({ q: 'ab' }, TODAY);
      assert.deepEqual(r.problems, [{ field: 'q', code: 'searchTooShort' }]);
      assert.deepEqual(r.query.terms, []);
    });
  });

  describe('sorting', () => {
    const admin = () => w.users.admin;

    it('by case number, submitted and last changed, both ways', async () => {
      const all = ['2026-00001', '2026-00002', '2026-00003', '2026-00004', '2026-00005', '2026-00006'];
      assert.deepEqual(await list(admin(), { sort: 'case_number' }), all);
      assert.deepEqual(await list(admin(), { sort: 'case_number', dir: 'desc' }), [...all].reverse());
      // Submitted 40, 30, 20, 10, 5, 2 days ago: newest first by default.
      assert.deepEqual(await list(admin()), [
        '2026-00005',
        '2026-00006',
        '2026-00003',
        '2026-00002',
        '2026-00001',
        '2026-00004',
      ]);
      assert.deepEqual(await list(admin(), { sort: 'submitted', dir: 'asc' }), [
        '2026-00004',
        '2026-00001',
        '2026-00002',
        '2026-00003',
        '2026-00006',
        '2026-00005',
      ]);
      // Changed 1, 2, 3, 5, 5, 30 days ago.
      const byUpdated = await list(admin(), { sort: 'updated' });
      assert.deepEqual(byUpdated.slice(0, 3), ['2026-00002', '2026-00005', '2026-00004']);
      assert.equal(byUpdated.at(-1), '2026-00001');
    });

    it('by e-service and status name in the reader language', async () => {
      const byService = await list(admin(), { sort: 'e_service' });
      assert.equal(byService[0], '2026-00006', 'Annan tjänst before Liten e-tjänst');
      assert.equal((await list(admin(), { sort: 'e_service', dir: 'desc' })).at(-1), '2026-00006');
      // Swedish: Avslag, Inskickat ×3, Klart, Komplettering begärd, Under behandling.
      assert.deepEqual(await list(admin(), { sort: 'status' }), [
        '2026-00005',
        '2026-00006',
        '2026-00001',
        '2026-00004',
        '2026-00003',
        '2026-00002',
      ]);
      // English: Completed, In progress, Rejected, Submitted ×3, Supplement requested.
      assert.deepEqual(await list(admin(), { sort: 'status' }, 'en'), [
        '2026-00004',
        '2026-00002',
        '2026-00005',
        '2026-00006',
        '2026-00001',
        '2026-00003',
      ]);
    });

    it('shows a status the set no longer has when sorting by status', async () => {
      const id = await insertCase({
        eServiceId: other.eServiceId,
        versionId: other.versionId,
        caseNumber: '2026-00099',
        name: 'Gammal Status',
        status: 'old_status',
      });
      try {
        const sorted = await list(admin(), { sort: 'status' });
        assert.equal(sorted.length, 7);
        assert.equal(sorted.at(-1), '2026-00099');
      } finally {
        await w.services.db.deleteFrom('case').where('id', '=', id).execute();
      }
    });

    it('by the first officer, unassigned first', async () => {
      // Anna Andersson before Rut Restriktiv; 00005 has Anna first since the trigger test.
      assert.deepEqual(await list(admin(), { sort: 'officers' }), [
        '2026-00006',
        '2026-00001',
        '2026-00005',
        '2026-00002',
        '2026-00004',
        '2026-00003',
      ]);
    });

    it('pages through a long list without gaps or repeats, in every order', async () => {
      const created: string[] = [];
      for (let i = 0; i < 120; i++) {
        created.push(
          await insertCase({
            eServiceId: other.eServiceId,
            versionId: other.versionId,
            caseNumber: `2025-${String(i).padStart(5, '0')}`,
            name: `Person ${i}`,
            status: i % 2 ? 'submitted' : 'in_progress',
            submittedDaysAgo: 50 + (i % 7),
          }),
        );
      }
      try {
        for (const sort of ['submitted', 'case_number', 'status', 'e_service', 'officers', 'updated']) {
          const pages = [
            ...(await list(admin(), { sort, page: '1' })),
            ...(await list(admin(), { sort, page: '2' })),
            ...(await list(admin(), { sort, page: '3' })),
          ];
          assert.equal(pages.length, 126, sort);
          assert.equal(new Set(pages).size, 126, sort);
        }
        assert.deepEqual((await counts(admin())).all, { count: 126, capped: false });
      } finally {
        await w.services.db.deleteFrom('case').where('id', 'in', created).execute();
      }
    });
  });
});
