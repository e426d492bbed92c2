import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { OfficerActor } from '../../../src/services/officer/case-actions-core.ts';
import { testDatabaseKind } from '../../support/db.ts';
import { type CaseWorld, caseWorld, TOLVAN } from './case-actions-support.ts';

let w: CaseWorld;
let anna: OfficerActor;
let rut: OfficerActor;
let olle: OfficerActor;
let admin: OfficerActor;
let nils: OfficerActor;

before(async () => {
  w = await caseWorld();
  anna = await w.actor(w.users.anna);
  rut = await w.actor(w.users.rut);
  olle = await w.actor(w.users.olle);
  admin = await w.actor(w.users.admin);
  nils = await w.actor(w.users.nils);
});
after(() => w.close());

describe(`changing status (${testDatabaseKind()})`, () => {
  it('writes status_changed, bumps row_version and sets updated_at', async () => {
    const id = await w.newCase();
    const before = await w.row(id);
    assert.equal(before.row_version, 1);
    const r = await w.services.officerCase.changeStatus(anna, id, {
      rowVersion: 1,
      status: 'in_progress',
      notifyApplicant: true,
    });
    assert.deepEqual(r, { ok: true, rowVersion: 2 });
    const after = await w.row(id);
    assert.equal(after.status, 'in_progress');
    assert.equal(after.row_version, 2);
    assert.ok(after.updated_at > before.updated_at);
    assert.equal(after.closed_at, null);
    const last = (await w.events(id)).at(-1);
    assert.equal(last?.type, 'status_changed');
    assert.equal(last?.actor_name, 'Anna Andersson');
    assert.deepEqual(last?.details, {
      status: 'in_progress',
      previousStatus: 'submitted',
      notifyApplicant: true,
      rowVersion: 2,
    });
  });

  it('sends the message to the applicant in the same change, records "do not notify", closes and reopens', async () => {
    const id = await w.newCase();
    const r = await w.services.officerCase.changeStatus(anna, id, {
      rowVersion: 1,
      status: 'approved',
      message: '  Välkommen!  ',
      notifyApplicant: false,
    });
    assert.ok(r.ok);
    const closed = await w.row(id);
    assert.ok(closed.closed_at instanceof Date);
    const msgs = await w.services.db
      .selectFrom('case_message')
      .selectAll()
      .where('case_id', '=', id)
      .execute();
    assert.equal(msgs.length, 1);
    assert.equal(msgs[0]?.direction, 'to_applicant');
    assert.equal(msgs[0]?.body, 'Välkommen!');
    assert.equal(msgs[0]?.author_name, 'Anna Andersson');
    const evs = await w.events(id);
    const change = evs.find((e) => e.type === 'status_changed');
    assert.equal(change?.details.notifyApplicant, false);
    assert.equal(change?.details.messageId, msgs[0]?.id);
    assert.ok(evs.some((e) => e.type === 'message_to_applicant'));

    // The resident sees the message and the change in their history.
    const mine = await w.services.residentCases.get(w.municipalityId, id, TOLVAN);
    assert.ok(mine);
    const seen = (await w.services.residentCases.events(mine)).map((e) => e.type);
    assert.ok(seen.includes('status_changed') && seen.includes('message_to_applicant'));

    const reopened = await w.services.officerCase.changeStatus(anna, id, {
      rowVersion: 2,
      status: 'in_progress',
      notifyApplicant: true,
    });
    assert.ok(reopened.ok);
    assert.equal((await w.row(id)).closed_at, null);
  });

  it('queues the applicant’s e-mail in the same transaction, unless the officer said not to', async () => {
    const jobs = async (caseId: string) =>
      (
        await w.services.db
          .selectFrom('outbox')
          .select('payload')
          .where('case_id', '=', caseId)
          .orderBy('id')
          .execute()
      ).map((j) => (j.payload as { event: string }).event);
    const told = await w.newCase();
    const quiet = await w.newCase();
    await w.services.db
      .updateTable('case')
      .set({ notify_email: 'tolvan@example.se' })
      .where('id', 'in', [told, quiet])
      .execute();
    const before = { told: await jobs(told), quiet: await jobs(quiet) };
    for (const [id, notifyApplicant] of [
      [told, true],
      [quiet, false],
    ] as const) {
      const r = await w.services.officerCase.changeStatus(anna, id, {
        rowVersion: 1,
        status: 'in_progress',
        message: 'Vi har börjat',
        notifyApplicant,
      });
      assert.ok(r.ok);
    }
    assert.deepEqual((await jobs(told)).slice(before.told.length), ['messageToApplicant', 'statusChanged']);
    assert.deepEqual((await jobs(quiet)).slice(before.quiet.length), []);
    // A plain message from the Messages tab is always told.
    await w.services.officerCase.messages.send(anna, quiet, 'Hej');
    assert.deepEqual((await jobs(quiet)).slice(before.quiet.length), ['messageToApplicant']);
  });

  it('refuses an unknown status, the same status and an overlong message, changing nothing', async () => {
    const id = await w.newCase();
    const refusals = [
      [{ status: 'archived' }, 'unknownStatus'],
      [{ status: 'submitted' }, 'sameStatus'],
      [{ status: 'in_progress', message: 'x'.repeat(5001) }, 'messageTooLong'],
    ] as const;
    for (const [input, code] of refusals) {
      const r = await w.services.officerCase.changeStatus(anna, id, {
        rowVersion: 1,
        notifyApplicant: true,
        ...input,
      });
      assert.deepEqual(r, { ok: false, reason: 'invalid', code });
    }
    const c = await w.row(id);
    assert.equal(c.status, 'submitted');
    assert.equal(c.row_version, 1);
    assert.deepEqual(
      (await w.events(id)).map((e) => e.type),
      ['submitted'],
    );
  });
});

