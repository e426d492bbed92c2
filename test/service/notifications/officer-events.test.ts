import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { type RawBuilder, sql } from 'kysely';
import type { StaffPrincipal, StaffRole } from '../../../src/domain/staff/roles.ts';
import { sweepOverdueCases } from '../../../src/services/notifications/overdue.ts';
import { recordDownload } from '../../../src/services/notifications/receipts.ts';
import { createBulkActions } from '../../../src/services/officer/bulk-actions.ts';
import type { OfficerActor } from '../../../src/services/officer/case-actions-core.ts';
import { setEServiceOfficers } from '../../../src/services/officer/handlers.ts';
import { loadOfficerScope } from '../../../src/services/officer/scope.ts';
import { type NotificationWorld, notificationWorld, TOLVAN } from './world.ts';

/**
 * Officers' e-mails, end to end through the outbox to a real SMTP server.
 * Handlers of Skolmat: the group Skolmat (Anna, Erik; mailbox skolmat@) and
 * Stina, restricted, who reads English. Olle works in the municipality but
 * not on Skolmat, and Adam is an admin: neither should ever get anything.
 */
let w: NotificationWorld;
let anna: OfficerActor;
let stina: StaffPrincipal;
let erik: OfficerActor;

const ALL_OFFICER_EVENTS_ON = {
  messageFromApplicant: { email: true },
  internalNote: { email: true },
  caseAssigned: { email: true },
  supplementSubmitted: { email: true },
  officerStatusChanged: { email: true },
  caseOverdue: { email: true },
  messageRead: { email: true },
  fileDownloaded: { email: true },
  newCase: { email: true },
};
const APPLICANT_OFF = {
  caseSubmitted: { email: false, sms: false },
  statusChanged: { email: false, sms: false },
  caseCompleted: { email: false, sms: false },
  messageToApplicant: { email: false, sms: false },
};

const actor = async (p: StaffPrincipal): Promise<OfficerActor> => ({
  principal: p,
  scope: await loadOfficerScope(w.db, p),
});

/** Who got e-mail, sorted. */
const recipients = () => w.mail.mails.flatMap((m) => m.to).sort();

/** Nothing of the applicant in an officer's e-mail. */
function assertNoPersonalData(text: string) {
  assert.doesNotMatch(text, /Tolvan|191212121212|tolvan@example\.se/);
}

const rowVersion = async (caseId: string) =>
  (await w.db.selectFrom('case').select('row_version').where('id', '=', caseId).executeTakeFirstOrThrow())
    .row_version;

/** A case with these officers, the outbox drained and the mailboxes emptied. */
async function caseWith(officers: string[], opts: { lang?: string; group?: boolean } = {}) {
  const c = await w.submit({ email: 'tolvan@example.se' }, opts.lang ?? 'sv');
  for (const id of officers) await w.assign(c.caseId, id);
  if (opts.group)
    await w.db.updateTable('case').set({ assigned_group_id: w.groupId }).where('id', '=', c.caseId).execute();
  await w.drain();
  w.mail.clear();
  w.sms.clear();
  return c;
}

before(async () => {
  w = await notificationWorld();
  const create = (username: string, name: string, roles: StaffRole[]) =>
    w.services.staffUsers.create({
      municipalityId: w.municipalityId,
      username,
      name,
      email: `${username}@testby.se`,
      roles,
    });
  stina = await create('stina', 'Stina Svensson', ['officer']);
  await w.db
    .updateTable('staff_user')
    .set({ settings: JSON.stringify({ lang: 'en' }) })
    .where('id', '=', stina.id)
    .execute();
  await create('olle', 'Olle Olsson', ['officer']);
  await create('adam', 'Adam Admin', ['admin']);
  await setEServiceOfficers(w.db, w.municipalityId, w.eServiceId, [
    { groupId: w.groupId },
    { userId: stina.id, restricted: true },
  ]);
  anna = await actor(w.users.anna);
  erik = await actor(w.users.erik);
});
after(() => w.close());
beforeEach(async () => {
  await w.setSettings({ ...APPLICANT_OFF, ...ALL_OFFICER_EVENTS_ON });
  await w.services.notifications.settings.saveFunctionMailbox(w.municipalityId, w.eServiceId, {
    address: '',
    events: [],
  });
  await w.drain();
  w.mail.clear();
  w.sms.clear();
});

