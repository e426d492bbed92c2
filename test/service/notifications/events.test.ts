import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  notifyMessageFromApplicant,
  notifyMessageToApplicant,
  notifyStatusChanged,
} from '../../../src/services/notifications/index.ts';
import { type NotificationWorld, notificationWorld } from './world.ts';

let w: NotificationWorld;
before(async () => {
  w = await notificationWorld();
});
after(() => w.close());
beforeEach(async () => {
  await w.setSettings({
    caseSubmitted: { email: true, sms: true },
    statusChanged: { email: true, sms: true },
    caseCompleted: { email: true, sms: false },
    messageToApplicant: { email: true, sms: true },
    messageFromApplicant: { email: true },
  });
  w.mail.clear();
  w.sms.clear();
});

const APPLICANT = { email: 'tolvan@example.se', phone: '070-123 45 67' };
const MOBILE = '+46701234567';

/** Nothing in a notification that the form asked, beyond where to send it. */
function assertNoPersonalData(text: string) {
  assert.doesNotMatch(text, /Tolvan|191212121212|19121212-1212/);
}

describe('case submitted', () => {
  it('e-mails and texts the applicant in Swedish, and no one else', async () => {
    const { caseId, caseNumber } = await w.submit(APPLICANT, 'sv');
    await w.drain();
    assert.equal(w.mail.mails.length, 1);
    const [mail] = w.mail.mails;
    assert.ok(mail);
    assert.deepEqual(mail.to, ['tolvan@example.se']);
    assert.equal(mail.subject, `Vi har tagit emot ditt ärende ${caseNumber}`);
    assert.match(mail.text, /Ansökan om skolmat/);
    const link = `https://e-tjanster.example.se/testby/mina-sidor/arenden/${caseId}`;
    assert.match(mail.text, new RegExp(link));
    assert.match(mail.html, new RegExp(`<a href="${link}">`));
    assert.match(mail.html, /<html lang="sv"/);
    assert.equal(mail.headers.get('auto-submitted'), 'auto-generated');
    assert.match(mail.messageId, /^<[0-9a-f]{32}@e-tjanster\.example\.se>$/);
    assertNoPersonalData(mail.text);

    assert.equal(w.sms.messages.length, 1);
    const [sms] = w.sms.messages;
    assert.ok(sms);
    assert.equal(sms.to, MOBILE);
    assert.equal(sms.from, 'Testby');
    assert.equal(sms.dontlog, 'message');
    assert.equal(
      sms.message,
      `Testby kommun: Vi har tagit emot ditt ärende ${caseNumber} (Ansökan om skolmat). Logga in: ${link}`,
    );
    assertNoPersonalData(sms.message);
  });

  it('writes in English to an applicant who applied in English', async () => {
    const { caseNumber } = await w.submit(APPLICANT, 'en');
    await w.drain();
    assert.equal(w.mail.mails[0]?.subject, `We have received your case ${caseNumber}`);
    assert.match(w.mail.mails[0]?.text ?? '', /School meals application/);
    assert.match(w.mail.mails[0]?.html ?? '', /<html lang="en"/);
    assert.match(w.sms.messages[0]?.message ?? '', /^Testby kommun: We have received your case/);
  });

  it('sends only what the e-service has switched on, and nothing without contact details', async () => {
    await w.setSettings({ caseSubmitted: { email: true, sms: false } });
    await w.submit(APPLICANT);
    await w.submit({});
    await w.submit({ phone: '08-123 456 78' }); // a landline takes no SMS
    await w.drain();
    assert.equal(w.mail.mails.length, 1);
    assert.equal(w.sms.messages.length, 0);
  });

  it('a double submit of one draft sends one receipt', async () => {
    const owner = {
      kind: 'resident' as const,
      personalNumber: '198112189876',
      name: 'Annan',
      loginMethod: 'bankid',
    };
    const id = await w.services.drafts.start(w.municipalityId, w.eServiceId, owner);
    assert.ok(id);
    const draft = await w.services.drafts.get(w.municipalityId, id, owner);
    assert.ok(draft);
    await w.services.drafts.saveStep(draft, 'om-dig', {
      'q.name': 'A',
      'q.contact.email': 'twice@example.se',
    });
    const [a, b] = await Promise.all([
      w.services.submitCase(w.municipalityId, id, owner, 'sv'),
      w.services.submitCase(w.municipalityId, id, owner, 'sv'),
    ]);
    assert.ok(a.ok && b.ok);
    assert.equal(a.caseId, b.caseId);
    await w.drain();
    assert.equal(w.mail.to('twice@example.se').length, 1);
  });

  it('writes Arabic to an applicant who applied in Arabic, right to left', async () => {
    const { caseNumber } = await w.submit({ email: 'ar@example.se' }, 'ar');
    await w.drain();
    const mail = w.mail.to('ar@example.se')[0];
    assert.equal(mail?.subject, `استلمنا طلبك ${caseNumber}`);
    assert.match(mail?.html ?? '', /<html lang="ar" dir="rtl"/);
  });
});

