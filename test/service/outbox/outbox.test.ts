import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Db } from '../../../src/db/database.ts';
import { createOutboxWorker } from '../../../src/jobs/outbox-worker.ts';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, retryDelayMs } from '../../../src/services/outbox/backoff.ts';
import { claimDueJobs, markFailed } from '../../../src/services/outbox/claim.ts';
import { createDeadLetterService, maskRecipient } from '../../../src/services/outbox/dead-letters.ts';
import { enqueue } from '../../../src/services/outbox/enqueue.ts';
import { pruneSentJobs } from '../../../src/services/outbox/prune.ts';
import type { JobHandler } from '../../../src/services/outbox/types.ts';
import { createTestDatabase, type ScratchDatabase, testDatabaseKind } from '../../support/db.ts';

let database: ScratchDatabase;
let db: Db;
let municipalityId: string;
const silent = { info() {}, warn() {}, error() {} };

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  const m = await db
    .insertInto('municipality')
    .values({ slug: 'testby', name: 'Testby', accessibility_statement: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  municipalityId = m.id;
});
after(() => database.close());
beforeEach(async () => {
  await db.deleteFrom('outbox').execute();
});

const job = (key: string, payload: Record<string, unknown> = {}) => ({
  municipalityId,
  type: 'test',
  idempotencyKey: key,
  payload: { to: 'someone@example.se', ...payload },
});

function worker(handler: JobHandler, o: { id?: string; leaseMs?: number; batchSize?: number } = {}) {
  return createOutboxWorker({
    db,
    handlers: { test: handler },
    batchSize: o.batchSize ?? 10,
    concurrency: 3,
    leaseMs: o.leaseMs ?? 60_000,
    pollMs: 10,
    log: silent,
    workerId: o.id,
  });
}

const rowOf = (key: string) =>
  db.selectFrom('outbox').selectAll().where('idempotency_key', '=', key).executeTakeFirstOrThrow();

/** Makes a leased or backed-off job due now, as if the time had passed. */
const makeDue = (key: string) =>
  db
    .updateTable('outbox')
    .set({ run_at: sql`now() - interval '1 second'` })
    .where('idempotency_key', '=', key)
    .execute();

describe('enqueueing', () => {
  it('adds a key once, however often it is enqueued', async () => {
    assert.equal(await enqueue(db, job('k1')), 1);
    assert.equal(await enqueue(db, [job('k1'), job('k2')]), 1);
    const n = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(n.n, 2);
  });

  it('a job written in a transaction that rolls back never exists', async () => {
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await enqueue(trx, job('gone'));
        throw new Error('rollback');
      }),
    );
    assert.equal(
      await db.selectFrom('outbox').select('id').where('idempotency_key', '=', 'gone').executeTakeFirst(),
      undefined,
    );
  });
});

describe('claiming', () => {
  it('a claimed job is leased: nobody else gets it until the lease ends, then it is tried again', async () => {
    await enqueue(db, job('lease'));
    const first = await claimDueJobs(db, { workerId: 'a', limit: 10, leaseMs: 60_000 });
    assert.equal(first.length, 1);
    assert.equal(first[0]?.attempts, 1);
    assert.deepEqual(await claimDueJobs(db, { workerId: 'b', limit: 10, leaseMs: 60_000 }), []);
    await makeDue('lease'); // worker a died; its lease ran out
    const again = await claimDueJobs(db, { workerId: 'b', limit: 10, leaseMs: 60_000 });
    assert.equal(again[0]?.attempts, 2);
    assert.equal((await rowOf('lease')).locked_by, 'b');
  });

  it('jobs due later are not claimed', async () => {
    await enqueue(db, { ...job('later'), runAt: new Date(Date.now() + 60_000) });
    assert.deepEqual(await claimDueJobs(db, { workerId: 'a', limit: 10, leaseMs: 1000 }), []);
  });

  it(`several workers at once deliver every job exactly once (${testDatabaseKind()})`, async () => {
    const N = 300;
    await enqueue(
      db,
      Array.from({ length: N }, (_, i) => job(`many-${i}`)),
    );
    const delivered = new Map<string, number>();
    const handler: JobHandler = async (j) => {
      delivered.set(j.idempotencyKey, (delivered.get(j.idempotencyKey) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 1));
      return { providerId: null };
    };
    const workers = ['w1', 'w2', 'w3', 'w4'].map((id) => worker(handler, { id, batchSize: 7 }));
    await Promise.all(
      workers.map(async (w) => {
        while ((await w.runOnce()) > 0);
      }),
    );
    assert.equal(delivered.size, N);
    assert.ok([...delivered.values()].every((n) => n === 1));
    const sent = await db.selectFrom('outbox').select('id').where('state', '=', 'sent').execute();
    assert.equal(sent.length, N);
  });
});