describe('new case', () => {
  it('e-mails every unrestricted handler and the group mailbox, nobody else', async () => {
    const { caseId, caseNumber } = await w.submit({ email: 'tolvan@example.se' });
    await w.drain();
    assert.deepEqual(recipients(), ['anna@testby.se', 'erik@testby.se', 'skolmat@testby.se']);
    const mail = w.mail.to('anna@testby.se')[0];
    assert.equal(mail?.subject, `Nytt ärende ${caseNumber}`);
    assert.match(mail?.text ?? '', new RegExp(`/testby/handlaggare/arenden/${caseId}`));
    assert.match(mail?.text ?? '', /Ansökan om skolmat/);
    assertNoPersonalData(mail?.text ?? '');
  });

  it('is off by default, and the function mailbox gets it when chosen', async () => {
    await w.db
      .updateTable('e_service')
      .set({ notification_settings: '{}' })
      .where('id', '=', w.eServiceId)
      .execute();
    await w.submit({});
    await w.drain();
    assert.deepEqual(recipients(), [], 'nothing to officers by default');
    w.mail.clear();
    await w.setSettings(APPLICANT_OFF);
    const saved = await w.services.notifications.settings.saveFunctionMailbox(
      w.municipalityId,
      w.eServiceId,
      {
        address: 'registrator@testby.se',
        events: ['newCase', 'messageRead', 'nonsense'],
      },
    );
    assert.deepEqual(saved, { ok: true });
    assert.deepEqual(
      await w.services.notifications.settings.functionMailbox(w.municipalityId, w.eServiceId),
      {
        address: 'registrator@testby.se',
        events: ['newCase'],
      },
    );
    const { caseNumber } = await w.submit({ email: 'tolvan@example.se' });
    await w.drain();
    assert.deepEqual(recipients(), ['registrator@testby.se']);
    assert.equal(w.mail.mails[0]?.subject, `Nytt ärende ${caseNumber}`);
  });

  it('refuses a malformed function mailbox address and keeps the old one', async () => {
    const s = w.services.notifications.settings;
    await s.saveFunctionMailbox(w.municipalityId, w.eServiceId, {
      address: 'a@testby.se',
      events: ['newCase'],
    });
    assert.deepEqual(
      await s.saveFunctionMailbox(w.municipalityId, w.eServiceId, { address: 'inte en adress', events: [] }),
      { ok: false, reason: 'invalidAddress' },
    );
    assert.equal((await s.functionMailbox(w.municipalityId, w.eServiceId))?.address, 'a@testby.se');
    const other = await w.services.municipalities.create({ slug: 'annanby2', name: 'Annanby' });
    assert.deepEqual(await s.saveFunctionMailbox(other.id, w.eServiceId, { address: '', events: [] }), {
      ok: false,
      reason: 'notFound',
    });
  });
});

describe('internal note', () => {
  it("e-mails the case's other officers and its group mailbox, not the author", async () => {
    const { caseId, caseNumber } = await caseWith([w.users.anna.id, stina.id], { group: true });
    const r = await w.services.officerCase.notes.add(anna, caseId, 'Ring skolan om detta.');
    assert.ok(r.ok);
    await w.drain();
    assert.deepEqual(recipients(), ['skolmat@testby.se', 'stina@testby.se']);
    const toStina = w.mail.to('stina@testby.se')[0];
    assert.equal(toStina?.subject, `New internal note in case ${caseNumber}`, 'Stina reads English');
    assert.match(toStina?.html ?? '', /<html lang="en"/);
    assert.doesNotMatch(toStina?.text ?? '', /Ring skolan/);
    assert.equal(
      w.mail.to('skolmat@testby.se')[0]?.subject,
      `Ny intern notering i ärende ${caseNumber}`,
      'a group mailbox reads Swedish',
    );
  });

  it('switched off, sends nothing', async () => {
    await w.setSettings({ internalNote: { email: false } });
    const { caseId } = await caseWith([w.users.anna.id, w.users.erik.id]);
    assert.ok((await w.services.officerCase.notes.add(anna, caseId, 'Anteckning')).ok);
    await w.drain();
    assert.deepEqual(recipients(), []);
  });
});