describe(`concurrency (${testDatabaseKind()})`, () => {
  it('two officers changing status from the same version: one wins, the other gets a conflict', async () => {
    const id = await w.newCase();
    await w.services.officerCase.takeCase(admin, id, 1);
    const [a, b] = await Promise.all([
      w.services.officerCase.changeStatus(anna, id, {
        rowVersion: 2,
        status: 'in_progress',
        notifyApplicant: true,
      }),
      w.services.officerCase.changeStatus(admin, id, {
        rowVersion: 2,
        status: 'rejected',
        notifyApplicant: true,
      }),
    ]);
    const results = [a, b];
    assert.equal(results.filter((r) => r.ok).length, 1);
    assert.equal(results.filter((r) => !r.ok && r.reason === 'conflict').length, 1);
    const winner = a.ok ? 'in_progress' : 'rejected';
    const c = await w.row(id);
    assert.equal(c.status, winner);
    assert.equal(c.row_version, 3);
    assert.equal((await w.events(id)).filter((e) => e.type === 'status_changed').length, 1);
  });

  it('different changes from the same version also conflict, and a retry at the new version loses nothing', async () => {
    const id = await w.newCase();
    const [colour, external] = await Promise.all([
      w.services.officerCase.setColour(anna, id, { rowVersion: 1, colour: 'red' }),
      w.services.officerCase.setExternalCaseNumber(admin, id, { rowVersion: 1, value: 'KS 2026/1' }),
    ]);
    assert.equal([colour, external].filter((r) => r.ok).length, 1);
    const loser = colour.ok ? 'external' : 'colour';
    const now = (await w.row(id)).row_version;
    assert.equal(now, 2);
    const retry =
      loser === 'colour'
        ? await w.services.officerCase.setColour(anna, id, { rowVersion: now, colour: 'red' })
        : await w.services.officerCase.setExternalCaseNumber(admin, id, {
            rowVersion: now,
            value: 'KS 2026/1',
          });
    assert.ok(retry.ok);
    const c = await w.row(id);
    assert.equal(c.colour, 'red');
    assert.equal(c.external_case_number, 'KS 2026/1');
    assert.equal(c.row_version, 3);
  });

  it('a stale, missing or tampered version is a conflict and writes nothing', async () => {
    const id = await w.newCase();
    await w.services.officerCase.setColour(anna, id, { rowVersion: 1, colour: 'green' });
    for (const rowVersion of [1, null, 99]) {
      assert.deepEqual(await w.services.officerCase.setColour(anna, id, { rowVersion, colour: 'red' }), {
        ok: false,
        reason: 'conflict',
      });
      assert.deepEqual(
        await w.services.officerCase.setOfficers(anna, id, {
          rowVersion,
          officerIds: [w.users.anna.id],
          confirmSelfRemoval: false,
        }),
        { ok: false, reason: 'conflict' },
      );
    }
    const c = await w.row(id);
    assert.equal(c.colour, 'green');
    assert.equal(c.row_version, 2);
    assert.deepEqual(c.officer_ids, []);
  });

  it('messages and notes need no version: they never conflict and leave row_version alone', async () => {
    const id = await w.newCase();
    const [m, n] = await Promise.all([
      w.services.officerCase.messages.send(anna, id, 'Hej'),
      w.services.officerCase.notes.add(admin, id, 'Ringde skolan'),
    ]);
    assert.ok(m.ok && n.ok);
    assert.equal((await w.row(id)).row_version, 1);
  });
});