describe('failures', () => {
  it('a failure backs off with jitter and the job is tried again later', async () => {
    await enqueue(db, job('flaky'));
    let calls = 0;
    const w = worker(async () => {
      calls += 1;
      if (calls === 1) throw new Error('421 try again later');
      return { providerId: 'p-1' };
    });
    await w.runOnce();
    const failed = await rowOf('flaky');
    assert.equal(failed.state, 'pending');
    assert.equal(failed.attempts, 1);
    assert.equal(failed.last_error, '421 try again later');
    assert.equal(failed.locked_by, null);
    const wait = failed.run_at.getTime() - Date.now();
    assert.ok(wait > BACKOFF_BASE_MS / 2 - 5000 && wait <= BACKOFF_BASE_MS + 1000, `waits ${wait} ms`);
    assert.equal(await w.runOnce(), 0); // not due yet
    await makeDue('flaky');
    await w.runOnce();
    const sent = await rowOf('flaky');
    assert.equal(sent.state, 'sent');
    assert.equal(sent.provider_id, 'p-1');
    assert.equal(sent.attempts, 2);
  });

  it('a permanent error gives up at once; used-up attempts give up too', async () => {
    await enqueue(db, [job('bad-address'), { ...job('always-down'), maxAttempts: 2 }]);
    const w = worker(async (j) => {
      if (j.idempotencyKey === 'bad-address')
        throw Object.assign(new Error('550 no such user'), { permanent: true });
      throw new Error('connection refused');
    });
    await w.runOnce();
    assert.equal((await rowOf('bad-address')).state, 'dead');
    assert.equal((await rowOf('always-down')).state, 'pending');
    await makeDue('always-down');
    await w.runOnce();
    const dead = await rowOf('always-down');
    assert.equal(dead.state, 'dead');
    assert.equal(dead.attempts, 2);
  });

  it('a job whose worker died during every attempt gives up without trying again', async () => {
    await enqueue(db, { ...job('crashes'), maxAttempts: 2 });
    for (const id of ['a', 'b']) {
      await claimDueJobs(db, { workerId: id, limit: 1, leaseMs: 60_000 }); // and the worker dies
      await makeDue('crashes');
    }
    let called = false;
    await worker(async () => {
      called = true;
      return { providerId: null };
    }).runOnce();
    assert.equal(called, false);
    const row = await rowOf('crashes');
    assert.equal(row.state, 'dead');
    assert.match(row.last_error ?? '', /worker stopped during every attempt/);
  });

  it('a job of a type nobody handles is given up, not retried for ever', async () => {
    await enqueue(db, { ...job('unknown'), type: 'nobody' });
    await worker(async () => ({ providerId: null })).runOnce();
    assert.equal((await rowOf('unknown')).state, 'dead');
  });

  it("a slow worker whose lease ran out cannot fail the new holder's claim", async () => {
    await enqueue(db, job('slow'));
    const [claimed] = await claimDueJobs(db, { workerId: 'slow', limit: 1, leaseMs: 60_000 });
    assert.ok(claimed);
    await makeDue('slow');
    await claimDueJobs(db, { workerId: 'fast', limit: 1, leaseMs: 60_000 });
    await markFailed(db, claimed, 'slow', 'timeout', true);
    const row = await rowOf('slow');
    assert.equal(row.state, 'pending');
    assert.equal(row.locked_by, 'fast');
  });
});

