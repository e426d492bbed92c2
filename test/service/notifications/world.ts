import assert from 'node:assert/strict';
import { loadConfig } from '../../../src/config.ts';
import { outboxWorkerFor } from '../../../src/jobs/outbox-runtime.ts';
import type { DraftOwner } from '../../../src/services/drafts/draft-owner.ts';
import { createServices } from '../../../src/services/index.ts';
import { createTestDatabase } from '../../support/db.ts';
import { TINY_ESERVICE } from '../../support/eservice-fixture.ts';
import { startMailCatcher } from './mail-catcher.ts';
import { startSmsCatcher } from './sms-catcher.ts';

/** An e-service whose form asks for an e-mail address and a mobile number. */
export const CONTACT_DEFINITION = {
  schemaVersion: 1,
  steps: [
    {
      id: 'om-dig',
      title: { sv: 'Om dig', en: 'About you' },
      questions: [
        { id: 'q1', key: 'name', type: 'text', label: { sv: 'Namn', en: 'Name' }, required: true },
        {
          id: 'q2',
          key: 'contact',
          type: 'contact',
          label: { sv: 'Kontaktuppgifter', en: 'Contact details' },
          required: false,
          fields: { email: 'optional', phone: 'optional' },
        },
      ],
    },
  ],
} as const;

export const TOLVAN: DraftOwner = {
  kind: 'resident',
  personalNumber: '191212121212',
  name: 'Tolvan Tolvansson',
  loginMethod: 'bankid',
};

export const silentLog = { info() {}, warn() {}, error() {} };

/**
 * A municipality with the contact e-service ("Skolmat"), officers Anna and
 * Erik (both with e-mail, both handling it), a group mailbox, a real SMTP
 * server and a 46elks-speaking SMS server on loopback, and the outbox worker
 * pointed at them.
 */
export async function notificationWorld() {
  const mail = await startMailCatcher();
  const sms = await startSmsCatcher();
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: 'memory://',
    PUBLIC_URL: 'https://e-tjanster.example.se',
    SMTP_URL: mail.url,
    MAIL_FROM: 'Testby kommun <no-reply@e-tjanster.example.se>',
    SMS_PROVIDER: '46elks',
    ELKS_API_URL: sms.url,
    ELKS_API_USERNAME: sms.credentials.username,
    ELKS_API_PASSWORD: sms.credentials.password,
    SMS_FROM: 'Testby',
  });
  const services = createServices(db, config);
  const m = await services.municipalities.create({ slug: 'testby', name: 'Testby kommun' });
  const eService = await services.eServices.create(m.id, {
    ...TINY_ESERVICE,
    slug: 'skolmat',
    name: { sv: 'Ansökan om skolmat', en: 'School meals application' },
  });
  const v = await services.eServices.addVersion(m.id, eService.id, CONTACT_DEFINITION);
  await services.eServices.publish(m.id, v.id);
  const officer = (username: string, name: string, email: string | null) =>
    services.staffUsers.create({ municipalityId: m.id, username, name, email, roles: ['officer'] });
  const anna = await officer('anna', 'Anna Andersson', 'anna@testby.se');
  const erik = await officer('erik', 'Erik Eriksson', 'erik@testby.se');
  const groupId = await services.staffUsers.createGroup(
    m.id,
    'Skolmat',
    [anna.id, erik.id],
    'skolmat@testby.se',
  );
  const { worker, close: closeWorker } = outboxWorkerFor(db.db, config, silentLog);

  /** Runs the worker until nothing is due. */
  async function drain(): Promise<void> {
    for (let i = 0; i < 100; i++) if ((await worker.runOnce()) === 0) return;
    throw new Error('the outbox did not drain');
  }

  async function submit(
    contact: { email?: string; phone?: string },
    lang = 'sv',
    owner: DraftOwner = TOLVAN,
  ) {
    const id = await services.drafts.start(m.id, eService.id, owner);
    assert.ok(id);
    const draft = await services.drafts.get(m.id, id, owner);
    assert.ok(draft);
    const posted: Record<string, string> = { 'q.name': 'Tolvan' };
    if (contact.email) posted['q.contact.email'] = contact.email;
    if (contact.phone) posted['q.contact.phone'] = contact.phone;
    const r1 = await services.drafts.saveStep(draft, 'om-dig', posted);
    assert.deepEqual(r1.errors, []);
    const r = await services.submitCase(m.id, id, owner, lang);
    assert.ok(r.ok);
    return { caseId: r.caseId, caseNumber: r.caseNumber };
  }

  async function setSettings(s: Record<string, Record<string, boolean>>) {
    assert.ok(await services.notifications.settings.save(m.id, eService.id, s));
  }

  async function assign(caseId: string, userId: string) {
    await db.db
      .insertInto('case_officer')
      .values({ case_id: caseId, user_id: userId, municipality_id: m.id })
      .execute();
  }

  return {
    db: db.db,
    services,
    config,
    mail,
    sms,
    worker,
    municipalityId: m.id,
    eServiceId: eService.id,
    users: { anna, erik },
    groupId,
    drain,
    submit,
    setSettings,
    assign,
    async close() {
      await closeWorker();
      await db.close();
      await mail.close();
      await sms.close();
    },
  };
}

export type NotificationWorld = Awaited<ReturnType<typeof notificationWorld>>;