describe('case assigned', () => {
  it('tells the people given the case, not the officer who gave it', async () => {
    const { caseId, caseNumber } = await caseWith([]);
    const r = await w.services.officerCase.setOfficers(anna, caseId, {
      rowVersion: await rowVersion(caseId),
      officerIds: [w.users.anna.id, w.users.erik.id],
      confirmSelfRemoval: false,
    });
    assert.ok(r.ok);
    await w.drain();
    assert.deepEqual(recipients(), ['erik@testby.se']);
    assert.equal(w.mail.mails[0]?.subject, `Ärende ${caseNumber} har tilldelats dig`);
  });

  it('taking a case yourself sends nothing', async () => {
    const { caseId } = await caseWith([]);
    assert.ok((await w.services.officerCase.takeCase(erik, caseId, await rowVersion(caseId))).ok);
    await w.drain();
    assert.deepEqual(recipients(), []);
  });

  it('an automatic assignment tells the person, or the group mailbox', async () => {
    const set = await w.services.assignment.setRules(w.municipalityId, w.eServiceId, [
      { when: { '==': [{ var: 'name' }, 'Till Stina'] }, userId: stina.id },
      { when: true, groupId: w.groupId },
    ]);
    assert.ok(set.ok, JSON.stringify(set));
    await w.setSettings({ newCase: { email: false } });
    try {
      const id = await w.services.drafts.start(w.municipalityId, w.eServiceId, TOLVAN);
      assert.ok(id);
      const draft = await w.services.drafts.get(w.municipalityId, id, TOLVAN);
      assert.ok(draft);
      await w.services.drafts.saveStep(draft, 'om-dig', { 'q.name': 'Till Stina' });
      const toStina = await w.services.submitCase(w.municipalityId, id, TOLVAN, 'sv');
      assert.ok(toStina.ok);
      await w.drain();
      assert.deepEqual(recipients(), ['stina@testby.se']);
      assert.equal(w.mail.mails[0]?.subject, `Case ${toStina.caseNumber} has been assigned to you`);
      w.mail.clear();
      const toGroup = await w.submit({});
      await w.drain();
      assert.deepEqual(recipients(), ['skolmat@testby.se']);
      assert.equal(w.mail.mails[0]?.subject, `Ärende ${toGroup.caseNumber} har tilldelats dig`);
    } finally {
      await w.services.assignment.setRules(w.municipalityId, w.eServiceId, []);
    }
  });
});

describe('status changed', () => {
  it("e-mails the case's officers other than the actor, also when the applicant is not told", async () => {
    const { caseId, caseNumber } = await caseWith([w.users.anna.id, w.users.erik.id]);
    const r = await w.services.officerCase.changeStatus(anna, caseId, {
      rowVersion: await rowVersion(caseId),
      status: 'in_progress',
      notifyApplicant: false,
    });
    assert.ok(r.ok);
    await w.drain();
    assert.deepEqual(recipients(), ['erik@testby.se']);
    assert.equal(w.mail.mails[0]?.subject, `Ärende ${caseNumber} har ny status`);
    assert.match(w.mail.mails[0]?.text ?? '', /har fått status: Under behandling\./);
  });

  it('a change that conflicts sends nothing', async () => {
    const { caseId } = await caseWith([w.users.anna.id, w.users.erik.id]);
    const r = await w.services.officerCase.changeStatus(anna, caseId, {
      rowVersion: (await rowVersion(caseId)) - 1,
      status: 'in_progress',
      notifyApplicant: true,
    });
    assert.deepEqual(r, { ok: false, reason: 'conflict' });
    await w.drain();
    assert.deepEqual(recipients(), []);
  });
});

describe('bulk actions on the case list', () => {
  it('tell the applicants and officers as the case page does', async () => {
    await w.setSettings({ statusChanged: { email: true, sms: false } });
    const a = await caseWith([w.users.anna.id, w.users.erik.id]);
    const b = await caseWith([w.users.anna.id]);
    const bulk = createBulkActions(w.db);
    const selected = async () => [
      { id: a.caseId, rowVersion: await rowVersion(a.caseId) },
      { id: b.caseId, rowVersion: await rowVersion(b.caseId) },
    ];
    const status = await bulk.changeStatus(anna, await selected(), 'in_progress', true);
    assert.ok(status.ok);
    await w.drain();
    assert.deepEqual(recipients(), ['erik@testby.se', 'tolvan@example.se', 'tolvan@example.se']);
    w.mail.clear();
    const officers = await bulk.setOfficers(anna, await selected(), [w.users.anna.id, stina.id], false);
    assert.ok(officers.ok);
    await w.drain();
    assert.deepEqual(recipients(), ['stina@testby.se', 'stina@testby.se']);
  });
});

