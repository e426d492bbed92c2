import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import { createServices, type Services } from '../../../src/services/index.ts';
import { createTestDatabase } from '../../support/db.ts';
import { publishTiny } from '../../support/eservice-fixture.ts';

let services: Services;
let close: () => Promise<void>;
let m: string;
let other: string;
let sourceId: string;
let publishedId: string;
const actor = { id: '00000000-0000-4000-8000-000000000001', name: 'Ebba Utvecklare' };

before(async () => {
  const db = await createTestDatabase();
  close = db.close;
  services = createServices(db, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
  m = (await services.municipalities.create({ slug: 'provby', name: 'Provby kommun' })).id;
  other = (await services.municipalities.create({ slug: 'annanby', name: 'Annanby kommun' })).id;
  const tiny = await publishTiny(services, m);
  sourceId = tiny.eService.id;
  publishedId = tiny.versionId;
  await services.db
    .updateTable('e_service')
    .set({
      status_set: JSON.stringify([
        { key: 'submitted', name: { sv: 'Inkommen' }, colour: 'blue' },
        { key: 'done', name: { sv: 'Klar' }, closed: true, colour: 'green' },
      ]),
      handle_within_days: 14,
      manual_cases_allowed: true,
      offered_languages: ['sv', 'en'],
      purge_rule: JSON.stringify({ status: 'done', days: 30 }),
    })
    .where('id', '=', sourceId)
    .execute();
  // A draft version 2 besides the published 1, a resident draft and a case: none of them travel.
  const d = await services.builderVersions.newDraftFromCurrent(m, sourceId, actor);
  assert.ok(d.ok);
  await services.drafts.start(m, sourceId, { kind: 'anonymous', sessionHash: 'c'.repeat(64) });
  await services.db
    .insertInto('case')
    .values({
      municipality_id: m,
      case_number: '2026-00001',
      e_service_id: sourceId,
      version_id: publishedId,
      status: 'submitted',
      answers: JSON.stringify({ name: 'Åsa' }),
      channel: 'web',
    })
    .execute();
});
after(() => close());

describe('copying an e-service', () => {
  it('copies descriptions, settings and the current version as draft version 1; no cases, drafts or history', async () => {
    const r = await services.builderCopy(
      m,
      sourceId,
      { slug: 'tiny-kopia', name: { sv: 'Kopia av liten', en: 'Copy of tiny' } },
      actor,
    );
    assert.ok(r.ok);
    const copy = await services.eServices.byId(m, r.eServiceId);
    const source = await services.eServices.byId(m, sourceId);
    assert.ok(copy && source);
    assert.equal(copy.slug, 'tiny-kopia');
    assert.deepEqual(copy.name, { sv: 'Kopia av liten', en: 'Copy of tiny' });
    assert.deepEqual(copy.description, source.description);
    assert.deepEqual(copy.category, source.category);
    assert.deepEqual(copy.personalData, source.personalData);
    assert.deepEqual(copy.summaryKeys, source.summaryKeys);
    assert.equal(copy.handleWithinDays, 14);
    assert.deepEqual(copy.offeredLanguages, ['sv', 'en']);
    const rows = await services.db
      .selectFrom('e_service')
      .select(['id', 'status_set', 'manual_cases_allowed', 'purge_rule', 'assignment_rules'])
      .where('id', 'in', [sourceId, r.eServiceId])
      .execute();
    const [a, b] = [rows.find((x) => x.id === sourceId), rows.find((x) => x.id === r.eServiceId)];
    assert.deepEqual(b?.status_set, a?.status_set);
    assert.equal(b?.manual_cases_allowed, true);
    assert.deepEqual(b?.purge_rule, { status: 'done', days: 30 });

    const versions = await services.db
      .selectFrom('e_service_version')
      .select(['id', 'number', 'status'])
      .where('e_service_id', '=', r.eServiceId)
      .execute();
    assert.deepEqual(versions, [{ id: r.versionId, number: 1, status: 'draft' }]);
    const copied = await services.builderVersions.getVersion(m, r.eServiceId, r.versionId);
    const published = await services.eServices.version(m, publishedId);
    assert.deepEqual(copied?.definition, published?.definition);

    for (const table of ['case', 'draft'] as const) {
      const n = await services.db
        .selectFrom(table)
        .select('id')
        .where('e_service_id', '=', r.eServiceId)
        .execute();
      assert.equal(n.length, 0, `no ${table} copied`);
    }
    // History: only "copied from" on the copy; "copied to" added on the source.
    const history = await services.builderVersions.history(m, r.eServiceId);
    assert.deepEqual(
      history.map((h) => [h.action, h.details.change]),
      [['eservice.copied', 'copiedFrom']],
    );
    assert.equal(history[0]?.details.slug, 'tiny');
    const sourceHistory = await services.builderVersions.history(m, sourceId);
    assert.ok(sourceHistory.some((h) => h.details.change === 'copiedTo' && h.details.slug === 'tiny-kopia'));
  });

  it('refuses a taken or invalid address and an unknown or foreign e-service, creating nothing', async () => {
    const before = (await services.db.selectFrom('e_service').select('id').execute()).length;
    const name = { sv: 'X' };
    assert.deepEqual(await services.builderCopy(m, sourceId, { slug: 'tiny', name }, actor), {
      ok: false,
      reason: 'slugTaken',
    });
    assert.deepEqual(await services.builderCopy(m, sourceId, { slug: 'Ogiltig adress', name }, actor), {
      ok: false,
      reason: 'invalidSlug',
    });
    assert.deepEqual(await services.builderCopy(other, sourceId, { slug: 'ny-adress', name }, actor), {
      ok: false,
      reason: 'notFound',
    });
    assert.deepEqual(await services.builderCopy(m, 'nope', { slug: 'ny-adress', name }, actor), {
      ok: false,
      reason: 'notFound',
    });
    assert.equal((await services.db.selectFrom('e_service').select('id').execute()).length, before);
  });
});
