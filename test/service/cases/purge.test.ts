/** Automatic purge (gallring): cases that stood long enough in their e-service's purge status are deleted, with files. */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import { purgeCases } from '../../../src/services/cases/purge.ts';
import { FsBlobStore } from '../../../src/services/files/fs-blob-store.ts';
import { createServices, type Services } from '../../../src/services/index.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/db.ts';
import { publishTiny } from '../../support/eservice-fixture.ts';

let services: Services;
let close: () => Promise<void>;
let blobs: FsBlobStore;
let dir: string;
const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2027-06-01T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

before(async () => {
  const db = await createTestDatabase();
  close = db.close;
  services = createServices(db, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
  dir = await mkdtemp(join(tmpdir(), 'ingang-purge-'));
  blobs = new FsBlobStore(dir);
});
after(async () => {
  await close();
  await rm(dir, { recursive: true, force: true });
});

let seq = 0;
async function addCase(
  m: string,
  eServiceId: string,
  versionId: string,
  status: string,
  submitted: Date,
  events: { type: string; status: string; at: Date }[] = [],
  withFile = false,
) {
  const db = services.db;
  const c = await db
    .insertInto('case')
    .values({
      municipality_id: m,
      case_number: `P-${++seq}`,
      e_service_id: eServiceId,
      version_id: versionId,
      status,
      answers: '{}',
      channel: 'web',
      submitted_at: submitted,
    })
    .returning(['id', 'case_number'])
    .executeTakeFirstOrThrow();
  for (const e of events) {
    await db
      .insertInto('case_event')
      .values({
        municipality_id: m,
        case_id: c.id,
        type: e.type,
        actor_kind: 'staff',
        details: JSON.stringify({ status: e.status }) as never,
        occurred_at: e.at,
      })
      .execute();
  }
  let blobKey: string | undefined;
  if (withFile) {
    blobKey = `${m}/${c.id}/intyg`;
    const stored = await blobs.put(blobKey, Buffer.from('%PDF-1.4 intyg'));
    await db
      .insertInto('stored_file')
      .values({
        municipality_id: m,
        case_id: c.id,
        name: 'intyg.pdf',
        mime: 'application/pdf',
        size: stored.size,
        sha256: stored.sha256,
        blob_key: blobKey,
        uploaded_by_kind: 'resident',
      })
      .execute();
  }
  return { ...c, blobKey };
}

const exists = async (id: string) =>
  (await services.db.selectFrom('case').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;

describe(`automatic purge (${testDatabaseKind()})`, () => {
  it('deletes only cases that stood long enough in the rule status, with their files, and audits each', async () => {
    const a = await services.municipalities.create({ slug: 'gallra-a', name: 'A kommun' });
    const b = await services.municipalities.create({ slug: 'gallra-b', name: 'B kommun' });
    const ruled = await publishTiny(services, a.id, 'med-regel');
    const unruled = await publishTiny(services, a.id, 'utan-regel');
    const otherMunicipality = await publishTiny(services, b.id, 'annan-kommun');
    await services.db
      .updateTable('e_service')
      .set({ purge_rule: JSON.stringify({ status: 'completed', days: 30 }) })
      .where('id', '=', ruled.eService.id)
      .execute();
    // B's e-service purges after a year: its old case is not due under A's 30 days.
    await services.db
      .updateTable('e_service')
      .set({ purge_rule: JSON.stringify({ status: 'completed', days: 365 }) })
      .where('id', '=', otherMunicipality.eService.id)
      .execute();
    const R = [a.id, ruled.eService.id, ruled.versionId] as const;

    // Completed 40 days ago (event), with a file: purged.
    const old = await addCase(
      ...R,
      'completed',
      daysAgo(100),
      [
        { type: 'submitted', status: 'submitted', at: daysAgo(100) },
        { type: 'status_changed', status: 'completed', at: daysAgo(40) },
      ],
      true,
    );
    // Completed with no history at all, arrived 31 days ago: the arrival counts.
    const noHistory = await addCase(...R, 'completed', daysAgo(31));
    // Completed 10 days ago, though submitted long ago: kept.
    const recent = await addCase(...R, 'completed', daysAgo(200), [
      { type: 'status_changed', status: 'completed', at: daysAgo(10) },
    ]);
    // Completed long ago, reopened, completed again 5 days ago: kept (the newest setting counts).
    const again = await addCase(...R, 'completed', daysAgo(300), [
      { type: 'status_changed', status: 'completed', at: daysAgo(200) },
      { type: 'status_changed', status: 'in_progress', at: daysAgo(100) },
      { type: 'status_changed', status: 'completed', at: daysAgo(5) },
    ]);
    // Another status, however old: kept.
    const otherStatus = await addCase(...R, 'approved', daysAgo(400), [
      { type: 'status_changed', status: 'approved', at: daysAgo(399) },
    ]);
    // An e-service with no rule: kept.
    const noRule = await addCase(a.id, unruled.eService.id, unruled.versionId, 'completed', daysAgo(999));
    // Another municipality, its own rule (365 days): 100 days is not enough.
    const otherM = await addCase(
      b.id,
      otherMunicipality.eService.id,
      otherMunicipality.versionId,
      'completed',
      daysAgo(100),
    );

    const purged = await purgeCases(services.db, blobs, { now });
    assert.deepEqual(purged.map((p) => p.caseNumber).sort(), [old.case_number, noHistory.case_number].sort());
    assert.equal(await exists(old.id), false);
    assert.equal(await exists(noHistory.id), false);
    for (const kept of [recent, again, otherStatus, noRule, otherM])
      assert.equal(await exists(kept.id), true);
    // Its history and files went with it; the blob too.
    assert.equal(
      (await services.db.selectFrom('case_event').select('id').where('case_id', '=', old.id).execute())
        .length,
      0,
    );
    assert.equal(
      (await services.db.selectFrom('stored_file').select('id').where('case_id', '=', old.id).execute())
        .length,
      0,
    );
    assert.equal(await blobs.exists(old.blobKey as string), false);
    // One audit event per case: number, e-service, rule.
    const audit = await services.db
      .selectFrom('audit_event')
      .select(['municipality_id', 'actor', 'subject', 'details'])
      .where('action', '=', 'case.purged')
      .where('subject', '=', old.id)
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.municipality_id, a.id);
    assert.equal(audit[0]?.actor, 'system');
    assert.deepEqual(audit[0]?.details, {
      caseNumber: old.case_number,
      eServiceId: ruled.eService.id,
      rule: { status: 'completed', days: 30 },
    });

    // Idempotent: nothing more to do.
    assert.deepEqual(await purgeCases(services.db, blobs, { now }), []);
    // Later, B's case is due under B's own rule.
    const later = new Date(now.getTime() + 300 * DAY);
    const next = await purgeCases(services.db, blobs, { now: later });
    assert.ok(next.some((p) => p.caseId === otherM.id && p.municipalityId === b.id));
    assert.equal(await exists(noRule.id), true);
    assert.equal(await exists(otherStatus.id), true);
  });

  it('an e-service without a rule, or with the rule removed, purges nothing', async () => {
    const c = await services.municipalities.create({ slug: 'gallra-c', name: 'C kommun' });
    const e = await publishTiny(services, c.id, 'ingen-regel');
    const x = await addCase(c.id, e.eService.id, e.versionId, 'completed', daysAgo(5000));
    const purged = await purgeCases(services.db, blobs, { now });
    assert.ok(!purged.some((p) => p.caseId === x.id));
    assert.equal(await exists(x.id), true);
  });
});
