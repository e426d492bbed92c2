import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Answers } from '../../../src/domain/forms/answers.ts';
import { luhnCheckDigit } from '../../../src/domain/identity-numbers/index.ts';
import type { Services } from '../../../src/services/index.ts';
import type { OfficerActor } from '../../../src/services/officer/case-actions-core.ts';
import { setEServiceOfficers } from '../../../src/services/officer/handlers.ts';
import { loadOfficerScope } from '../../../src/services/officer/scope.ts';
import { publishTiny, TINY_DEFINITION, TINY_ESERVICE } from '../../support/eservice-fixture.ts';
import { kulturskolanApplication } from '../../support/kulturskolan-fixture.ts';
import { startSeededServices } from '../../support/seeded-services.ts';

let services: Services;
let close: () => Promise<void>;
let m: string;
let kulturskolan: string;
let tiny: string;
let withFile: string;
let ids: Record<string, string>;

async function actor(username: string): Promise<OfficerActor> {
  const principal = await services.staffUsers.principal(m, ids[username] as string);
  assert.ok(principal);
  return { principal, scope: await loadOfficerScope(services.db, principal) };
}

const kulturAnswers = kulturskolanApplication;

const caseCount = async () =>
  Number(
    (
      await services.db
        .selectFrom('case')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

before(async () => {
  ({ services, close, demoId: m, users: ids } = await startSeededServices());
  kulturskolan = (await services.eServices.bySlug(m, 'kulturskolan-ansokan'))?.id ?? '';
  tiny = (await publishTiny(services, m)).eService.id;
  // An e-service whose paper form has a required attachment.
  const e = await services.eServices.create(m, {
    ...TINY_ESERVICE,
    slug: 'intyg',
    handleWithinDays: 10,
  });
  const v = await services.eServices.addVersion(m, e.id, {
    schemaVersion: 1,
    steps: [
      {
        id: 'a',
        title: { sv: 'Intyg' },
        questions: [
          { id: 'n', key: 'name', type: 'text', label: { sv: 'Namn' }, required: true, summary: true },
          {
            id: 'f',
            key: 'certificate',
            type: 'file',
            label: { sv: 'Intyg' },
            required: true,
            accept: ['application/pdf'],
            maxSizeBytes: 1000,
            maxFiles: 1,
          },
        ],
      },
    ],
  });
  await services.eServices.publish(m, v.id);
  withFile = e.id;
  await setEServiceOfficers(services.db, m, tiny, [{ userId: ids.anna as string }]);
  await setEServiceOfficers(services.db, m, withFile, [{ userId: ids.anna as string }]);
});
after(() => close());

describe('manual cases: which e-services', () => {
  it('lists the e-services the officer handles that take manual cases', async () => {
    const names = (await services.manualCases.eServicesFor(await actor('anna'))).map((e) => e.name.sv);
    assert.ok(names.includes('Ansökan om specialkost'));
    assert.ok(names.includes('Liten e-tjänst'));
    assert.ok(!names.includes('Kulturskolan – ansökan'), 'Anna does not handle Kulturskolan');
    const admin = (await services.manualCases.eServicesFor(await actor('admin'))).map((e) => e.name.sv);
    assert.ok(admin.includes('Kulturskolan – ansökan'), 'admins handle every e-service');
  });

  it('leaves out an e-service closed to manual cases', async () => {
    await services.db
      .updateTable('e_service')
      .set({ manual_cases_allowed: false })
      .where('id', '=', withFile)
      .execute();
    const list = await services.manualCases.eServicesFor(await actor('anna'));
    assert.ok(!list.some((e) => e.id === withFile));
    assert.equal(await services.manualCases.eServiceFor(await actor('anna'), withFile), undefined);
    await services.db
      .updateTable('e_service')
      .set({ manual_cases_allowed: true })
      .where('id', '=', withFile)
      .execute();
  });
});

describe('manual cases: registering', () => {
  it('stores a paper case with its channel, the officer in its history, a number, a due date and search text', async () => {
    const erik = await actor('erik');
    const before = Date.now();
    const r = await services.manualCases.register(erik, {
      eServiceId: kulturskolan,
      channel: 'paper',
      personalNumber: '8112189876',
      name: '  Amina   Hassan ',
      answers: kulturAnswers('bjorkskolan'),
    });
    assert.ok(r.ok, JSON.stringify(r));
    assert.match(r.caseNumber, /^\d{4}-\d{5}$/);
    const c = await services.db
      .selectFrom('case')
      .selectAll()
      .where('id', '=', r.caseId)
      .executeTakeFirstOrThrow();
    assert.equal(c.channel, 'paper');
    assert.equal(c.status, 'submitted');
    assert.equal(c.concerns_personal_number, '198112189876');
    assert.equal(c.concerns_name, 'Amina Hassan');
    assert.equal(c.login_method, null);
    assert.deepEqual(c.summary, { studentName: 'Nora Lind', school: 'Björkskolan (F–9)' });
    assert.ok(c.search_text.includes(r.caseNumber) && c.search_text.includes('19811218-9876'));
    assert.ok(c.search_text.includes('amina hassan'));
    const dueIn = (c.due_at?.getTime() ?? 0) - before;
    assert.ok(Math.abs(dueIn - 30 * 86_400_000) < 60_000, `due in ${dueIn} ms`);
    const events = await services.db
      .selectFrom('case_event')
      .selectAll()
      .where('case_id', '=', r.caseId)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      events.map((e) => [e.type, e.actor_kind, e.actor_name]),
      [
        ['registered_manually', 'staff', 'Erik Handläggare'],
        ['assigned', 'system', null],
      ],
    );
    assert.equal(events[0]?.actor_id, ids.erik);
    assert.deepEqual(events[0]?.details, { status: 'submitted', versionId: c.version_id, channel: 'paper' });
  });

  it('applies the automatic assignment rules', async () => {
    const r = await services.manualCases.register(await actor('erik'), {
      eServiceId: kulturskolan,
      channel: 'phone',
      answers: kulturAnswers('bjorkskolan'),
    });
    assert.ok(r.ok);
    assert.deepEqual(r.assignment?.target, { kind: 'user', userId: ids.erik });
    const officers = await services.db
      .selectFrom('case_officer')
      .select('user_id')
      .where('case_id', '=', r.caseId)
      .execute();
    assert.deepEqual(
      officers.map((o) => o.user_id),
      [ids.erik],
    );
  });

  it('shows the case on the person’s My pages', async () => {
    const cases = await services.residentCases.list(m, '198112189876');
    assert.equal(cases.length, 1);
  });

  it('takes its number from the same sequence as web submissions', async () => {
    const owner = {
      kind: 'resident' as const,
      personalNumber: '191212121212',
      name: 'Tolvan',
      loginMethod: 'bankid',
    };
    const draftId = await services.drafts.start(m, tiny, owner);
    assert.ok(draftId);
    await services.db
      .updateTable('draft')
      .set({ answers: JSON.stringify({ name: 'Tolvan', hasPet: false }) })
      .where('id', '=', draftId)
      .execute();
    const web = await services.submitCase(m, draftId, owner, 'sv');
    assert.ok(web.ok);
    const manual = await services.manualCases.register(await actor('anna'), {
      eServiceId: tiny,
      channel: 'visit',
      answers: { name: 'Besökare', hasPet: false },
    });
    assert.ok(manual.ok);
    const seq = (n: string) => Number(n.split('-')[1]);
    assert.equal(seq(manual.caseNumber), seq(web.caseNumber) + 1);
  });

  it('accepts a samordningsnummer and stores no due date when the e-service promises none', async () => {
    const payload = '701063239';
    const samordning = `19${payload}${luhnCheckDigit(payload)}`;
    const r = await services.manualCases.register(await actor('anna'), {
      eServiceId: tiny,
      channel: 'email',
      personalNumber: samordning,
      answers: { name: 'Ny i Sverige', hasPet: true, petName: 'Doris' },
    });
    assert.ok(r.ok, JSON.stringify(r));
    const c = await services.db
      .selectFrom('case')
      .selectAll()
      .where('id', '=', r.caseId)
      .executeTakeFirstOrThrow();
    assert.equal(c.concerns_personal_number, samordning);
    assert.equal(c.due_at, null);
    assert.deepEqual(c.answers, { name: 'Ny i Sverige', hasPet: true, petName: 'Doris' });
  });

  it('does not let a required attachment stop a paper case (scans are added as documents)', async () => {
    const r = await services.manualCases.register(await actor('anna'), {
      eServiceId: withFile,
      channel: 'paper',
      answers: {
        name: 'Med intyg',
        certificate: [{ id: 'forged', name: 'x.pdf', size: 1, mime: 'application/pdf' }],
      },
    });
    assert.ok(r.ok, JSON.stringify(r));
    const c = await services.db
      .selectFrom('case')
      .select(['answers', 'due_at'])
      .where('id', '=', r.caseId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(c.answers, { name: 'Med intyg' }, 'file answers are never taken from the input');
    assert.ok(c.due_at);
  });

  it('assigns a restricted officer to the case they register, so they keep seeing it', async () => {
    await setEServiceOfficers(services.db, m, tiny, [{ userId: ids.anna as string, restricted: true }]);
    const anna = await actor('anna');
    const r = await services.manualCases.register(anna, {
      eServiceId: tiny,
      channel: 'paper',
      answers: { name: 'X', hasPet: false },
    });
    assert.ok(r.ok);
    const officers = await services.db
      .selectFrom('case_officer')
      .select('user_id')
      .where('case_id', '=', r.caseId)
      .execute();
    assert.deepEqual(
      officers.map((o) => o.user_id),
      [ids.anna],
    );
    const events = await services.db
      .selectFrom('case_event')
      .select(['type', 'details'])
      .where('case_id', '=', r.caseId)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      events.map((e) => e.type),
      ['registered_manually', 'case_taken'],
    );
    assert.deepEqual(events[1]?.details, {
      officerId: ids.anna,
      officerName: 'Anna Handläggare',
      rowVersion: 2,
      reason: 'registeredManually',
    });
    await setEServiceOfficers(services.db, m, tiny, [{ userId: ids.anna as string }]);
  });
});

describe('manual cases: bad input stores nothing', () => {
  it('refuses an unknown, unhandled or tampered e-service as not found', async () => {
    const other = await services.municipalities.create({ slug: 'annanby', name: 'Annanby kommun' });
    const foreign = (await publishTiny(services, other.id)).eService.id;
    const n = await caseCount();
    const anna = await actor('anna');
    for (const eServiceId of [kulturskolan, foreign, 'x', '00000000-0000-4000-8000-000000000000']) {
      const r = await services.manualCases.register(anna, {
        eServiceId,
        channel: 'paper',
        answers: kulturAnswers('bjorkskolan'),
      });
      assert.deepEqual(r, { ok: false, reason: 'notFound' }, eServiceId);
    }
    assert.equal(await caseCount(), n);
  });

  it('reports a missing or web channel, a wrong personnummer and a long name', async () => {
    const n = await caseCount();
    const anna = await actor('anna');
    for (const channel of [undefined, '', 'web', 'fax']) {
      const r = await services.manualCases.register(anna, {
        eServiceId: tiny,
        channel,
        personalNumber: '19811218-9875',
        name: 'x'.repeat(201),
        answers: { name: 'A', hasPet: false },
      });
      assert.equal(r.ok, false);
      if (!r.ok && r.reason === 'invalid') {
        assert.deepEqual(r.detailErrors, [
          { field: 'channel', code: 'channelRequired' },
          { field: 'personalNumber', code: 'invalidPersonnummer', reason: 'checksum' },
          { field: 'name', code: 'nameTooLong', max: 200 },
        ]);
        assert.deepEqual(r.answerErrors, []);
      } else assert.fail(JSON.stringify(r));
    }
    assert.equal(await caseCount(), n);
  });

  it('reports answers that do not pass the form engine', async () => {
    const n = await caseCount();
    const r = await services.manualCases.register(await actor('anna'), {
      eServiceId: tiny,
      channel: 'paper',
      answers: { hasPet: true, otherPnr: '12345' },
    });
    assert.equal(r.ok, false);
    if (!r.ok && r.reason === 'invalid') {
      assert.deepEqual(
        r.answerErrors.map((e) => `${e.questionKey}:${e.code}`),
        ['name:required', 'petName:required', 'otherPnr:invalidValue'],
      );
    } else assert.fail(JSON.stringify(r));
    assert.equal(await caseCount(), n);
    assert.ok(TINY_DEFINITION.steps.length > 1);
  });
});

describe('manual cases: telling the officers', () => {
  it('queues "new case" for the e-service’s officers, not for the officer who registered it', async () => {
    await services.db
      .updateTable('e_service')
      .set({ notification_settings: JSON.stringify({ newCase: { email: true } }) })
      .where('id', '=', tiny)
      .execute();
    await services.db
      .updateTable('staff_user')
      .set({ email: 'anna@demo.se' })
      .where('id', '=', ids.anna as string)
      .execute();
    const newCaseTo = async (caseId: string) =>
      (
        await services.db
          .selectFrom('outbox')
          .select(sql<string>`payload->>'to'`.as('to'))
          .where('case_id', '=', caseId)
          .where(sql<boolean>`payload->>'event' = 'newCase'`)
          .execute()
      ).map((r) => r.to);
    const answers: Answers = { name: 'Ada', hasPet: false };
    const byAdmin = await services.manualCases.register(await actor('admin'), {
      eServiceId: tiny,
      channel: 'phone',
      personalNumber: '',
      name: 'Ada Lind',
      answers,
    });
    assert.ok(byAdmin.ok, JSON.stringify(byAdmin));
    assert.deepEqual(await newCaseTo(byAdmin.caseId), ['anna@demo.se']);
    const byAnna = await services.manualCases.register(await actor('anna'), {
      eServiceId: tiny,
      channel: 'phone',
      personalNumber: '',
      name: 'Ada Lind',
      answers,
    });
    assert.ok(byAnna.ok, JSON.stringify(byAnna));
    assert.deepEqual(await newCaseTo(byAnna.caseId), []);
  });
});