describe('status changed', () => {
  it('tells the applicant the new status in their language, once per change', async () => {
    const { caseId, caseNumber } = await w.submit(APPLICANT, 'en');
    await w.drain();
    w.mail.clear();
    w.sms.clear();
    const change = {
      municipalityId: w.municipalityId,
      caseId,
      status: 'in_progress',
      closed: false,
      rowVersion: 2,
    };
    await w.db.transaction().execute((trx) => notifyStatusChanged(trx, change));
    await w.db.transaction().execute((trx) => notifyStatusChanged(trx, change)); // same change again
    await w.drain();
    assert.equal(w.mail.mails.length, 1);
    assert.equal(w.mail.mails[0]?.subject, `Your case ${caseNumber} has a new status`);
    assert.match(w.mail.mails[0]?.text ?? '', /now has the status: In progress\./);
    assert.equal(w.sms.messages.length, 1);
    assert.match(w.sms.messages[0]?.message ?? '', /In progress/);
  });

  it('a closing status sends "case completed" on the channels switched on for it', async () => {
    const { caseId, caseNumber } = await w.submit(APPLICANT, 'sv');
    await w.drain();
    w.mail.clear();
    w.sms.clear();
    await w.db.transaction().execute((trx) =>
      notifyStatusChanged(trx, {
        municipalityId: w.municipalityId,
        caseId,
        status: 'approved',
        closed: true,
        rowVersion: 2,
      }),
    );
    await w.drain();
    assert.equal(w.mail.mails[0]?.subject, `Ditt ärende ${caseNumber} är klart`);
    assert.match(w.mail.mails[0]?.text ?? '', /status: Beviljat\./);
    assert.equal(w.sms.messages.length, 0);
  });

  it('a change rolled back sends nothing', async () => {
    const { caseId } = await w.submit(APPLICANT);
    await w.drain();
    w.mail.clear();
    await assert.rejects(
      w.db.transaction().execute(async (trx) => {
        await notifyStatusChanged(trx, {
          municipalityId: w.municipalityId,
          caseId,
          status: 'in_progress',
          closed: false,
          rowVersion: 9,
        });
        throw new Error('the change failed');
      }),
    );
    await w.drain();
    assert.equal(w.mail.mails.length, 0);
  });

  it('a case of another municipality is not touched', async () => {
    const { caseId } = await w.submit(APPLICANT);
    await w.drain();
    w.mail.clear();
    const other = await w.services.municipalities.create({ slug: 'annanby', name: 'Annanby' });
    await w.db.transaction().execute((trx) =>
      notifyStatusChanged(trx, {
        municipalityId: other.id,
        caseId,
        status: 'in_progress',
        closed: false,
        rowVersion: 2,
      }),
    );
    await w.drain();
    assert.equal(w.mail.mails.length, 0);
  });
});