describe('dead letters', () => {
  it('admins see the given-up jobs of their own municipality, masked, and can send them again', async () => {
    await enqueue(db, [
      job('dl-1', { channel: 'email', event: 'caseSubmitted', to: 'tolvan@example.se' }),
      job('dl-2', { channel: 'sms', event: 'statusChanged', to: '+46701234567' }),
    ]);
    await worker(async () => {
      throw Object.assign(new Error('550 mailbox unavailable'), { permanent: true });
    }).runOnce();
    const service = createDeadLetterService(db);
    const { items, total } = await service.list(municipalityId);
    assert.equal(total, 2);
    assert.deepEqual(items.map((i) => i.recipient).sort(), ['+4670***67', 't***@example.se']);
    assert.equal(items[0]?.lastError, '550 mailbox unavailable');

    const other = await db
      .insertInto('municipality')
      .values({ slug: 'annanby', name: 'Annanby', accessibility_statement: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    assert.equal((await service.list(other.id)).total, 0);
    const ids = items.map((i) => i.id);
    assert.equal(await service.retry(other.id, ids, 'someone'), 0);

    assert.equal(await service.retry(municipalityId, [ids[0] ?? 0, -1, Number.NaN], 'admin'), 1);
    const again = await db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', ids[0] ?? 0)
      .executeTakeFirstOrThrow();
    assert.equal(again.state, 'pending');
    assert.equal(again.attempts, 0);
    const audit = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'outbox.retry')
      .execute();
    assert.equal(audit.length, 1);
  });
});

describe('backoff', () => {
  it('doubles from about 30 seconds, never waits less than half, and stops growing at two hours', () => {
    assert.equal(
      retryDelayMs(1, () => 0),
      BACKOFF_BASE_MS / 2,
    );
    assert.equal(
      retryDelayMs(1, () => 1),
      BACKOFF_BASE_MS,
    );
    assert.equal(
      retryDelayMs(3, () => 1),
      BACKOFF_BASE_MS * 4,
    );
    assert.equal(
      retryDelayMs(30, () => 1),
      BACKOFF_MAX_MS,
    );
    assert.equal(
      retryDelayMs(30, () => 0),
      BACKOFF_MAX_MS / 2,
    );
  });

  it('masks addresses for the admin list', () => {
    assert.equal(maskRecipient('anna@testby.se'), 'a***@testby.se');
    assert.equal(maskRecipient('+46701234567'), '+4670***67');
    assert.equal(maskRecipient(undefined), null);
  });
});

describe('pruning', () => {
  it('deletes delivered jobs after 30 days and keeps the rest', async () => {
    await enqueue(db, [job('old'), job('recent'), job('waiting'), job('given-up')]);
    await db
      .updateTable('outbox')
      .set({ state: 'sent', sent_at: sql`now() - interval '31 days'` })
      .where('idempotency_key', '=', 'old')
      .execute();
    await db
      .updateTable('outbox')
      .set({ state: 'sent', sent_at: sql`now() - interval '29 days'` })
      .where('idempotency_key', '=', 'recent')
      .execute();
    await db.updateTable('outbox').set({ state: 'dead' }).where('idempotency_key', '=', 'given-up').execute();
    assert.equal(await pruneSentJobs(db), 1);
    const left = await db.selectFrom('outbox').select('idempotency_key').orderBy('idempotency_key').execute();
    assert.deepEqual(
      left.map((r) => r.idempotency_key),
      ['given-up', 'recent', 'waiting'],
    );
  });
});
