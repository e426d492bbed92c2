/** The handling-settings service on a real database: reads, saves, refusals, audit, municipality bounds. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import { rowsOfStatusSet } from '../../../src/domain/builder/settings/statuses.ts';
import { STANDARD_STATUSES } from '../../../src/domain/cases/statuses.ts';
import { createServices, type Services } from '../../../src/services/index.ts';
import { caseSettings } from '../../../src/services/officer/case-view-settings.ts';
import { exportColumns } from '../../../src/services/officer/export-excel-sheet.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/db.ts';
import { publishTiny } from '../../support/eservice-fixture.ts';

let services: Services;
let close: () => Promise<void>;
let m: string;
let otherM: string;
const actor = { id: 'dev-1', name: 'Dana Utvecklare' };

before(async () => {
  const db = await createTestDatabase();
  close = db.close;
  services = createServices(db, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
  m = (await services.municipalities.create({ slug: 'installby', name: 'Installby' })).id;
  otherM = (await services.municipalities.create({ slug: 'grannby', name: 'Grannby' })).id;
});
after(() => close());

const s = () => services.builderSettings;

async function changes(eServiceId: string) {
  return (await services.builderVersions.history(m, eServiceId))
    .filter((h) => h.action === 'eservice.settings.saved')
    .map((h) => h.details.change);
}

describe(`handling settings (${testDatabaseKind()})`, () => {
  it('reads the defaults: standard statuses, default palette, questions of the published version', async () => {
    const { eService } = await publishTiny(services, m, 'defaults');
    const r = await s().read(m, eService.id);
    assert.ok(r);
    assert.equal(r.standardStatuses, true);
    assert.deepEqual(r.statusSet, STANDARD_STATUSES);
    assert.deepEqual(r.colourLabels, []);
    assert.equal(r.handling.purgeRule, null);
    assert.equal(r.exportColumns, null);
    assert.equal(r.questionsVersion, 1);
    assert.ok(r.questions.length > 0);
    assert.ok(r.questions.every((q) => q.type !== 'info'));
    assert.equal(await s().read(otherM, eService.id), undefined, 'another municipality does not see it');
  });

  it('saves a status set that the officer side reads, audits it, and clears a purge rule whose status went', async () => {
    const { eService } = await publishTiny(services, m, 'statuses');
    const rows = [
      ...rowsOfStatusSet(STANDARD_STATUSES).filter((r) => r.key !== 'rejected'),
      {
        key: '',
        sv: 'Vilande',
        en: 'Dormant',
        colour: 'grey',
        applicantMayEdit: false,
        mayDelete: true,
        closed: false,
      },
    ];
    assert.deepEqual(
      await s().saveHandling(
        m,
        eService.id,
        {
          handleWithinDays: '',
          manualCasesAllowed: 'yes',
          answersEditable: 'yes',
          purgeStatus: 'rejected',
          purgeDays: '90',
        },
        actor,
      ),
      { ok: true },
    );
    assert.deepEqual(await s().saveStatusSet(m, eService.id, rows, actor), { ok: true });
    const officerSide = await caseSettings(services.db, m, eService.id);
    assert.ok(officerSide?.statusSet.some((x) => x.key === 'vilande' && x.mayDelete));
    assert.ok(!officerSide?.statusSet.some((x) => x.key === 'rejected'));
    const r = await s().read(m, eService.id);
    assert.equal(r?.handling.purgeRule, null, 'the rule named a status that is gone');
    assert.deepEqual(await changes(eService.id), ['statusSet', 'handling']);
    // Another municipality cannot save it.
    assert.deepEqual(await s().saveStatusSet(otherM, eService.id, rows, actor), {
      ok: false,
      reason: 'notFound',
    });
  });

  it('refuses removing a status that cases have and changes nothing', async () => {
    const { eService, versionId } = await publishTiny(services, m, 'in-use');
    for (let i = 0; i < 2; i++) {
      await services.db
        .insertInto('case')
        .values({
          municipality_id: m,
          case_number: `IU-${i}`,
          e_service_id: eService.id,
          version_id: versionId,
          status: 'approved',
          answers: '{}',
          channel: 'paper',
        })
        .execute();
    }
    const rows = rowsOfStatusSet(STANDARD_STATUSES).filter((r) => r.key !== 'approved');
    const r = await s().saveStatusSet(m, eService.id, rows, actor);
    assert.ok(!r.ok && r.reason === 'invalid');
    assert.deepEqual(r.problems, [
      { field: 'statuses', code: 'inUse', params: { name: 'Beviljat', count: 2 } },
    ]);
    assert.equal((await s().read(m, eService.id))?.standardStatuses, true);
    assert.deepEqual(await changes(eService.id), []);
  });

  it('saves colour labels, summary keys and export columns that the existing readers use', async () => {
    const { eService } = await publishTiny(services, m, 'columns');
    const before = await s().read(m, eService.id);
    assert.ok(before);
    const [a, b] = before.questions.map((q) => q.key) as [string, string];
    assert.deepEqual(
      await s().saveColourLabels(m, eService.id, [{ colour: 'green', sv: 'Klar för beslut', en: '' }], actor),
      { ok: true },
    );
    assert.deepEqual(await s().saveSummaryKeys(m, eService.id, [b, a], actor), { ok: true });
    assert.deepEqual(
      await s().saveExportColumns(
        m,
        eService.id,
        'chosen',
        [
          { key: b, chosen: true, title: 'Andra' },
          { key: a, chosen: false, title: '' },
        ],
        actor,
      ),
      { ok: true },
    );
    const officerSide = await caseSettings(services.db, m, eService.id);
    assert.deepEqual(officerSide?.colourLabels, [{ key: 'green', meaning: { sv: 'Klar för beslut' } }]);
    const info = await services.eServices.byId(m, eService.id);
    assert.deepEqual(info?.summaryKeys, [b, a]);
    const after = await s().read(m, eService.id);
    assert.deepEqual(after?.exportColumns, [{ key: b, title: 'Andra' }]);
    // The Excel export reads the stored columns: the fixed ones, then the chosen one under its name.
    const row = await services.db
      .selectFrom('e_service')
      .select(['status_set', 'export_columns'])
      .where('id', '=', eService.id)
      .executeTakeFirstOrThrow();
    const v = await services.eServices.publishedVersion(m, eService.id);
    assert.ok(v);
    const headers = exportColumns(v.definition, {
      statusSet: row.status_set,
      exportColumns: row.export_columns,
    }).map((c) => c.header);
    assert.equal(headers.at(-1), 'Andra');
    assert.equal(headers.length, 7);
    const bad = await s().saveSummaryKeys(m, eService.id, ['nope'], actor);
    assert.ok(!bad.ok && bad.reason === 'invalid');
    assert.deepEqual(await changes(eService.id), ['exportColumns', 'summaryKeys', 'colourLabels']);
  });

  it('an exported e-service carries its purge rule into the importing municipality', async () => {
    const { eService } = await publishTiny(services, m, 'shared-purge');
    await s().saveHandling(
      m,
      eService.id,
      {
        handleWithinDays: '',
        manualCasesAllowed: 'yes',
        answersEditable: 'yes',
        purgeStatus: 'completed',
        purgeDays: '730',
      },
      actor,
    );
    const pkg = await services.builderSharing.exportEService(m, eService.id);
    assert.ok(pkg);
    assert.deepEqual(pkg.eService.purgeRule, { status: 'completed', days: 730 });
    const imported = await services.builderSharing.importEService(otherM, JSON.parse(JSON.stringify(pkg)));
    assert.ok(imported.ok);
    const r = await s().read(otherM, imported.value.eServiceId);
    assert.deepEqual(r?.handling.purgeRule, { status: 'completed', days: 730 });
    // An older package without the property still imports, with no rule; a bad rule is refused.
    const { purgeRule: _gone, ...older } = pkg.eService;
    const old = await services.builderSharing.importEService(otherM, {
      ...pkg,
      eService: { ...older, slug: 'older' },
    });
    assert.ok(old.ok);
    assert.equal((await s().read(otherM, old.value.eServiceId))?.handling.purgeRule, null);
    const bad = await services.builderSharing.importEService(otherM, {
      ...pkg,
      eService: { ...pkg.eService, slug: 'bad-rule', purgeRule: { status: 'completed', days: 0 } },
    });
    assert.ok(!bad.ok);
    assert.ok(bad.error.some((p) => p.path === '/eService/purgeRule/days'));
  });
});