describe(`access (${testDatabaseKind()})`, () => {
  it('refuses tampered ids, other municipalities and officers who do not handle the e-service', async () => {
    const id = await w.newCase();
    const otherCase = await w.newCase(w.otherMunicipalityId, w.otherEServiceId);
    const attempts: [OfficerActor, string][] = [
      [anna, 'not-a-uuid'],
      [anna, randomUUID()],
      [anna, otherCase],
      [nils, id],
      [olle, id],
      // Rut is restricted: she sees only cases assigned to her.
      [rut, id],
    ];
    for (const [who, caseId] of attempts) {
      const s = await w.services.officerCase.changeStatus(who, caseId, {
        rowVersion: 1,
        status: 'in_progress',
        notifyApplicant: true,
      });
      assert.deepEqual(s, { ok: false, reason: 'notFound' }, `${who.principal.username} ${caseId}`);
      assert.deepEqual(await w.services.officerCase.takeCase(who, caseId, 1), {
        ok: false,
        reason: 'notFound',
      });
      assert.deepEqual(await w.services.officerCase.deleteCase(who, caseId, 1), {
        ok: false,
        reason: 'notFound',
      });
      assert.deepEqual(await w.services.officerCase.messages.send(who, caseId, 'x'), {
        ok: false,
        reason: 'notFound',
      });
      assert.deepEqual(await w.services.officerCase.notes.add(who, caseId, 'x'), {
        ok: false,
        reason: 'notFound',
      });
      assert.deepEqual(await w.services.officerCase.setFlag(who, caseId, true), {
        ok: false,
        reason: 'notFound',
      });
      assert.equal(await w.services.officerCase.view.load(who, caseId), undefined);
    }
    assert.equal((await w.row(id)).row_version, 1);
    assert.equal((await w.row(otherCase)).row_version, 1);
  });

  it('a restricted officer sees and works a case once it is assigned to them', async () => {
    const id = await w.newCase();
    const r = await w.services.officerCase.setOfficers(anna, id, {
      rowVersion: 1,
      officerIds: [w.users.rut.id],
      confirmSelfRemoval: false,
    });
    assert.ok(r.ok);
    const page = await w.services.officerCase.view.load(rut, id);
    assert.ok(page);
    assert.equal(page.actorRestricted, true);
    assert.ok((await w.services.officerCase.setColour(rut, id, { rowVersion: 2, colour: 'blue' })).ok);
  });
});

