import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { StaffPrincipal } from '../../../src/domain/staff/roles.ts';
import type { OfficerActor } from '../../../src/services/officer/case-actions-core.ts';
import { setEServiceOfficers } from '../../../src/services/officer/handlers.ts';
import { loadOfficerScope } from '../../../src/services/officer/scope.ts';
import { type NotificationWorld, notificationWorld } from './world.ts';

let w: NotificationWorld;
let anna: OfficerActor;
let erik: OfficerActor;
const cases: { caseId: string; caseNumber: string }[] = [];

const actor = async (p: StaffPrincipal): Promise<OfficerActor> => ({
  principal: p,
  scope: await loadOfficerScope(w.db, p),
});

before(async () => {
  w = await notificationWorld();
  await setEServiceOfficers(w.db, w.municipalityId, w.eServiceId, [
    { userId: w.users.anna.id },
    { userId: w.users.erik.id, restricted: true },
  ]);
  anna = await actor(w.users.anna);
  erik = await actor(w.users.erik);
  await w.setSettings({ caseSubmitted: { email: false, sms: false } });
  cases.push(await w.submit({ email: 'a@example.se', phone: '0701111111' }, 'sv'));
  cases.push(await w.submit({ email: 'b@example.se' }, 'en'));
  cases.push(await w.submit({}, 'sv'));
  await w.assign(cases[1]?.caseId ?? '', w.users.erik.id);
});
after(() => w.close());
beforeEach(async () => {
  await w.db.deleteFrom('outbox').execute();
  w.mail.clear();
  w.sms.clear();
});

const everyone = () => ({ kind: 'filter' as const, eServiceId: w.eServiceId });
const input = {
  channel: 'email' as const,
  subject: 'Bekräfta din plats ({caseNumber})',
  body: 'Logga in och bekräfta din plats i kön för {eService}: {link}',
};
const makeAllDue = () => w.db.updateTable('outbox').set({ run_at: sql`now()` }).execute();

describe('broadcasts', () => {
  it('previews the number of cases and e-mails, and the message as the first applicant reads it', async () => {
    const p = await w.services.notifications.broadcasts.preview(anna, everyone(), input);
    assert.ok(p.ok);
    assert.equal(p.cases, 3);
    assert.equal(p.deliveries, 2);
    assert.equal(p.sample?.subject, `Bekräfta din plats (${cases[0]?.caseNumber})`);
    assert.match(
      p.sample?.text ?? '',
      /kön för Ansökan om skolmat: https:\/\/e-tjanster\.example\.se\/testby\/mina-sidor\/arenden\//,
    );
  });

  it('writes a My pages message and a history event in every case, and e-mails those with an address once', async () => {
    const r = await w.services.notifications.broadcasts.send(anna, everyone(), input, { perSecond: 2 });
    assert.ok(r.ok);
    assert.deepEqual([r.cases, r.deliveries], [3, 2]);
    const runAt = await w.db.selectFrom('outbox').select('run_at').orderBy('run_at').execute();
    const spread = (runAt[1]?.run_at.getTime() ?? 0) - (runAt[0]?.run_at.getTime() ?? 0);
    assert.ok(Math.abs(spread - 500) < 50, `throttled to 2 per second (${spread} ms apart)`);
    await makeAllDue();
    await w.drain();
    assert.deepEqual(w.mail.mails.map((m) => m.to[0]).sort(), ['a@example.se', 'b@example.se']);
    assert.equal(w.mail.to('b@example.se')[0]?.subject, `Bekräfta din plats (${cases[1]?.caseNumber})`);
    assert.match(w.mail.to('b@example.se')[0]?.text ?? '', /School meals application/);
    for (const c of cases) {
      const msgs = await w.db
        .selectFrom('case_message')
        .select('body')
        .where('case_id', '=', c.caseId)
        .execute();
      assert.equal(msgs.length, 1);
      assert.match(msgs[0]?.body ?? '', new RegExp(`Bekräfta din plats \\(${c.caseNumber}\\)`));
      const events = await w.db
        .selectFrom('case_event')
        .select(['type', 'details'])
        .where('case_id', '=', c.caseId)
        .where('type', '=', 'message_to_applicant')
        .execute();
      assert.equal(events.length, 1);
      assert.equal(events[0]?.details.broadcastId, r.broadcastId);
    }
    await w.db.deleteFrom('case_message').execute();
  });

  it('by SMS texts the numbers given; on My pages only, sends nothing', async () => {
    const sms = await w.services.notifications.broadcasts.send(anna, everyone(), {
      channel: 'sms',
      subject: '',
      body: 'Bekräfta din plats i kön: {link}',
    });
    assert.ok(sms.ok);
    assert.equal(sms.deliveries, 1);
    const mine = await w.services.notifications.broadcasts.send(anna, everyone(), {
      channel: 'my_pages',
      subject: '',
      body: 'Skolan är stängd på fredag.',
    });
    assert.ok(mine.ok);
    assert.deepEqual([mine.cases, mine.deliveries], [3, 0]);
    await makeAllDue();
    await w.drain();
    assert.deepEqual(
      w.sms.messages.map((m) => m.to),
      ['+46701111111'],
    );
    assert.equal(w.mail.mails.length, 0);
    await w.db.deleteFrom('case_message').execute();
  });

  it('reaches only the cases the officer may see', async () => {
    const p = await w.services.notifications.broadcasts.preview(erik, everyone(), input);
    assert.ok(p.ok);
    assert.equal(p.cases, 1, 'a restricted officer: only the case assigned to them');
    const existing = (await w.db.selectFrom('broadcast').select('id').execute()).length;
    const other = await w.services.municipalities.create({ slug: 'annanby', name: 'Annanby' });
    const stranger = await actor(
      await w.services.staffUsers.create({
        municipalityId: other.id,
        username: 'x',
        name: 'X',
        roles: ['admin'],
      }),
    );
    const r = await w.services.notifications.broadcasts.send(
      stranger,
      { kind: 'cases', caseIds: cases.map((c) => c.caseId) },
      input,
    );
    assert.deepEqual(r, { ok: false, reason: 'noCases' });
    assert.equal(
      (await w.db.selectFrom('broadcast').select('id').execute()).length,
      existing,
      'no broadcast recorded',
    );
  });

  it('refuses tampered selections and unknown variables, and changes nothing', async () => {
    const b = w.services.notifications.broadcasts;
    assert.deepEqual(await b.send(anna, { kind: 'cases', caseIds: ["1' OR 1=1"] }, input), {
      ok: false,
      reason: 'badSelection',
    });
    assert.deepEqual(
      await b.send(anna, { kind: 'filter', eServiceId: w.eServiceId, from: '2026-13' }, input),
      {
        ok: false,
        reason: 'badSelection',
      },
    );
    const bad = await b.send(anna, everyone(), { ...input, body: 'Hej {name}, {personnummer}' });
    assert.equal(bad.ok, false);
    assert.equal(bad.ok === false && bad.reason === 'invalid' && bad.problems.length, 2);
    const n = await w.db.selectFrom('outbox').select('id').execute();
    assert.equal(n.length, 0);
  });
});
