import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { parseSelection, type Selected } from '../../../src/services/officer/bulk-selection.ts';
import { testDatabaseKind } from '../../support/db.ts';
import { TINY_DEFINITION } from '../../support/eservice-fixture.ts';
import { type CaseWorld, caseWorld } from './case-actions-support.ts';

describe(`case list bulk actions (${testDatabaseKind()})`, () => {
  let w: CaseWorld;
  let ids: string[];

  const pick = async (...caseIds: string[]): Promise<Selected[]> => {
    const out: Selected[] = [];
    for (const id of caseIds) out.push({ id, rowVersion: (await w.row(id)).row_version });
    return out;
  };
  const bulk = () => w.services.caseList.bulk;

  before(async () => {
    w = await caseWorld();
  });
  beforeEach(async () => {
    ids = [await w.newCase(), await w.newCase(), await w.newCase()];
  });
  after(() => w.close());

  it('reads "id:rowVersion" values and refuses malformed or conflicting ones', () => {
    const id = '0b5c3a7e-1f2d-4c3b-9a8e-7d6c5b4a3f21';
    assert.deepEqual(parseSelection([`${id}:3`, `${id.toUpperCase()}:3`]), [{ id, rowVersion: 3 }]);
    assert.equal(parseSelection(undefined), null);
    assert.equal(parseSelection([]), null);
    assert.equal(parseSelection([`${id}:0`]), null);
    assert.equal(parseSelection([`${id}:3`, `${id}:4`]), null);
    assert.equal(parseSelection(["1' OR '1'='1:1"]), null);
    assert.equal(parseSelection(Array.from({ length: 501 }, () => `${id}:1`)), null);
  });

  it('takes cases: one event per changed case, versions bumped, cases already taken left alone', async () => {
    const anna = await w.actor(w.users.anna);
    const first = await bulk().take(anna, await pick(ids[0] as string));
    assert.ok(first.ok);
    const before = await w.row(ids[1] as string);
    const r = await bulk().take(anna, await pick(...ids));
    assert.ok(r.ok);
    assert.equal(r.changed.length, 2);
    assert.equal(r.unchanged.length, 1);
    const after = await w.row(ids[1] as string);
    assert.deepEqual(after.officer_ids, [w.users.anna.id]);
    assert.equal(after.row_version, before.row_version + 1);
    const events = (await w.events(ids[1] as string)).filter((e) => e.type === 'case_taken');
    assert.equal(events.length, 1);
    assert.equal(events[0]?.details.bulk, true);
    assert.equal(events[0]?.details.rowVersion, after.row_version);
    assert.equal((await w.events(ids[0] as string)).filter((e) => e.type === 'case_taken').length, 1);
  });

  it('refuses the whole selection when one case is of another municipality or not visible', async () => {
    const foreign = await w.newCase(w.otherMunicipalityId, w.otherEServiceId);
    const anna = await w.actor(w.users.anna);
    const selection = await pick(ids[0] as string, foreign);
    const r = await bulk().take(anna, selection);
    assert.deepEqual(r, { ok: false, reason: 'notVisible' });
    assert.deepEqual((await w.row(ids[0] as string)).officer_ids, []);
    // Rut (restricted) may not touch cases not assigned to her; Olle handles nothing.
    for (const p of [w.users.rut, w.users.olle]) {
      const res = await bulk().setColour(await w.actor(p), await pick(ids[0] as string), 'red');
      assert.deepEqual(res, { ok: false, reason: 'notVisible' });
    }
    assert.equal((await w.row(ids[0] as string)).colour, null);
    const made = await bulk().take(anna, [{ id: '0b5c3a7e-1f2d-4c3b-9a8e-7d6c5b4a3f21', rowVersion: 1 }]);
    assert.deepEqual(made, { ok: false, reason: 'notVisible' });
    assert.deepEqual(await bulk().take(anna, null), { ok: false, reason: 'invalidSelection' });
  });

  it('refuses a selection made on a stale list, naming the changed cases', async () => {
    const anna = await w.actor(w.users.anna);
    const selection = await pick(...ids);
    await bulk().setColour(anna, await pick(ids[1] as string), 'blue');
    const r = await bulk().setColour(anna, selection, 'red');
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.reason === 'conflict');
    assert.deepEqual(r.caseNumbers, [(await w.row(ids[1] as string)).case_number]);
    assert.equal((await w.row(ids[0] as string)).colour, null);
  });

  it('sets and clears a colour label the e-service offers, and refuses one it does not', async () => {
    const anna = await w.actor(w.users.anna);
    const set = await bulk().setColour(anna, await pick(...ids), 'green');
    assert.ok(set.ok && set.changed.length === 3);
    const ev = (await w.events(ids[2] as string)).find((e) => e.type === 'colour_changed');
    assert.deepEqual(ev?.details, { colour: 'green', previousColour: null, rowVersion: 2, bulk: true });
    assert.deepEqual(await bulk().setColour(anna, await pick(...ids), 'pink'), {
      ok: false,
      reason: 'invalid',
      code: 'unknownColour',
    });
    const cleared = await bulk().setColour(anna, await pick(ids[0] as string), null);
    assert.ok(cleared.ok);
    assert.equal((await w.row(ids[0] as string)).colour, null);
  });

  it('changes status only on cases of one e-service version, recording "do not notify"', async () => {
    const anna = await w.actor(w.users.anna);
    const v2 = await w.services.eServices.addVersion(w.municipalityId, w.eServiceId, TINY_DEFINITION);
    await w.services.eServices.publish(w.municipalityId, v2.id);
    const onV2 = await w.newCase();
    const mixed = await bulk().changeStatus(anna, await pick(ids[0] as string, onV2), 'completed', true);
    assert.ok(!mixed.ok && mixed.reason === 'mixedVersions');
    assert.deepEqual(
      mixed.versions.map((v) => [v.number, v.count]),
      [
        [1, 1],
        [2, 1],
      ],
    );
    assert.equal((await w.row(ids[0] as string)).status, 'submitted');

    const unknown = await bulk().changeStatus(anna, await pick(...ids), 'no_such_status', true);
    assert.deepEqual(unknown, { ok: false, reason: 'invalid', code: 'unknownStatus' });

    const r = await bulk().changeStatus(anna, await pick(...ids), 'completed', false);
    assert.ok(r.ok && r.changed.length === 3);
    const done = await w.row(ids[0] as string);
    assert.equal(done.status, 'completed');
    assert.ok(done.closed_at instanceof Date);
    const ev = (await w.events(ids[0] as string)).find((e) => e.type === 'status_changed');
    assert.deepEqual(ev?.details, {
      status: 'completed',
      previousStatus: 'submitted',
      notifyApplicant: false,
      rowVersion: done.row_version,
      bulk: true,
    });
    // The applicant's case page shows the status change (a resident-visible event type).
    const again = await bulk().changeStatus(anna, await pick(...ids), 'completed', true);
    assert.ok(again.ok && again.unchanged.length === 3 && again.changed.length === 0);
    const reopened = await bulk().changeStatus(anna, await pick(ids[0] as string), 'in_progress', true);
    assert.ok(reopened.ok);
    assert.equal((await w.row(ids[0] as string)).closed_at, null);
  });

  it('sets officers who handle the e-service, and asks a restricted officer before removing themselves', async () => {
    const anna = await w.actor(w.users.anna);
    const r = await bulk().setOfficers(anna, await pick(...ids), [w.users.anna.id, w.users.rut.id], false);
    assert.ok(r.ok && r.changed.length === 3);
    assert.deepEqual(
      (await w.row(ids[0] as string)).officer_ids.sort(),
      [w.users.anna.id, w.users.rut.id].sort(),
    );
    const ev = (await w.events(ids[0] as string)).find((e) => e.type === 'officers_changed');
    assert.ok(ev);
    assert.equal((ev.details.added as unknown[]).length, 2);

    const notHandler = await bulk().setOfficers(anna, await pick(...ids), [w.users.olle.id], false);
    assert.deepEqual(notHandler, { ok: false, reason: 'invalid', code: 'notHandler' });

    const rut = await w.actor(w.users.rut);
    const ask = await bulk().setOfficers(rut, await pick(ids[0] as string), [w.users.anna.id], false);
    assert.deepEqual(ask, { ok: false, reason: 'invalid', code: 'confirmSelfRemoval' });
    assert.ok((await w.row(ids[0] as string)).officer_ids.includes(w.users.rut.id));
    const confirmed = await bulk().setOfficers(rut, await pick(ids[0] as string), [w.users.anna.id], true);
    assert.ok(confirmed.ok);
    assert.deepEqual((await w.row(ids[0] as string)).officer_ids, [w.users.anna.id]);
  });

  it('offers what the choice pages need: common handlers, labels, and the status set of one version', async () => {
    const anna = await w.actor(w.users.anna);
    const o = await w.services.caseList.bulkOptions(anna, await pick(...ids));
    assert.ok(o.ok);
    assert.deepEqual(o.value.handlers.map((h) => h.username).sort(), ['anna', 'rut']);
    assert.equal(o.value.versions.length, 1);
    assert.ok(o.value.statusSet?.some((s) => s.key === 'completed'));
    assert.ok(o.value.colourLabels.some((l) => l.key === 'red'));
    assert.deepEqual(o.value.restrictedEServices, []);
  });
});