describe('messages', () => {
  it('a message from the officer is announced to the applicant, without its text', async () => {
    const { caseId, caseNumber } = await w.submit(APPLICANT, 'sv');
    await w.drain();
    w.mail.clear();
    w.sms.clear();
    await w.db.transaction().execute((trx) =>
      notifyMessageToApplicant(trx, {
        municipalityId: w.municipalityId,
        caseId,
        messageId: crypto.randomUUID(),
      }),
    );
    await w.drain();
    assert.equal(w.mail.mails.length, 1);
    assert.equal(w.mail.mails[0]?.subject, `Nytt meddelande i ditt ärende ${caseNumber}`);
    assert.deepEqual(w.sms.to(MOBILE).length, 1);
  });

  it('a message from the applicant e-mails the assigned officers and the group mailbox, and no one else', async () => {
    const { caseId, caseNumber } = await w.submit(APPLICANT, 'sv');
    await w.drain();
    w.mail.clear();
    w.sms.clear();
    await w.assign(caseId, w.users.anna.id);
    await w.db.updateTable('case').set({ assigned_group_id: w.groupId }).where('id', '=', caseId).execute();
    const c = await w.services.residentCases.get(w.municipalityId, caseId, {
      kind: 'resident',
      personalNumber: '191212121212',
      name: 'Tolvan Tolvansson',
      loginMethod: 'bankid',
    });
    assert.ok(c);
    await w.services.residentCases.sendMessage(c, 'Tolvan Tolvansson', 'Hej, en fråga om min ansökan.');
    await w.drain();
    assert.deepEqual(w.mail.mails.map((m) => m.to[0]).sort(), ['anna@testby.se', 'skolmat@testby.se']);
    const toAnna = w.mail.to('anna@testby.se')[0];
    assert.ok(toAnna);
    assert.equal(toAnna.subject, `Nytt meddelande från sökande i ärende ${caseNumber}`);
    assert.match(toAnna.text, new RegExp(`/testby/handlaggare/arenden/${caseId}`));
    assert.doesNotMatch(toAnna.text, /en fråga om min ansökan/);
    assertNoPersonalData(toAnna.text);
    assert.equal(w.sms.messages.length, 0);
  });

  it('an unassigned case with no group tells nobody, and switched-off officer mail sends nothing', async () => {
    const { caseId } = await w.submit(APPLICANT);
    await w.drain();
    w.mail.clear();
    await w.db.transaction().execute((trx) =>
      notifyMessageFromApplicant(trx, {
        municipalityId: w.municipalityId,
        caseId,
        messageId: crypto.randomUUID(),
      }),
    );
    await w.assign(caseId, w.users.erik.id);
    await w.setSettings({ messageFromApplicant: { email: false } });
    await w.db.transaction().execute((trx) =>
      notifyMessageFromApplicant(trx, {
        municipalityId: w.municipalityId,
        caseId,
        messageId: crypto.randomUUID(),
      }),
    );
    await w.drain();
    assert.equal(w.mail.mails.length, 0);
  });
});

describe('templates', () => {
  it("an e-service's own wording is used in its language; the other languages keep the default", async () => {
    const t = w.services.notifications.templates;
    const saved = await t.save(w.municipalityId, w.eServiceId, {
      event: 'caseSubmitted',
      channel: 'email',
      lang: 'sv',
      subject: 'Tack! Ärende {caseNumber}',
      body: 'Vi har fått din ansökan till {eService}. Följ den här: {link}',
    });
    assert.deepEqual(saved, { ok: true });
    const sv = await w.submit({ email: 'sv@example.se' }, 'sv');
    const en = await w.submit({ email: 'en@example.se' }, 'en');
    await w.drain();
    assert.equal(w.mail.to('sv@example.se')[0]?.subject, `Tack! Ärende ${sv.caseNumber}`);
    assert.equal(w.mail.to('en@example.se')[0]?.subject, `We have received your case ${en.caseNumber}`);
    await t.reset(w.municipalityId, w.eServiceId, { event: 'caseSubmitted', channel: 'email', lang: 'sv' });
  });
});

describe('where the applicant is told', () => {
  it('the applicant changes or removes the address, and later notifications follow it', async () => {
    const { caseId } = await w.submit(APPLICANT, 'sv');
    await w.drain();
    w.mail.clear();
    w.sms.clear();
    const c = { id: caseId, municipalityId: w.municipalityId };
    const contact = w.services.notifications.applicantContact;
    assert.deepEqual(await contact.get(c), { email: 'tolvan@example.se', phone: MOBILE });
    assert.deepEqual(await contact.set(c, { email: 'not-an-address', phone: '08-123 456 78' }, 'Tolvan'), {
      ok: false,
      problems: ['invalidEmail', 'invalidPhone'],
    });
    assert.deepEqual(await contact.set(c, { email: 'ny@example.se', phone: '' }, 'Tolvan'), { ok: true });
    assert.deepEqual(await contact.get(c), { email: 'ny@example.se', phone: null });
    await w.db.transaction().execute((trx) =>
      notifyStatusChanged(trx, {
        municipalityId: w.municipalityId,
        caseId,
        status: 'in_progress',
        closed: false,
        rowVersion: 5,
      }),
    );
    await w.drain();
    assert.deepEqual(
      w.mail.mails.map((m) => m.to[0]),
      ['ny@example.se'],
    );
    assert.equal(w.sms.messages.length, 0);
    const events = await w.db
      .selectFrom('case_event')
      .select('details')
      .where('case_id', '=', caseId)
      .where('type', '=', 'notify_contact_changed')
      .execute();
    assert.deepEqual(
      events.map((e) => e.details),
      [{ email: true, sms: false }],
    );
  });
});
