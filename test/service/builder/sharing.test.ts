import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EServicePackage } from '../../../src/domain/builder/eservice-package.ts';
import type { Services } from '../../../src/services/index.ts';
import { startSeededServices } from '../../support/seeded-services.ts';

let services: Services;
let close: () => Promise<void>;
let a: string;
let b: string;
let kulturskolan: string;

const KULTUR = 'kulturskolan-ansokan';

async function eServiceCount(m: string): Promise<number> {
  const rows = await services.db
    .selectFrom('e_service')
    .select('id')
    .where('municipality_id', '=', m)
    .execute();
  return rows.length;
}

function withoutExportedAt(doc: EServicePackage | undefined) {
  assert.ok(doc);
  const { exportedAt: _t, ...rest } = JSON.parse(JSON.stringify(doc)) as EServicePackage;
  return rest;
}

before(async () => {
  ({ services, close, demoId: a } = await startSeededServices());
  b = (await services.municipalities.create({ slug: 'grannby', name: 'Grannby kommun' })).id;
  kulturskolan = (await services.eServices.bySlug(a, KULTUR))?.id ?? '';
  // Give Kulturskolan every kind of setting and three versions: retired, published, draft.
  await services.db
    .updateTable('e_service')
    .set({
      status_set: JSON.stringify([
        { key: 'submitted', name: { sv: 'Inkommen' }, colour: 'blue' },
        { key: 'done', name: { sv: 'Klar' }, closed: true, colour: 'green' },
      ]),
      colour_labels: JSON.stringify([{ key: 'red', meaning: { sv: 'Brådskande' } }]),
      export_columns: JSON.stringify([{ key: 'school', title: 'Skola' }]),
      answers_editable: false,
      manual_cases_allowed: true,
      notification_settings: JSON.stringify({
        caseSubmitted: { sms: true },
        functionMailbox: { address: 'kultur@demo.kommun.example', events: ['newCase'] },
      }),
    })
    .where('id', '=', kulturskolan)
    .execute();
  await services.db
    .insertInto('notification_template')
    .values({
      municipality_id: a,
      e_service_id: kulturskolan,
      event: 'caseSubmitted',
      channel: 'email',
      lang: 'sv',
      subject: 'Tack för din ansökan',
      body: 'Vi har tagit emot ansökan {caseNumber}.',
    })
    .execute();
  const v1 = await services.eServices.publishedVersion(a, kulturskolan);
  assert.ok(v1);
  const v2 = await services.eServices.addVersion(a, kulturskolan, v1.definition);
  await services.eServices.publish(a, v2.id);
  await services.eServices.addVersion(a, kulturskolan, v1.definition);
});
after(() => close());

describe('exporting an e-service', () => {
  it('holds every version, texts and settings, and nothing of the installation', async () => {
    const doc = await services.builderSharing.exportEService(a, kulturskolan);
    assert.ok(doc);
    assert.equal(doc.format, 'ingang.eservice');
    assert.deepEqual(
      doc.versions.map((v) => [v.number, v.status]),
      [
        [1, 'retired'],
        [2, 'published'],
        [3, 'draft'],
      ],
    );
    assert.equal(doc.eService.slug, KULTUR);
    assert.equal(doc.eService.manualCasesAllowed, true);
    assert.deepEqual(doc.eService.notificationSettings, { caseSubmitted: { sms: true } });
    assert.equal(doc.eService.notificationTemplates.length, 1);
    // The demo rules: Björkskolan to Erik (a person, left out), the rest to the group Kulturskolan.
    assert.ok(doc.eService.assignmentRules.length > 0);
    assert.ok(doc.eService.assignmentRules.every((r) => r.group === 'Kulturskolan'));
    assert.deepEqual(doc.eService.handlerGroups, [{ group: 'Kulturskolan', restricted: false }]);
    const text = JSON.stringify(doc);
    const ids = await services.db.selectFrom('staff_user').select('id').execute();
    const groups = await services.db.selectFrom('officer_group').select('id').execute();
    for (const id of [a, kulturskolan, ...ids.map((r) => r.id), ...groups.map((r) => r.id)]) {
      assert.ok(!text.includes(id), `the document names ${id}`);
    }
    assert.ok(!text.includes('kultur@demo.kommun.example'), 'the function mailbox stays home');
  });

  it('is undefined for another municipality’s e-service', async () => {
    assert.equal(await services.builderSharing.exportEService(b, kulturskolan), undefined);
  });
});