describe(`officers (${testDatabaseKind()})`, () => {
  it('take case adds the officer with a case_taken event; twice is refused', async () => {
    const id = await w.newCase();
    const r = await w.services.officerCase.takeCase(anna, id, 1);
    assert.deepEqual(r, { ok: true, rowVersion: 2 });
    assert.deepEqual((await w.row(id)).officer_ids, [w.users.anna.id]);
    const last = (await w.events(id)).at(-1);
    assert.equal(last?.type, 'case_taken');
    assert.deepEqual(last?.details, {
      officerId: w.users.anna.id,
      officerName: 'Anna Andersson',
      rowVersion: 2,
    });
    assert.deepEqual(await w.services.officerCase.takeCase(anna, id, 2), {
      ok: false,
      reason: 'invalid',
      code: 'alreadyOfficer',
    });
  });

  it('sets officers from the handlers only; an officer of another municipality or a non-handler is refused', async () => {
    const id = await w.newCase();
    for (const stranger of [w.users.nils.id, w.users.olle.id, 'nonsense']) {
      const r = await w.services.officerCase.setOfficers(anna, id, {
        rowVersion: 1,
        officerIds: [w.users.anna.id, stranger],
        confirmSelfRemoval: false,
      });
      assert.deepEqual(r, { ok: false, reason: 'invalid', code: 'notHandler' });
    }
    assert.deepEqual((await w.row(id)).officer_ids, []);
    const ok = await w.services.officerCase.setOfficers(anna, id, {
      rowVersion: 1,
      officerIds: [w.users.anna.id, w.users.rut.id],
      confirmSelfRemoval: false,
    });
    assert.ok(ok.ok);
    const ev = (await w.events(id)).at(-1);
    assert.equal(ev?.type, 'officers_changed');
    assert.deepEqual(ev?.details, {
      added: [
        { id: w.users.anna.id, name: 'Anna Andersson' },
        { id: w.users.rut.id, name: 'Rut Restriktiv' },
      ],
      removed: [],
      rowVersion: 2,
    });
  });

  it('a restricted officer must confirm before removing themselves, and then no longer sees the case', async () => {
    const id = await w.newCase();
    await w.services.officerCase.setOfficers(anna, id, {
      rowVersion: 1,
      officerIds: [w.users.anna.id, w.users.rut.id],
      confirmSelfRemoval: false,
    });
    const ask = await w.services.officerCase.setOfficers(rut, id, {
      rowVersion: 2,
      officerIds: [w.users.anna.id],
      confirmSelfRemoval: false,
    });
    assert.deepEqual(ask, { ok: false, reason: 'invalid', code: 'confirmSelfRemoval' });
    assert.equal((await w.row(id)).row_version, 2);
    const done = await w.services.officerCase.setOfficers(rut, id, {
      rowVersion: 2,
      officerIds: [w.users.anna.id],
      confirmSelfRemoval: true,
    });
    assert.deepEqual(done, {
      ok: true,
      rowVersion: 3,
      stillVisible: false,
      caseNumber: (await w.row(id)).case_number,
    });
    assert.equal(await w.services.officerCase.view.load(rut, id), undefined);
  });
});