describe('supplement submitted', () => {
  it("e-mails the case's officers and group mailbox when the applicant sends it in", async () => {
    const { caseId, caseNumber } = await caseWith([w.users.erik.id], { group: true });
    await w.db.updateTable('case').set({ status: 'supplement_requested' }).where('id', '=', caseId).execute();
    const s = await w.services.supplements.start(w.municipalityId, caseId, TOLVAN);
    assert.ok(s.ok);
    const loaded = await w.services.supplements.load(w.municipalityId, caseId, TOLVAN);
    assert.ok(loaded);
    await w.services.saveStep(loaded.draft, 'om-dig', { 'q.name': 'Tolvan T' }, []);
    const r = await w.services.supplements.submit(w.municipalityId, caseId, loaded.draft.id, TOLVAN);
    assert.ok(r.ok);
    await w.drain();
    assert.deepEqual(recipients(), ['erik@testby.se', 'skolmat@testby.se']);
    assert.equal(w.mail.mails[0]?.subject, `Komplettering inskickad i ärende ${caseNumber}`);
  });
});

describe('message read receipt', () => {
  it('e-mails the officer who wrote the message when the applicant first opens it', async () => {
    const { caseId, caseNumber } = await caseWith([w.users.anna.id, w.users.erik.id]);
    assert.ok((await w.services.officerCase.messages.send(erik, caseId, 'Vi behöver ett intyg.')).ok);
    const c = await w.services.residentCases.get(w.municipalityId, caseId, TOLVAN);
    assert.ok(c);
    await w.services.residentCases.markMessagesRead(c);
    await w.services.residentCases.markMessagesRead(c);
    await w.drain();
    assert.deepEqual(recipients(), ['erik@testby.se']);
    assert.equal(w.mail.mails[0]?.subject, `Ditt meddelande i ärende ${caseNumber} är läst`);
    assert.doesNotMatch(w.mail.mails[0]?.text ?? '', /intyg/);
  });

  it('is off by default, and a broadcast gives no receipts', async () => {
    const { caseId } = await caseWith([w.users.anna.id]);
    const b = await w.services.notifications.broadcasts.send(
      anna,
      { kind: 'cases', caseIds: [caseId] },
      { channel: 'my_pages', subject: '', body: 'Skolan är stängd på fredag.' },
    );
    assert.ok(b.ok);
    const c = await w.services.residentCases.get(w.municipalityId, caseId, TOLVAN);
    assert.ok(c);
    await w.services.residentCases.markMessagesRead(c);
    await w.setSettings({ messageRead: { email: false } });
    assert.ok((await w.services.officerCase.messages.send(anna, caseId, 'Hej')).ok);
    await w.services.residentCases.markMessagesRead(c);
    await w.drain();
    assert.deepEqual(recipients(), []);
    const unread = await w.db
      .selectFrom('case_message')
      .select('id')
      .where('case_id', '=', caseId)
      .where('read_at', 'is', null)
      .execute();
    assert.equal(unread.length, 0, 'both messages are marked read all the same');
  });
});

