import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import type { CaseStatus } from '../../../src/domain/cases/statuses.ts';
import type { DraftOwner } from '../../../src/services/drafts/draft-owner.ts';
import { createServices, type Services } from '../../../src/services/index.ts';
import { createTestDatabase } from '../../support/db.ts';
import { publishTiny, TINY_DEFINITION } from '../../support/eservice-fixture.ts';

let services: Services;
let close: () => Promise<void>;
let municipalityId: string;
let eServiceId: string;

const tolvan: DraftOwner = {
  kind: 'resident',
  personalNumber: '191212121212',
  name: 'Tolvan Tolvansson',
  loginMethod: 'bankid',
};
const other: DraftOwner = {
  kind: 'resident',
  personalNumber: '198112189876',
  name: 'Annan Person',
  loginMethod: 'freja',
};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

before(async () => {
  const db = await createTestDatabase();
  close = db.close;
  services = createServices(db, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
  const m = await services.municipalities.create({ slug: 'testby', name: 'Testby kommun' });
  municipalityId = m.id;
  const tiny = await publishTiny(services, m.id);
  eServiceId = tiny.eService.id;
});
after(() => close());

/** A submitted case of the tiny e-service, in `status`. */
async function caseIn(status: string, owner: DraftOwner = tolvan, eService = eServiceId): Promise<string> {
  const id = await services.drafts.start(municipalityId, eService, owner);
  assert.ok(id);
  const draft = await services.drafts.get(municipalityId, id, owner);
  assert.ok(draft);
  const v = await services.drafts.saveStep(draft, 'om-dig', {
    'q.name': 'Tolvan',
    'q.hasPet': 'yes',
    'q.petName': 'Doris',
  });
  assert.deepEqual(v.errors, []);
  const r = await services.submitCase(municipalityId, id, owner, 'sv');
  assert.ok(r.ok);
  await services.db.updateTable('case').set({ status }).where('id', '=', r.caseId).execute();
  return r.caseId;
}

const caseRow = (id: string) =>
  services.db.selectFrom('case').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const eventsOf = (id: string) =>
  services.db.selectFrom('case_event').selectAll().where('case_id', '=', id).orderBy('id').execute();

/** Starts a supplement and changes the pet's name in it. */
async function edited(caseId: string, owner: DraftOwner = tolvan, petName = 'Majken') {
  const s = await services.supplements.start(municipalityId, caseId, owner);
  assert.ok(s.ok);
  const loaded = await services.supplements.load(municipalityId, caseId, owner);
  assert.ok(loaded);
  const v = await services.saveStep(
    loaded.draft,
    'om-dig',
    { 'q.name': 'Tolvan', 'q.hasPet': 'yes', 'q.petName': petName },
    [],
  );
  assert.deepEqual(v.errors, []);
  return loaded.draft.id;
}

describe('starting a supplement', () => {
  it('only where the status lets the applicant edit', async () => {
    for (const status of ['submitted', 'in_progress', 'approved', 'rejected', 'completed']) {
      const id = await caseIn(status);
      assert.deepEqual(await services.supplements.start(municipalityId, id, tolvan), {
        ok: false,
        reason: 'notEditable',
      });
      assert.equal(await services.supplements.mayEdit({ eServiceId, status }), false);
    }
    const id = await caseIn('supplement_requested');
    const r = await services.supplements.start(municipalityId, id, tolvan);
    assert.ok(r.ok && !r.resumed);
  });

  it('someone else’s case, an anonymous session, a tampered id or another municipality is not found', async () => {
    const id = await caseIn('supplement_requested');
    const notFound = { ok: false, reason: 'notFound' };
    assert.deepEqual(await services.supplements.start(municipalityId, id, other), notFound);
    assert.deepEqual(
      await services.supplements.start(municipalityId, id, { kind: 'anonymous', sessionHash: 'x' }),
      notFound,
    );
    assert.deepEqual(await services.supplements.start(municipalityId, 'nope', tolvan), notFound);
    const m2 = await services.municipalities.create({ slug: 'annanby', name: 'Annanby' });
    assert.deepEqual(await services.supplements.start(m2.id, id, tolvan), notFound);
    const drafts = await services.db
      .selectFrom('draft')
      .select('id')
      .where('supplement_case_id', '=', id)
      .execute();
    assert.equal(drafts.length, 0);
  });

  it('copies the answers into an editing draft on the case’s own version, even after a new one is published', async () => {
    const e = await publishTiny(services, municipalityId, 'versioner');
    const id = await caseIn('supplement_requested', tolvan, e.eService.id);
    const v2def = structuredClone(TINY_DEFINITION) as unknown as {
      steps: { questions: Record<string, unknown>[] }[];
    };
    v2def.steps[0]?.questions.push({
      id: 'q9',
      key: 'shoeSize',
      type: 'text',
      label: { sv: 'Skostorlek' },
      required: true,
    });
    const v2 = await services.eServices.addVersion(municipalityId, e.eService.id, v2def);
    await services.eServices.publish(municipalityId, v2.id);
    const r = await services.supplements.start(municipalityId, id, tolvan);
    assert.ok(r.ok);
    const loaded = await services.supplements.load(municipalityId, id, tolvan);
    assert.ok(loaded);
    assert.equal(loaded.draft.versionId, e.versionId);
    assert.equal(loaded.draft.versionStatus, 'retired');
    assert.deepEqual(loaded.draft.answers, { name: 'Tolvan', hasPet: true, petName: 'Doris' });
    assert.deepEqual(loaded.draft.visitedSteps, ['om-dig', 'ovrigt', 'bilagor']);
    assert.equal(loaded.editable, true);
    // Sending it in validates against the case's version (no shoe size asked).
    const sent = await services.supplements.submit(municipalityId, id, r.draftId, tolvan);
    assert.deepEqual(sent, { ok: true, caseId: id, alreadySubmitted: false });
    assert.equal((await caseRow(id)).version_id, e.versionId);
  });

  it('a second start resumes the same draft; the application runner and Mina utkast do not see it', async () => {
    const id = await caseIn('supplement_requested');
    const [a, b] = await Promise.all([
      services.supplements.start(municipalityId, id, tolvan),
      services.supplements.start(municipalityId, id, tolvan),
    ]);
    assert.ok(a.ok && b.ok);
    assert.equal(a.draftId, b.draftId);
    const c = await services.supplements.start(municipalityId, id, tolvan);
    assert.ok(c.ok && c.resumed && c.draftId === a.draftId);
    assert.equal(await services.drafts.get(municipalityId, a.draftId, tolvan), undefined);
    const mine = await services.drafts.listFor(municipalityId, tolvan.personalNumber);
    assert.ok(!mine.some((d) => d.id === a.draftId));
    // Submitting it as a new application finds nothing.
    assert.deepEqual(await services.submitCase(municipalityId, a.draftId, tolvan, 'sv'), {
      ok: false,
      reason: 'notFound',
    });
  });

  it('an anonymous applicant supplements from the session that submitted', async () => {
    const anon: DraftOwner = { kind: 'anonymous', sessionHash: 'session-supplement' };
    const id = await caseIn('supplement_requested', anon);
    const draftId = await edited(id, anon);
    assert.deepEqual(await services.supplements.submit(municipalityId, id, draftId, anon), {
      ok: true,
      caseId: id,
      alreadySubmitted: false,
    });
    const [event] = (await eventsOf(id)).filter((e) => e.type === 'supplement_submitted');
    assert.equal(event?.actor_kind, 'resident');
    assert.equal(event?.actor_name, null);
  });
});

describe('sending a supplement in', () => {
  it('replaces the answers, sends the case back to Inskickat and records a diff', async () => {
    const id = await caseIn('supplement_requested');
    const before = await caseRow(id);
    const draftId = await edited(id);
    const r = await services.supplements.submit(municipalityId, id, draftId, tolvan);
    assert.deepEqual(r, { ok: true, caseId: id, alreadySubmitted: false });
    const after = await caseRow(id);
    assert.deepEqual(after.answers, { name: 'Tolvan', hasPet: true, petName: 'Majken' });
    assert.equal(after.status, 'submitted');
    assert.equal(after.row_version, before.row_version + 1);
    assert.ok(after.updated_at > before.updated_at);
    assert.equal(after.closed_at, null);
    const events = await eventsOf(id);
    assert.deepEqual(
      events.map((e) => e.type),
      ['submitted', 'supplement_submitted'],
    );
    assert.deepEqual(events[1]?.details, {
      draftId,
      fromStatus: 'supplement_requested',
      status: 'submitted',
      changes: [{ key: 'petName', before: 'Doris', after: 'Majken' }],
    });
    assert.equal(events[1]?.actor_name, 'Tolvan Tolvansson');
    const gone = await services.db.selectFrom('draft').select('id').where('id', '=', draftId).execute();
    assert.equal(gone.length, 0);
    // The resident sees the event on the case page.
    const c = await services.residentCases.get(municipalityId, id, tolvan);
    assert.ok(c);
    assert.ok((await services.residentCases.events(c)).some((e) => e.type === 'supplement_submitted'));
  });

  it('updates the summary and the search text with the new answers', async () => {
    const id = await caseIn('supplement_requested');
    const s = await services.supplements.start(municipalityId, id, tolvan);
    assert.ok(s.ok);
    const loaded = await services.supplements.load(municipalityId, id, tolvan);
    assert.ok(loaded);
    await services.saveStep(loaded.draft, 'om-dig', { 'q.name': 'Zäta Nyman', 'q.hasPet': 'no' }, []);
    assert.ok((await services.supplements.submit(municipalityId, id, s.draftId, tolvan)).ok);
    const c = await caseRow(id);
    assert.deepEqual(c.summary, { name: 'Zäta Nyman' });
    assert.match(c.search_text, /zäta nyman/);
    assert.match(c.search_text, new RegExp(`^${c.case_number} `));
    assert.match(c.search_text, /191212121212/);
    const [e] = (await eventsOf(id)).filter((x) => x.type === 'supplement_submitted');
    assert.deepEqual(e?.details.changes, [
      { key: 'name', before: 'Tolvan', after: 'Zäta Nyman' },
      { key: 'hasPet', before: true, after: false },
      { key: 'petName', before: 'Doris', after: null },
    ]);
  });

  it('moves files uploaded while editing to the case and keeps the case’s earlier files', async () => {
    const id = await caseIn('supplement_requested');
    const s = await services.supplements.start(municipalityId, id, tolvan);
    assert.ok(s.ok);
    const loaded = await services.supplements.load(municipalityId, id, tolvan);
    assert.ok(loaded);
    const v = await services.saveStep(loaded.draft, 'bilagor', {}, [
      { field: 'q.attachment', fileName: 'intyg.pdf', data: PDF },
    ]);
    assert.deepEqual(v.errors, []);
    assert.ok((await services.supplements.submit(municipalityId, id, s.draftId, tolvan)).ok);
    const files = await services.db.selectFrom('stored_file').selectAll().where('case_id', '=', id).execute();
    assert.deepEqual(
      files.map((f) => f.name),
      ['intyg.pdf'],
    );
    const c = await caseRow(id);
    assert.deepEqual(
      (c.answers.attachment as { id: string }[]).map((f) => f.id),
      files.map((f) => f.id),
    );
    const c2 = await services.residentCases.get(municipalityId, id, tolvan);
    assert.ok(c2);
    assert.equal((await services.residentCases.files(c2)).length, 1);
  });

  it('a double submit makes one change', async () => {
    const id = await caseIn('supplement_requested');
    const draftId = await edited(id);
    const [a, b] = await Promise.all([
      services.supplements.submit(municipalityId, id, draftId, tolvan),
      services.supplements.submit(municipalityId, id, draftId, tolvan),
    ]);
    assert.ok(a.ok && b.ok);
    assert.deepEqual([a.alreadySubmitted, b.alreadySubmitted].sort(), [false, true]);
    const again = await services.supplements.submit(municipalityId, id, draftId, tolvan);
    assert.deepEqual(again, { ok: true, caseId: id, alreadySubmitted: true });
    const events = (await eventsOf(id)).filter((e) => e.type === 'supplement_submitted');
    assert.equal(events.length, 1);
    assert.equal((await caseRow(id)).row_version, 2);
    // Someone else replaying the post hears nothing.
    assert.deepEqual(await services.supplements.submit(municipalityId, id, draftId, other), {
      ok: false,
      reason: 'notFound',
    });
  });

  it('when an officer changed the status meanwhile, changes nothing and keeps the draft', async () => {
    const id = await caseIn('supplement_requested');
    const draftId = await edited(id);
    await services.db.updateTable('case').set({ status: 'in_progress' }).where('id', '=', id).execute();
    const before = await caseRow(id);
    assert.deepEqual(await services.supplements.submit(municipalityId, id, draftId, tolvan), {
      ok: false,
      reason: 'notEditable',
    });
    const after = await caseRow(id);
    assert.deepEqual(after, before);
    assert.equal((await eventsOf(id)).length, 1);
    const loaded = await services.supplements.load(municipalityId, id, tolvan);
    assert.equal(loaded?.editable, false);
    assert.deepEqual(await services.supplements.start(municipalityId, id, tolvan), {
      ok: false,
      reason: 'notEditable',
    });
  });

  it('when an officer changed the answers meanwhile, changes nothing; a restart starts from the new answers', async () => {
    const id = await caseIn('supplement_requested');
    const draftId = await edited(id);
    const officerAnswers = { name: 'Tolvan', hasPet: true, petName: 'Doris II' };
    await services.db
      .updateTable('case')
      .set({ answers: JSON.stringify(officerAnswers), row_version: 2 })
      .where('id', '=', id)
      .execute();
    assert.deepEqual(await services.supplements.submit(municipalityId, id, draftId, tolvan), {
      ok: false,
      reason: 'answersChanged',
    });
    assert.deepEqual((await caseRow(id)).answers, officerAnswers);
    const r = await services.supplements.start(municipalityId, id, tolvan, { restart: true });
    assert.ok(r.ok && !r.resumed && r.draftId !== draftId);
    const loaded = await services.supplements.load(municipalityId, id, tolvan);
    assert.deepEqual(loaded?.draft.answers, officerAnswers);
    assert.ok((await services.supplements.submit(municipalityId, id, r.draftId, tolvan)).ok);
  });

  it('refuses answers that do not validate and lists what is missing', async () => {
    const id = await caseIn('supplement_requested');
    const s = await services.supplements.start(municipalityId, id, tolvan);
    assert.ok(s.ok);
    await services.db
      .updateTable('draft')
      .set({ answers: JSON.stringify({ hasPet: true }) })
      .where('id', '=', s.draftId)
      .execute();
    const r = await services.supplements.submit(municipalityId, id, s.draftId, tolvan);
    assert.ok(!r.ok && r.reason === 'invalid');
    assert.deepEqual(
      r.errors.map((e) => `${e.questionKey}:${e.code}`),
      ['name:required', 'petName:required'],
    );
    assert.equal((await caseRow(id)).status, 'supplement_requested');
  });

  it('goes back to the first status of an e-service’s own status set', async () => {
    const own: CaseStatus[] = [
      {
        key: 'mottaget',
        name: { sv: 'Mottaget' },
        applicantMayEdit: false,
        mayDelete: false,
        closed: false,
        colour: 'blue',
      },
      {
        key: 'komplettera',
        name: { sv: 'Komplettera' },
        applicantMayEdit: true,
        mayDelete: false,
        closed: false,
        colour: 'orange',
      },
      {
        key: 'supplement_requested',
        name: { sv: 'Låst' },
        applicantMayEdit: false,
        mayDelete: false,
        closed: false,
        colour: 'grey',
      },
    ];
    const e = await publishTiny(services, municipalityId, 'egen-statusgrupp');
    await services.db
      .updateTable('e_service')
      .set({ status_set: JSON.stringify(own) })
      .where('id', '=', e.eService.id)
      .execute();
    const locked = await caseIn('supplement_requested', tolvan, e.eService.id);
    assert.deepEqual(await services.supplements.start(municipalityId, locked, tolvan), {
      ok: false,
      reason: 'notEditable',
    });
    const id = await caseIn('komplettera', tolvan, e.eService.id);
    const draftId = await edited(id);
    assert.ok((await services.supplements.submit(municipalityId, id, draftId, tolvan)).ok);
    assert.equal((await caseRow(id)).status, 'mottaget');
  });

  it('cancelling throws the editing away and leaves the case as it was', async () => {
    const id = await caseIn('supplement_requested');
    const s = await services.supplements.start(municipalityId, id, tolvan);
    assert.ok(s.ok);
    const loaded = await services.supplements.load(municipalityId, id, tolvan);
    assert.ok(loaded);
    await services.saveStep(loaded.draft, 'bilagor', {}, [
      { field: 'q.attachment', fileName: 'a.pdf', data: PDF },
    ]);
    assert.equal(await services.supplements.cancel(municipalityId, id, other), false);
    assert.equal(await services.supplements.cancel(municipalityId, id, tolvan), true);
    assert.equal(await services.supplements.load(municipalityId, id, tolvan), undefined);
    const orphans = await services.db
      .selectFrom('stored_file')
      .select('id')
      .where('draft_id', '=', s.draftId)
      .execute();
    assert.equal(orphans.length, 0);
    assert.equal((await caseRow(id)).row_version, 1);
  });
});