describe('importing an e-service', () => {
  it('round-trips: export from A, import into B, export from B gives the same document', async () => {
    await services.staffUsers.createGroup(b, 'Kulturskolan', []);
    // Offered in Somali too, and the published version translated after publishing (an overlay).
    const actor = {
      id: (await services.db.selectFrom('staff_user').select('id').executeTakeFirstOrThrow()).id,
      name: 'Ebba',
    };
    await services.builderOfferedLanguages.save(a, kulturskolan, ['sv', 'en', 'so'], actor);
    const published = await services.eServices.publishedVersion(a, kulturskolan);
    assert.ok(published);
    const texts = await services.builderTranslations.exportTexts(a, published.id, 'so');
    assert.ok(texts);
    const first = texts.rows[0];
    assert.ok(first);
    const translated = await services.builderTranslations.importTexts(
      a,
      published.id,
      { ...texts, rows: [{ ...first, text: 'Codsiga dugsiga fanka' }] },
      actor,
    );
    assert.ok(translated.ok, JSON.stringify(!translated.ok && translated.error));
    const fromA = await services.builderSharing.exportEService(a, kulturskolan);
    assert.deepEqual(fromA?.eService.offeredLanguages, ['sv', 'en', 'so']);
    assert.ok(JSON.stringify(fromA?.versions[1]).includes('Codsiga dugsiga fanka'), 'the overlay travels');
    const imported = await services.builderSharing.importEService(b, JSON.parse(JSON.stringify(fromA)));
    assert.ok(imported.ok, JSON.stringify(!imported.ok && imported.error));
    assert.deepEqual(imported.value.dropped, { handlerGroups: [], assignmentRules: [] });
    assert.deepEqual(
      imported.value.versions.map((v) => [v.number, v.status]),
      [
        [1, 'retired'],
        [2, 'published'],
        [3, 'draft'],
      ],
    );
    const fromB = await services.builderSharing.exportEService(b, imported.value.eServiceId);
    assert.deepEqual(withoutExportedAt(fromB), withoutExportedAt(fromA));
    // Residents of B get the published version, with its Somali text.
    const inB = await services.eServices.publishedVersion(b, imported.value.eServiceId);
    assert.equal(inB?.number, 2);
    assert.ok(JSON.stringify(inB?.definition).includes('Codsiga dugsiga fanka'));
    assert.deepEqual((await services.eServices.byId(b, imported.value.eServiceId))?.offeredLanguages, [
      'sv',
      'en',
      'so',
    ]);
    const catalogue = await services.eServices.listPublished(b);
    assert.deepEqual(
      catalogue.map((c) => c.eService.slug),
      [KULTUR],
    );
    // The group rules point at B's own group.
    const row = await services.db
      .selectFrom('e_service')
      .select('assignment_rules')
      .where('id', '=', imported.value.eServiceId)
      .executeTakeFirstOrThrow();
    const bGroup = await services.db
      .selectFrom('officer_group')
      .select('id')
      .where('municipality_id', '=', b)
      .executeTakeFirstOrThrow();
    assert.ok((row.assignment_rules as { groupId: string }[]).every((r) => r.groupId === bGroup.id));
  });

  it('refuses a slug that is taken, and imports under another one when asked', async () => {
    const doc = await services.builderSharing.exportEService(a, kulturskolan);
    const before = await eServiceCount(a);
    const clash = await services.builderSharing.importEService(a, doc);
    assert.deepEqual(!clash.ok && clash.error, [
      { path: '/eService/slug', code: 'slugTaken', params: { slug: KULTUR } },
    ]);
    assert.equal(await eServiceCount(a), before);
    const copy = await services.builderSharing.importEService(a, doc, { slug: 'kulturskolan-kopia' });
    assert.ok(copy.ok);
    assert.equal(await eServiceCount(a), before + 1);
  });

  it('drops what names a group the municipality does not have, and says so', async () => {
    const c = (await services.municipalities.create({ slug: 'tredje', name: 'Tredje kommun' })).id;
    const doc = await services.builderSharing.exportEService(a, kulturskolan);
    assert.ok(doc);
    const r = await services.builderSharing.importEService(c, doc);
    assert.ok(r.ok);
    assert.deepEqual(r.value.dropped.handlerGroups, ['Kulturskolan']);
    assert.equal(r.value.dropped.assignmentRules.length, doc.eService.assignmentRules.length);
    const handlers = await services.db
      .selectFrom('e_service_officer')
      .select('id')
      .where('e_service_id', '=', r.value.eServiceId)
      .execute();
    assert.equal(handlers.length, 0);
  });

  it('refuses a tampered document with its problems and creates nothing', async () => {
    const doc = JSON.parse(JSON.stringify(await services.builderSharing.exportEService(a, kulturskolan)));
    doc.versions[2].definition.steps[0].questions[0].visibleWhen = { eval: 'x' };
    doc.eService.cases = [];
    const c = (await services.municipalities.create({ slug: 'fjarde', name: 'Fjärde kommun' })).id;
    const r = await services.builderSharing.importEService(c, doc);
    assert.ok(!r.ok);
    assert.ok(r.error.some((p) => p.path === '/eService/cases' && p.code === 'unknownProperty'));
    assert.ok(
      r.error.some((p) => p.path.startsWith('/versions/2/definition/steps/0/questions/0/visibleWhen')),
    );
    assert.equal(await eServiceCount(c), 0);
  });

  it('rolls back everything when a write fails half-way', async () => {
    const doc = JSON.parse(JSON.stringify(await services.builderSharing.exportEService(a, kulturskolan)));
    // Passes the format check but breaks a database rule (a template's event is unique per channel and language).
    doc.eService.notificationTemplates.push({ ...doc.eService.notificationTemplates[0] });
    const c = (await services.municipalities.create({ slug: 'femte', name: 'Femte kommun' })).id;
    await assert.rejects(services.builderSharing.importEService(c, doc));
    assert.equal(await eServiceCount(c), 0);
  });
});