describe('file downloaded receipt', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const policy = { allowedMimes: ['application/pdf'], maxBytes: 1_000_000 };

  it("e-mails the case's officers the first time the applicant downloads an officer's document", async () => {
    const { caseId, caseNumber } = await caseWith([w.users.anna.id]);
    const staffFile = await w.services.storedFiles.storeForCase(
      w.municipalityId,
      caseId,
      'beslut.pdf',
      PDF,
      policy,
      {
        kind: 'staff',
        id: w.users.erik.id,
        name: 'Erik Eriksson',
      },
    );
    const ownFile = await w.services.storedFiles.storeForCase(
      w.municipalityId,
      caseId,
      'intyg.pdf',
      PDF,
      policy,
      {
        kind: 'resident',
        id: null,
        name: 'Tolvan',
      },
    );
    assert.ok(staffFile.ok && ownFile.ok);
    const ref = { municipalityId: w.municipalityId, caseId, actorName: 'Tolvan Tolvansson' };
    assert.equal(await recordDownload(w.db, { ...ref, fileId: staffFile.file.id }), true);
    assert.equal(await recordDownload(w.db, { ...ref, fileId: staffFile.file.id }), false, 'once');
    assert.equal(await recordDownload(w.db, { ...ref, fileId: ownFile.file.id }), false, 'own upload');
    await w.drain();
    assert.deepEqual(recipients(), ['anna@testby.se']);
    assert.equal(w.mail.mails[0]?.subject, `Handling hämtad i ärende ${caseNumber}`);
    assert.doesNotMatch(w.mail.mails[0]?.text ?? '', /beslut\.pdf/);
    const events = await w.db
      .selectFrom('case_event')
      .select('details')
      .where('case_id', '=', caseId)
      .where('type', '=', 'document_downloaded')
      .execute();
    assert.deepEqual(
      events.map((e) => e.details.name),
      ['beslut.pdf'],
    );
  });
});

describe('case overdue', () => {
  it('once per case when its due date passes and it is open: its officers, group and the function mailbox', async () => {
    await w.services.notifications.settings.saveFunctionMailbox(w.municipalityId, w.eServiceId, {
      address: 'registrator@testby.se',
      events: ['caseOverdue'],
    });
    const late = await caseWith([w.users.anna.id], { group: true });
    const closed = await caseWith([w.users.anna.id]);
    const notYet = await caseWith([w.users.anna.id]);
    const ancient = await caseWith([w.users.anna.id]);
    const due = (id: string, at: RawBuilder<Date>) =>
      w.db.updateTable('case').set({ due_at: at }).where('id', '=', id).execute();
    await due(late.caseId, sql<Date>`now() - interval '1 hour'`);
    await due(closed.caseId, sql<Date>`now() - interval '1 hour'`);
    await w.db.updateTable('case').set({ closed_at: new Date() }).where('id', '=', closed.caseId).execute();
    await due(notYet.caseId, sql<Date>`now() + interval '1 day'`);
    await due(ancient.caseId, sql<Date>`now() - interval '90 days'`);
    // Cases of other tests may be late too: count only these.
    await w.db
      .updateTable('case')
      .set({ due_at: null })
      .where('id', 'not in', [late.caseId, closed.caseId, notYet.caseId, ancient.caseId])
      .execute();

    assert.equal(await sweepOverdueCases(w.db), 1);
    assert.equal(await sweepOverdueCases(w.db), 0, 'once');
    await w.drain();
    assert.deepEqual(recipients(), ['anna@testby.se', 'registrator@testby.se', 'skolmat@testby.se']);
    assert.equal(w.mail.mails[0]?.subject, `Ärende ${late.caseNumber} har förfallit`);
    const events = await w.db
      .selectFrom('case_event')
      .select(['case_id', 'actor_kind'])
      .where('type', '=', 'case_overdue')
      .execute();
    assert.deepEqual(events, [{ case_id: late.caseId, actor_kind: 'system' }]);
  });

  it('the worker sweeps on its own schedule', async () => {
    const late = await caseWith([w.users.erik.id]);
    await w.db
      .updateTable('case')
      .set({ due_at: sql`now() - interval '1 minute'` })
      .where('id', '=', late.caseId)
      .execute();
    w.worker.start();
    try {
      for (let i = 0; i < 100 && w.mail.to('erik@testby.se').length === 0; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await w.worker.stop();
    }
    assert.deepEqual(recipients(), ['erik@testby.se']);
  });
});

describe('message from the applicant', () => {
  it('also reaches the function mailbox when chosen, once per address', async () => {
    await w.services.notifications.settings.saveFunctionMailbox(w.municipalityId, w.eServiceId, {
      address: 'skolmat@testby.se',
      events: ['messageFromApplicant'],
    });
    const { caseId } = await caseWith([w.users.anna.id], { group: true });
    const c = await w.services.residentCases.get(w.municipalityId, caseId, TOLVAN);
    assert.ok(c);
    await w.services.residentCases.sendMessage(c, 'Tolvan Tolvansson', 'En fråga');
    await w.drain();
    assert.deepEqual(
      recipients(),
      ['anna@testby.se', 'skolmat@testby.se'],
      'the group mailbox is also the function mailbox: one e-mail',
    );
  });
});
