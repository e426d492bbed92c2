import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
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

before(async () => {
  const db = await createTestDatabase();
  close = db.close;
  services = createServices(db, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
  const m = await services.municipalities.create({ slug: 'testby', name: 'Testby kommun' });
  municipalityId = m.id;
  eServiceId = (await publishTiny(services, m.id)).eService.id;
});
after(() => close());

async function filledDraft(owner: DraftOwner, name = 'Tolvan') {
  const id = await services.drafts.start(municipalityId, eServiceId, owner);
  assert.ok(id);
  const draft = await services.drafts.get(municipalityId, id, owner);
  assert.ok(draft);
  const v = await services.drafts.saveStep(draft, 'om-dig', {
    'q.name': name,
    'q.hasPet': 'yes',
    'q.petName': 'Doris',
  });
  assert.deepEqual(v.errors, []);
  return id;
}

describe('submitting a case', () => {
  it('writes the summary fields the e-service chose over the questions marked summary', async () => {
    await services.db
      .updateTable('e_service')
      .set({ summary_keys: ['petName', 'name'] })
      .where('id', '=', eServiceId)
      .execute();
    try {
      const id = await filledDraft(tolvan, 'Tolva');
      const r = await services.submitCase(municipalityId, id, tolvan, 'sv');
      assert.ok(r.ok);
      const c = await services.db
        .selectFrom('case')
        .select('summary')
        .where('id', '=', r.caseId)
        .executeTakeFirstOrThrow();
      // (jsonb keeps no key order; the case list orders by the e-service's keys.)
      assert.deepEqual(c.summary, { petName: 'Doris', name: 'Tolva' });
    } finally {
      await services.db
        .updateTable('e_service')
        .set({ summary_keys: [] })
        .where('id', '=', eServiceId)
        .execute();
    }
  });

  it('makes a case with a number, the answers, the version and a history event', async () => {
    const id = await filledDraft(tolvan);
    const r = await services.submitCase(municipalityId, id, tolvan, 'sv');
    assert.ok(r.ok);
    assert.match(r.caseNumber, /^\d{4}-\d{5}$/);
    const c = await services.db
      .selectFrom('case')
      .selectAll()
      .where('id', '=', r.caseId)
      .executeTakeFirstOrThrow();
    assert.equal(c.status, 'submitted');
    assert.equal(c.channel, 'web');
    assert.equal(c.login_method, 'bankid');
    assert.equal(c.concerns_personal_number, '191212121212');
    assert.deepEqual(c.answers, { name: 'Tolvan', hasPet: true, petName: 'Doris' });
    assert.deepEqual(c.summary, { name: 'Tolvan' });
    const events = await services.db
      .selectFrom('case_event')
      .selectAll()
      .where('case_id', '=', r.caseId)
      .execute();
    assert.deepEqual(
      events.map((e) => e.type),
      ['submitted'],
    );
    // The draft is consumed.
    assert.equal(await services.drafts.get(municipalityId, id, tolvan), undefined);
  });

  it('never stores an answer to a question that became hidden', async () => {
    const id = await filledDraft(tolvan);
    const draft = await services.drafts.get(municipalityId, id, tolvan);
    assert.ok(draft);
    await services.drafts.saveStep(draft, 'om-dig', {
      'q.name': 'Tolvan',
      'q.hasPet': 'no',
      'q.petName': 'Doris',
    });
    const r = await services.submitCase(municipalityId, id, tolvan, 'sv');
    assert.ok(r.ok);
    const c = await services.db
      .selectFrom('case')
      .select('answers')
      .where('id', '=', r.caseId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(c.answers, { name: 'Tolvan', hasPet: false });
  });

  it('submitting twice, or from two tabs at once, creates one case', async () => {
    const id = await filledDraft(tolvan);
    const [a, b] = await Promise.all([
      services.submitCase(municipalityId, id, tolvan, 'sv'),
      services.submitCase(municipalityId, id, tolvan, 'sv'),
    ]);
    assert.ok(a.ok && b.ok);
    assert.equal(a.caseId, b.caseId);
    const again = await services.submitCase(municipalityId, id, tolvan, 'sv');
    assert.ok(again.ok && again.alreadySubmitted);
    assert.equal(again.caseId, a.caseId);
    const n = await services.db.selectFrom('case').select('id').where('draft_id', '=', id).execute();
    assert.equal(n.length, 1);
  });

  it('gives case numbers that are unique and in sequence per municipality', async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await services.submitCase(municipalityId, await filledDraft(tolvan), tolvan, 'sv');
      assert.ok(r.ok);
      numbers.push(r.caseNumber);
    }
    const seq = numbers.map((n) => Number(n.split('-')[1]));
    assert.deepEqual(seq, [seq[0], (seq[0] ?? 0) + 1, (seq[0] ?? 0) + 2]);
    const m2 = await services.municipalities.create({ slug: 'annanby', name: 'Annanby' });
    const e2 = (await publishTiny(services, m2.id)).eService;
    const d2 = await services.drafts.start(m2.id, e2.id, tolvan);
    assert.ok(d2);
    const dr = await services.drafts.get(m2.id, d2, tolvan);
    assert.ok(dr);
    await services.drafts.saveStep(dr, 'om-dig', { 'q.name': 'X', 'q.hasPet': 'no' });
    const r2 = await services.submitCase(m2.id, d2, tolvan, 'sv');
    assert.ok(r2.ok);
    assert.match(r2.caseNumber, /-00001$/);
  });

  it('refuses an incomplete draft and lists what is missing', async () => {
    const id = await services.drafts.start(municipalityId, eServiceId, tolvan);
    assert.ok(id);
    const r = await services.submitCase(municipalityId, id, tolvan, 'sv');
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.reason === 'invalid');
    assert.deepEqual(
      !r.ok && r.reason === 'invalid' ? r.errors.map((e) => `${e.questionKey}:${e.code}`) : [],
      ['name:required', 'hasPet:required'],
    );
  });

  it('someone else’s draft, a tampered id or another municipality is not found and changes nothing', async () => {
    const id = await filledDraft(tolvan);
    assert.deepEqual(await services.submitCase(municipalityId, id, other, 'sv'), {
      ok: false,
      reason: 'notFound',
    });
    assert.deepEqual(await services.submitCase(municipalityId, 'not-a-uuid', tolvan, 'sv'), {
      ok: false,
      reason: 'notFound',
    });
    const m3 = await services.municipalities.create({ slug: 'tredjeby', name: 'Tredjeby' });
    assert.deepEqual(await services.submitCase(m3.id, id, tolvan, 'sv'), { ok: false, reason: 'notFound' });
    assert.ok(await services.drafts.get(municipalityId, id, tolvan), 'the draft is still there');
  });

  it('a version retired meanwhile cannot be submitted', async () => {
    const id = await filledDraft(tolvan);
    const v2 = await services.eServices.addVersion(municipalityId, eServiceId, TINY_DEFINITION);
    await services.eServices.publish(municipalityId, v2.id);
    assert.deepEqual(await services.submitCase(municipalityId, id, tolvan, 'sv'), {
      ok: false,
      reason: 'versionRetired',
    });
  });

  it('a published version cannot be changed', async () => {
    const v = await services.db
      .selectFrom('e_service_version')
      .select('id')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    await assert.rejects(
      services.db
        .updateTable('e_service_version')
        .set({ definition: JSON.stringify({}) })
        .where('id', '=', v.id)
        .execute(),
      /cannot be changed/,
    );
  });

  it('an anonymous applicant submits from their session and only that session sees the case', async () => {
    const anon: DraftOwner = { kind: 'anonymous', sessionHash: 'session-a' };
    const id = await filledDraft(anon);
    const r = await services.submitCase(municipalityId, id, anon, 'en');
    assert.ok(r.ok);
    assert.ok(await services.residentCases.get(municipalityId, r.caseId, anon));
    assert.equal(
      await services.residentCases.get(municipalityId, r.caseId, {
        kind: 'anonymous',
        sessionHash: 'session-b',
      }),
      undefined,
    );
    assert.equal(await services.residentCases.get(municipalityId, r.caseId, tolvan), undefined);
  });
});