describe(`colour, external number and flags (${testDatabaseKind()})`, () => {
  it('sets and clears the colour from the palette; an unknown colour is refused', async () => {
    const id = await w.newCase();
    assert.deepEqual(await w.services.officerCase.setColour(anna, id, { rowVersion: 1, colour: 'mauve' }), {
      ok: false,
      reason: 'invalid',
      code: 'unknownColour',
    });
    assert.ok((await w.services.officerCase.setColour(anna, id, { rowVersion: 1, colour: 'yellow' })).ok);
    assert.ok((await w.services.officerCase.setColour(anna, id, { rowVersion: 2, colour: null })).ok);
    const evs = (await w.events(id)).filter((e) => e.type === 'colour_changed');
    assert.deepEqual(
      evs.map((e) => e.details),
      [
        { colour: 'yellow', previousColour: null, rowVersion: 2 },
        { colour: null, previousColour: 'yellow', rowVersion: 3 },
      ],
    );
    assert.equal((await w.row(id)).colour, null);
  });

  it('uses the e-service’s own colour labels when it has them', async () => {
    const id = await w.newCase();
    await w.services.db
      .updateTable('e_service')
      .set({ colour_labels: JSON.stringify([{ key: 'green', meaning: { sv: 'Intyg finns' } }]) })
      .where('id', '=', w.eServiceId)
      .execute();
    try {
      assert.equal(
        (await w.services.officerCase.setColour(anna, id, { rowVersion: 1, colour: 'red' })).ok,
        false,
      );
      assert.ok((await w.services.officerCase.setColour(anna, id, { rowVersion: 1, colour: 'green' })).ok);
    } finally {
      await w.services.db
        .updateTable('e_service')
        .set({ colour_labels: '[]' })
        .where('id', '=', w.eServiceId)
        .execute();
    }
  });

  it('the external case number is searchable and cleared by an empty value', async () => {
    const id = await w.newCase();
    const r = await w.services.officerCase.setExternalCaseNumber(anna, id, {
      rowVersion: 1,
      value: ' BN 2026/77 ',
    });
    assert.ok(r.ok);
    const c = await w.row(id);
    assert.equal(c.external_case_number, 'BN 2026/77');
    assert.match(c.search_text, /bn 2026\/77/);
    assert.match(c.search_text, new RegExp(c.case_number));
    assert.match(c.search_text, /19121212-1212/);
    assert.deepEqual((await w.events(id)).at(-1)?.details, {
      externalCaseNumber: 'BN 2026/77',
      previous: null,
      rowVersion: 2,
    });
    assert.deepEqual(
      await w.services.officerCase.setExternalCaseNumber(anna, id, { rowVersion: 2, value: 'a\nb' }),
      {
        ok: false,
        reason: 'invalid',
        code: 'invalidCharacters',
      },
    );
    assert.ok(
      (await w.services.officerCase.setExternalCaseNumber(anna, id, { rowVersion: 2, value: '' })).ok,
    );
    const cleared = await w.row(id);
    assert.equal(cleared.external_case_number, null);
    assert.doesNotMatch(cleared.search_text, /bn 2026/);
  });

  it('flags are per officer, write flagged/unflagged and leave row_version alone', async () => {
    const id = await w.newCase();
    assert.deepEqual(await w.services.officerCase.setFlag(anna, id, true), { ok: true, changed: true });
    assert.deepEqual(await w.services.officerCase.setFlag(anna, id, true), { ok: true, changed: false });
    assert.equal((await w.services.officerCase.view.load(anna, id))?.flagged, true);
    assert.equal((await w.services.officerCase.view.load(admin, id))?.flagged, false);
    assert.deepEqual(await w.services.officerCase.setFlag(anna, id, false), { ok: true, changed: true });
    assert.equal((await w.row(id)).row_version, 1);
    assert.deepEqual(
      (await w.events(id)).map((e) => e.type),
      ['submitted', 'flagged', 'unflagged'],
    );
  });
});

describe(`deleting (${testDatabaseKind()})`, () => {
  it('is refused while the status forbids it', async () => {
    const id = await w.newCase();
    assert.deepEqual(await w.services.officerCase.deleteCase(anna, id, 1), {
      ok: false,
      reason: 'invalid',
      code: 'statusForbids',
    });
    assert.ok(await w.row(id));
  });

  it('in a status that allows it: the case and its rows go, an audit event stays', async () => {
    const id = await w.newCase();
    const c = await w.row(id);
    await w.services.officerCase.changeStatus(anna, id, {
      rowVersion: 1,
      status: 'completed',
      notifyApplicant: true,
    });
    await w.services.officerCase.notes.add(anna, id, 'Klart');
    assert.deepEqual(await w.services.officerCase.deleteCase(anna, id, 1), { ok: false, reason: 'conflict' });
    const r = await w.services.officerCase.deleteCase(anna, id, 2);
    assert.deepEqual(r, { ok: true, caseNumber: c.case_number });
    assert.equal(
      await w.services.db.selectFrom('case').select('id').where('id', '=', id).executeTakeFirst(),
      undefined,
    );
    assert.deepEqual(await w.events(id), []);
    const audit = await w.services.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'case.deleted')
      .where('subject', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor, 'anna');
    assert.equal(audit.municipality_id, w.municipalityId);
    assert.equal(audit.details.caseNumber, c.case_number);
    assert.equal(audit.details.officerName, 'Anna Andersson');
  });
});

