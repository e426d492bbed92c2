import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import { createServices, type Services } from '../../../src/services/index.ts';
import { setEServiceOfficers } from '../../../src/services/officer/handlers.ts';
import { createTestDatabase } from '../../support/db.ts';
import { TINY_DEFINITION, TINY_ESERVICE } from '../../support/eservice-fixture.ts';

let services: Services;
let close: () => Promise<void>;
let m: string;
let officerId: string;
const actor = { id: 'dev-1', name: 'Dana Utvecklare' };

before(async () => {
  const db = await createTestDatabase();
  close = db.close;
  services = createServices(db, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
  m = (await services.municipalities.create({ slug: 'builder', name: 'Byggkommun' })).id;
  officerId = (
    await services.staffUsers.create({
      municipalityId: m,
      username: 'olle',
      password: 'byggare-lösenord-2026',
      name: 'Olle Handläggare',
      email: 'olle@example.se',
      roles: ['officer'],
    })
  ).id;
});
after(() => close());

async function newEService(slug: string) {
  const e = await services.eServices.create(m, { ...TINY_ESERVICE, slug });
  return e.id;
}

const v = () => services.builderVersions;

describe('builder versions', () => {
  it('makes a first draft from nothing, and returns the same draft when asked again', async () => {
    const e = await newEService('from-nothing');
    const first = await v().newDraftFromCurrent(m, e, actor);
    assert.ok(first.ok);
    assert.equal(first.created, true);
    assert.equal(first.number, 1);
    const again = await v().newDraftFromCurrent(m, e, actor);
    assert.deepEqual(again, { ok: true, id: first.id, number: 1, created: false });
    assert.deepEqual(await v().newDraftFromCurrent(m, '00000000-0000-4000-8000-000000000000', actor), {
      ok: false,
      reason: 'notFound',
    });
  });

  it('saves only valid drafts, refuses with the schema problems, and never touches a published version', async () => {
    const e = await newEService('save');
    const d = await v().newDraftFromCurrent(m, e, actor);
    assert.ok(d.ok);
    assert.equal((await v().saveDraft(m, d.id, TINY_DEFINITION, actor)).ok, true);
    const bad = await v().saveDraft(m, d.id, { schemaVersion: 1, steps: [] }, actor);
    assert.ok(!bad.ok && bad.reason === 'invalid');
    assert.deepEqual(
      bad.problems.map((p) => p.code),
      ['tooFew'],
    );
    const stored = await services.eServices.version(m, d.id);
    assert.equal(stored?.definition.steps.length, 3);

    await setEServiceOfficers(services.db, m, e, [{ userId: officerId }]);
    assert.deepEqual(await v().publishChecked(m, d.id, actor), { ok: true });
    assert.deepEqual(await v().saveDraft(m, d.id, TINY_DEFINITION, actor), { ok: false, reason: 'notDraft' });
  });

  it('reads a version with its revision, and refuses a save made on an overtaken revision', async () => {
    const e = await newEService('stale');
    const d = await v().newDraftFromCurrent(m, e, actor);
    assert.ok(d.ok);
    const read = await v().getVersion(m, e, d.id);
    assert.ok(read);
    assert.equal(read.status, 'draft');
    const first = await v().saveDraft(m, d.id, TINY_DEFINITION, actor, { expectedRevision: read.revision });
    assert.ok(first.ok);
    assert.notEqual(first.revision, read.revision);
    assert.equal((await v().getVersion(m, e, d.id))?.revision, first.revision);
    // A second editor who read the draft before the first save.
    assert.deepEqual(
      await v().saveDraft(m, d.id, read.definition, actor, { expectedRevision: read.revision }),
      { ok: false, reason: 'stale' },
    );
    assert.equal(await v().getVersion(m, e, '00000000-0000-4000-8000-000000000000'), undefined);
    assert.equal(await v().getVersion(m, e, 'not-an-id'), undefined);
  });

  it('refuses to publish with the problem list, then publishes when they are fixed', async () => {
    const e = await newEService('checked');
    const d = await v().newDraftFromCurrent(m, e, actor);
    assert.ok(d.ok);
    const untranslated = structuredClone(TINY_DEFINITION) as unknown as {
      steps: { title: Record<string, string> }[];
    };
    (untranslated.steps[1] as { title: Record<string, string> }).title = { sv: 'Övrigt' };
    assert.equal((await v().saveDraft(m, d.id, untranslated, actor)).ok, true);

    const refused = await v().publishChecked(m, d.id, actor);
    assert.ok(!refused.ok && refused.reason === 'publishProblems');
    // The e-service's name is in Swedish and English, so English is offered.
    assert.deepEqual(refused.problems, [
      { code: 'missingTranslation', path: '/steps/1/title', params: { languages: ['en'] } },
      { code: 'noOfficer' },
    ]);
    assert.equal((await services.eServices.publishedVersion(m, e)) ?? null, null);

    await setEServiceOfficers(services.db, m, e, [{ userId: officerId }]);
    await v().saveDraft(m, d.id, TINY_DEFINITION, actor);
    const checked = await v().check(m, d.id);
    assert.ok(checked.ok);
    assert.deepEqual(checked.problems, []);
    assert.deepEqual(await v().publishChecked(m, d.id, actor), { ok: true });
    assert.equal((await services.eServices.publishedVersion(m, e))?.id, d.id);
    assert.deepEqual(await v().publishChecked(m, d.id, actor), { ok: false, reason: 'notDraft' });
  });

  it('copies the published version into version 2, publishes it, counts cases per version and retires', async () => {
    const e = await newEService('lifecycle');
    await setEServiceOfficers(services.db, m, e, [{ userId: officerId }]);
    const v1 = await v().newDraftFromCurrent(m, e, actor);
    assert.ok(v1.ok);
    await v().saveDraft(m, v1.id, TINY_DEFINITION, actor);
    assert.deepEqual(await v().publishChecked(m, v1.id, actor), { ok: true });

    const v2 = await v().newDraftFromCurrent(m, e, actor);
    assert.ok(v2.ok && v2.created);
    assert.equal(v2.number, 2);
    assert.deepEqual(
      (await services.eServices.version(m, v2.id))?.definition,
      (await services.eServices.version(m, v1.id))?.definition,
    );
    await services.db
      .insertInto('case')
      .values({
        municipality_id: m,
        case_number: 'B-1',
        e_service_id: e,
        version_id: v1.id,
        status: 'submitted',
        answers: JSON.stringify({ name: 'Nora' }),
        channel: 'web',
      })
      .execute();

    assert.deepEqual(await v().retire(m, v2.id, actor), { ok: false, reason: 'notPublished' });
    assert.deepEqual(await v().publishChecked(m, v2.id, actor), { ok: true });
    const list = await v().versionsWithCaseCounts(m, e);
    assert.deepEqual(
      list.map((x) => [x.number, x.status, x.caseCount]),
      [
        [2, 'published', 0],
        [1, 'retired', 1],
      ],
    );
    assert.ok(list[1]?.publishedAt && list[1].retiredAt);

    assert.deepEqual(await v().retire(m, v2.id, actor), { ok: true });
    assert.equal((await services.eServices.publishedVersion(m, e)) ?? null, null);
    // Version 3 starts from the latest version when none is published.
    const v3 = await v().newDraftFromCurrent(m, e, actor);
    assert.ok(v3.ok && v3.number === 3);

    const history = await v().history(m, e);
    assert.deepEqual(history.map((h) => [h.action, h.details.number]).reverse(), [
      ['eservice.version.created', 1],
      ['eservice.version.saved', 1],
      ['eservice.version.published', 1],
      ['eservice.version.created', 2],
      ['eservice.version.published', 2],
      ['eservice.version.retired', 2],
      ['eservice.version.created', 3],
    ]);
    assert.equal(history[0]?.actorName, 'Dana Utvecklare');
    assert.equal(history[0]?.actorId, 'dev-1');
    assert.equal(history.at(-1)?.details.fromNumber, null);
    assert.equal(history[0]?.details.fromNumber, 2);
  });

  it('keeps to its municipality', async () => {
    const other = (await services.municipalities.create({ slug: 'annan', name: 'Annan kommun' })).id;
    const e = await newEService('own');
    const d = await v().newDraftFromCurrent(m, e, actor);
    assert.ok(d.ok);
    assert.deepEqual(await v().saveDraft(other, d.id, TINY_DEFINITION, actor), {
      ok: false,
      reason: 'notFound',
    });
    assert.deepEqual(await v().publishChecked(other, d.id, actor), { ok: false, reason: 'notFound' });
    assert.deepEqual(await v().versionsWithCaseCounts(other, e), []);
    assert.deepEqual(await v().history(other, e), []);
  });
});
