import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import { createServices, type Services } from '../../../src/services/index.ts';
import { messageIdFor } from '../../../src/services/notifications/deliver.ts';
import { openScratchDatabase, type ScratchDatabase } from '../../support/db.ts';
import { TINY_ESERVICE } from '../../support/eservice-fixture.ts';
import { type MailCatcher, startMailCatcher } from '../notifications/mail-catcher.ts';
import { CONTACT_DEFINITION, TOLVAN } from '../notifications/world.ts';

const serverUrl = process.env.TEST_DATABASE_URL;
const PUBLIC_URL = 'https://e-tjanster.example.se';
const N = 60;
/** The worker is killed while the SMTP server holds this message, before its 250 reply. */
const KILL_AT = 15;

/**
 * `npm run worker` as a child process against PostgreSQL, killed with
 * SIGKILL in the middle of a batch, then started again. The embedded PGlite
 * database is one connection inside one process: no second process can open
 * it, so this test needs the PostgreSQL pass (TEST_DATABASE_URL) and is
 * skipped on PGlite.
 */
describe('killing the worker mid-run', {
  skip: serverUrl
    ? false
    : 'needs PostgreSQL (TEST_DATABASE_URL): a separate worker process cannot share an embedded PGlite database',
}, () => {
  let database: ScratchDatabase;
  let services: Services;
  let mail: MailCatcher;
  let release: () => void = () => {};
  let held: () => void = () => {};
  const heldNow = new Promise<void>((resolve) => {
    held = resolve;
  });
  let seen = 0;
  const children: ChildProcess[] = [];

  before(async () => {
    mail = await startMailCatcher({
      beforeAccept: async () => {
        seen += 1;
        if (seen !== KILL_AT) return;
        held();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      },
    });
    database = await openScratchDatabase({ serverUrl, prefix: 'ingang_kill' });
    services = createServices(database, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', PUBLIC_URL }));
  });
  after(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    release();
    await database?.close();
    await mail?.close();
  });

  function startWorker(): ChildProcess {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'worker'], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: database.url,
        PUBLIC_URL,
        SMTP_URL: mail.url,
        MAIL_FROM: 'Testby kommun <no-reply@e-tjanster.example.se>',
        SMS_PROVIDER: 'none',
        OUTBOX_BATCH_SIZE: '10',
        OUTBOX_CONCURRENCY: '1',
        OUTBOX_LEASE_SECONDS: '2',
        OUTBOX_POLL_MS: '100',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    return child;
  }

  async function waitFor(what: string, test: () => boolean | Promise<boolean>, ms = 60_000) {
    const end = Date.now() + ms;
    while (!(await test())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('delivers every message after a restart, and none twice', async () => {
    const m = await services.municipalities.create({ slug: 'testby', name: 'Testby kommun' });
    const e = await services.eServices.create(m.id, { ...TINY_ESERVICE, slug: 'skolmat' });
    const v = await services.eServices.addVersion(m.id, e.id, CONTACT_DEFINITION);
    await services.eServices.publish(m.id, v.id);
    const expected = new Set<string>();
    for (let i = 0; i < N; i++) {
      const id = await services.drafts.start(m.id, e.id, TOLVAN);
      assert.ok(id);
      const draft = await services.drafts.get(m.id, id, TOLVAN);
      assert.ok(draft);
      await services.drafts.saveStep(draft, 'om-dig', {
        'q.name': 'T',
        'q.contact.email': `r${i}@example.se`,
      });
      const r = await services.submitCase(m.id, id, TOLVAN, 'sv');
      assert.ok(r.ok);
      expected.add(messageIdFor(`caseSubmitted:${r.caseId}:email`, PUBLIC_URL));
    }

    const first = startWorker();
    await heldNow;
    // Message KILL_AT is on the wire; the rest of its batch is leased.
    first.kill('SIGKILL');
    await once(first, 'exit');
    await waitFor('the SMTP connection to close', () => mail.closedSessions.size > 0);
    release();
    const atKill = await database.db.selectFrom('outbox').select(['state', 'locked_by']).execute();
    assert.equal(atKill.filter((j) => j.state === 'sent').length, KILL_AT - 1);
    assert.ok(
      atKill.some((j) => j.state === 'pending' && j.locked_by !== null),
      'jobs were leased when it died',
    );
    assert.equal(mail.mails.length, KILL_AT - 1);

    const second = startWorker();
    await waitFor('every message', () => mail.mails.length >= N);
    await waitFor('the outbox to be done', async () => {
      const left = await database.db.selectFrom('outbox').select('id').where('state', '<>', 'sent').execute();
      return left.length === 0;
    });
    second.kill('SIGTERM');
    const [code] = await once(second, 'exit');
    assert.equal(code, 0, 'a stopped worker exits cleanly');

    const ids = mail.mails.map((x) => x.messageId);
    assert.equal(ids.length, N, 'none twice');
    assert.equal(new Set(ids).size, N);
    assert.deepEqual(new Set(ids), expected, 'every message delivered');
    const retried = await database.db
      .selectFrom('outbox')
      .select('attempts')
      .where('attempts', '>', 1)
      .execute();
    assert.ok(retried.length >= 1, 'the jobs the dead worker held were tried again after the lease');
  });
});