describe(`editing answers (${testDatabaseKind()})`, () => {
  const post = (fields: Record<string, string>) => ({
    'q.name': 'Tolvan',
    'q.hasPet': 'yes',
    'q.petName': 'Doris',
    'q.note': '',
    'q.otherPnr': '',
    ...fields,
  });

  it('saves a new answers object with a before/after diff, summary and search text follow', async () => {
    const id = await w.newCase();
    const r = await w.services.officerCase.editAnswers(anna, id, {
      rowVersion: 1,
      posted: post({ 'q.name': 'Tolvina', 'q.hasPet': 'no', 'q.note': 'Ändrad av handläggare' }),
    });
    assert.ok(r.ok);
    assert.equal(r.rowVersion, 2);
    const c = await w.row(id);
    assert.deepEqual(c.answers, { name: 'Tolvina', hasPet: false, note: 'Ändrad av handläggare' });
    assert.deepEqual(c.summary, { name: 'Tolvina' });
    assert.match(c.search_text, /tolvina/);
    const ev = (await w.events(id)).at(-1);
    assert.equal(ev?.type, 'answers_edited');
    assert.deepEqual(ev?.details, {
      changes: [
        { key: 'name', before: 'Tolvan', after: 'Tolvina' },
        { key: 'hasPet', before: true, after: false },
        { key: 'petName', before: 'Doris', after: null },
        { key: 'note', before: null, after: 'Ändrad av handläggare' },
      ],
      rowVersion: 2,
    });
  });

  it('returns the engine’s errors and what was typed, changing nothing', async () => {
    const id = await w.newCase();
    const r = await w.services.officerCase.editAnswers(anna, id, {
      rowVersion: 1,
      posted: post({ 'q.name': '', 'q.otherPnr': '12345' }),
    });
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.reason === 'errors');
    if (r.ok || r.reason !== 'errors') return;
    assert.deepEqual(
      r.errors.map((e) => [e.field, e.code]),
      [
        ['q.name', 'required'],
        ['q.otherPnr', 'invalidPersonnummer'],
      ],
    );
    assert.equal(r.raw['q.otherPnr'], '12345');
    assert.equal((await w.row(id)).row_version, 1);
  });

  it('a conflict keeps what was typed', async () => {
    const id = await w.newCase();
    await w.services.officerCase.setColour(admin, id, { rowVersion: 1, colour: 'red' });
    const r = await w.services.officerCase.editAnswers(anna, id, {
      rowVersion: 1,
      posted: post({ 'q.name': 'Ny' }),
    });
    assert.ok(!r.ok && r.reason === 'conflict');
    if (r.ok || r.reason !== 'conflict') return;
    assert.equal(r.raw['q.name'], 'Ny');
    assert.equal((await w.row(id)).answers.name, 'Tolvan');
  });

  it('keeps attached files whatever is posted for them', async () => {
    const id = await w.newCase();
    const file = { id: randomUUID(), name: 'intyg.pdf', size: 10, mime: 'application/pdf' };
    await w.services.db
      .updateTable('case')
      .set({ answers: JSON.stringify({ name: 'Tolvan', hasPet: false, attachment: [file] }) })
      .where('id', '=', id)
      .execute();
    const r = await w.services.officerCase.editAnswers(anna, id, {
      rowVersion: 1,
      posted: post({ 'q.hasPet': 'no', 'q.attachment.remove': file.id }),
    });
    assert.ok(r.ok);
    assert.deepEqual(r.changes, []);
    assert.deepEqual((await w.row(id)).answers.attachment, [file]);
  });

  it('is refused where the e-service does not allow edits', async () => {
    const id = await w.newCase();
    await w.services.db
      .updateTable('e_service')
      .set({ answers_editable: false })
      .where('id', '=', w.eServiceId)
      .execute();
    try {
      assert.deepEqual(
        await w.services.officerCase.editAnswers(anna, id, { rowVersion: 1, posted: post({}) }),
        {
          ok: false,
          reason: 'invalid',
          code: 'notEditable',
        },
      );
    } finally {
      await w.services.db
        .updateTable('e_service')
        .set({ answers_editable: true })
        .where('id', '=', w.eServiceId)
        .execute();
    }
  });
});

describe(`messages, notes and history (${testDatabaseKind()})`, () => {
  it('messages: to_applicant with an event; the applicant’s messages are marked read when the officer reads them', async () => {
    const id = await w.newCase();
    assert.deepEqual(await w.services.officerCase.messages.send(anna, id, '   '), {
      ok: false,
      reason: 'invalid',
      code: 'messageRequired',
    });
    const sent = await w.services.officerCase.messages.send(anna, id, 'Vilken skola?');
    assert.ok(sent.ok);
    const mine = await w.services.residentCases.get(w.municipalityId, id, TOLVAN);
    assert.ok(mine);
    await w.services.residentCases.sendMessage(mine, 'Tolvan Tolvansson', 'Björkskolan');
    const c = { id, municipality_id: w.municipalityId };
    const thread = await w.services.officerCase.messages.list(c);
    assert.deepEqual(
      thread.map((m) => [m.direction, m.body, m.readAt]),
      [
        ['to_applicant', 'Vilken skola?', null],
        ['from_applicant', 'Björkskolan', null],
      ],
    );
    assert.equal(await w.services.officerCase.messages.markApplicantMessagesRead(c), 1);
    const again = await w.services.officerCase.messages.list(c);
    assert.ok(again[1]?.readAt instanceof Date);
    assert.equal(again[0]?.readAt, null);
    assert.ok((await w.events(id)).some((e) => e.type === 'message_to_applicant'));
  });

  it('internal notes are for officers: the resident’s history never shows them', async () => {
    const id = await w.newCase();
    assert.deepEqual(await w.services.officerCase.notes.add(anna, id, ''), {
      ok: false,
      reason: 'invalid',
      code: 'noteRequired',
    });
    const n = await w.services.officerCase.notes.add(anna, id, 'Intyget verkar äkta');
    assert.ok(n.ok);
    const notes = await w.services.officerCase.notes.list({ id, municipality_id: w.municipalityId });
    assert.deepEqual(
      notes.map((x) => [x.authorName, x.body]),
      [['Anna Andersson', 'Intyget verkar äkta']],
    );
    const ev = (await w.events(id)).at(-1);
    assert.deepEqual([ev?.type, ev?.details], ['internal_note', { noteId: n.noteId }]);
    const mine = await w.services.residentCases.get(w.municipalityId, id, TOLVAN);
    assert.ok(mine);
    assert.ok(!(await w.services.residentCases.events(mine)).some((e) => e.type === 'internal_note'));
  });

  it('history after an event lists the changes made since, not messages or notes', async () => {
    const id = await w.newCase();
    const seen = (await w.services.officerCase.view.load(anna, id))?.lastEventId;
    assert.ok(seen);
    await w.services.officerCase.setColour(anna, id, { rowVersion: 1, colour: 'red' });
    await w.services.officerCase.notes.add(anna, id, 'Anteckning');
    await w.services.officerCase.messages.send(anna, id, 'Hej');
    const mid = (await w.services.officerCase.view.load(anna, id))?.lastEventId;
    assert.ok(mid);
    await w.services.officerCase.changeStatus(admin, id, {
      rowVersion: 2,
      status: 'in_progress',
      notifyApplicant: true,
    });
    const c = { id, municipality_id: w.municipalityId };
    assert.deepEqual(
      (await w.services.officerCase.view.history(c, seen)).map((e) => e.type),
      ['colour_changed', 'status_changed'],
    );
    assert.deepEqual(
      (await w.services.officerCase.view.history(c, mid)).map((e) => e.type),
      ['status_changed'],
    );
    assert.equal((await w.services.officerCase.view.history(c)).length, 5);
  });
});
