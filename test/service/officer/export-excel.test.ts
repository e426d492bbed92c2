import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { Services } from '../../../src/services/index.ts';
import type { OfficerActor } from '../../../src/services/officer/case-actions-core.ts';
import type { ExportPlan, ExportRequest } from '../../../src/services/officer/export-excel.ts';
import { setEServiceOfficers } from '../../../src/services/officer/handlers.ts';
import { loadOfficerScope } from '../../../src/services/officer/scope.ts';
import { publishTiny, TINY_DEFINITION } from '../../support/eservice-fixture.ts';
import { startSeededServices } from '../../support/seeded-services.ts';

let services: Services;
let close: () => Promise<void>;
let m: string;
let tiny: string;
let v1: string;
let v2: string;
let ids: Record<string, string>;
let caseSeq = 0;

async function actor(username: string): Promise<OfficerActor> {
  const principal = await services.staffUsers.principal(m, ids[username] as string);
  assert.ok(principal);
  return { principal, scope: await loadOfficerScope(services.db, principal) };
}

/** A case stored as submit would store it (the export reads what is there). */
async function insertCase(
  versionId: string,
  answers: Record<string, unknown>,
  extra: { submittedAt?: string; channel?: 'web' | 'paper'; pnr?: string; name?: string } = {},
) {
  caseSeq++;
  const row = await services.db
    .insertInto('case')
    .values({
      municipality_id: m,
      case_number: `2026-${String(caseSeq).padStart(5, '0')}`,
      e_service_id: tiny,
      version_id: versionId,
      status: caseSeq % 2 === 0 ? 'in_progress' : 'submitted',
      answers: JSON.stringify(answers),
      channel: extra.channel ?? 'web',
      submitter_personal_number: extra.pnr ?? null,
      concerns_personal_number: extra.pnr ?? null,
      submitter_name: extra.name ?? null,
      ...(extra.submittedAt ? { submitted_at: extra.submittedAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function exportToBuffer(a: OfficerActor, request: ExportRequest, batchSize?: number) {
  const planned = await services.excelExport.plan(a, request);
  if (!planned.ok) assert.fail(planned.problem);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const stats = await services.excelExport.write(a, planned.value, out, batchSize ? { batchSize } : {});
  out.end();
  const workbook = new ExcelJS.Workbook();
  // exceljs types its own Buffer (an ArrayBuffer); Node's Buffer is what it reads.
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
  return { workbook, stats, plan: planned.value };
}

const rowValues = (ws: ExcelJS.Worksheet, n: number) => {
  const values = ws.getRow(n).values as unknown[];
  return values.slice(1); // exceljs rows are 1-based
};

before(async () => {
  ({ services, close, demoId: m, users: ids } = await startSeededServices());
  const t = await publishTiny(services, m);
  tiny = t.eService.id;
  v1 = t.versionId;
  await setEServiceOfficers(services.db, m, tiny, [{ userId: ids.anna as string }]);
  await insertCase(
    v1,
    {
      name: 'Tolvan',
      hasPet: true,
      petName: 'Doris',
      attachment: [
        { id: 'a', name: 'intyg.pdf', size: 1200, mime: 'application/pdf' },
        { id: 'b', name: 'bild.png', size: 300, mime: 'image/png' },
      ],
    },
    { submittedAt: '2026-03-01T10:15:00Z', pnr: '191212121212', name: 'Tolvan Tolvansson' },
  );
  await insertCase(
    v1,
    { name: 'Utan djur', hasPet: false },
    { submittedAt: '2026-03-05T23:30:00Z', channel: 'paper' },
  );
  // Version 2 asks for the pet's kind instead of the note.
  const def2 = structuredClone(TINY_DEFINITION) as unknown as {
    steps: { questions: Record<string, unknown>[] }[];
  };
  def2.steps[1]?.questions.splice(0, 1, {
    id: 'q7',
    key: 'petKind',
    type: 'text',
    label: { sv: 'Vilket djur?' },
    required: false,
  });
  const v = await services.eServices.addVersion(m, tiny, def2);
  await services.eServices.publish(m, v.id);
  v2 = v.id;
  await insertCase(
    v2,
    { name: 'Ny version', hasPet: true, petName: 'Max', petKind: 'Hund' },
    { submittedAt: '2026-04-10T08:00:00Z' },
  );
});
after(() => close());

describe('Excel export', () => {
  it('writes one sheet per version with the fixed columns, one column per question and one row per case', async () => {
    const { workbook, stats } = await exportToBuffer(await actor('anna'), {
      kind: 'eService',
      eServiceId: tiny,
      versionIds: [],
      from: null,
      to: null,
    });
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['Version 1', 'Version 2'],
    );
    assert.equal(stats.rows, 3);
    const [s1, s2] = workbook.worksheets;
    assert.ok(s1 && s2);
    assert.deepEqual(rowValues(s1, 1), [
      'Ärendenummer',
      'Status',
      'Inskickat',
      'Kanal',
      'Sökande',
      'Personnummer',
      'Namn',
      'Har du husdjur?',
      'Vad heter husdjuret?',
      'Meddelande',
      'Personnummer för medsökande',
      'Bifoga ett intyg',
    ]);
    assert.equal(s1.rowCount, 3);
    const first = rowValues(s1, 2);
    assert.equal(first[0], '2026-00001');
    assert.equal(first[1], 'Inskickat');
    // 10:15 UTC is 11:15 in Stockholm in March: the cell shows Swedish time.
    assert.deepEqual(first[2], new Date('2026-03-01T11:15:00Z'));
    assert.equal(s1.getRow(2).getCell(3).numFmt, 'yyyy-mm-dd hh:mm');
    assert.deepEqual(first.slice(3, 9), [
      'Webb',
      'Tolvan Tolvansson',
      '19121212-1212',
      'Tolvan',
      'Ja',
      'Doris',
    ]);
    assert.equal(first[11], 'intyg.pdf\nbild.png', 'files by name');
    const second = rowValues(s1, 3);
    assert.equal(second[1], 'Under behandling');
    assert.equal(second[3], 'Papper');
    assert.equal(second[7], 'Nej');
    // The pet's name was hidden (no pet), the note unanswered: empty cells.
    assert.equal(second[8], undefined);
    assert.equal(second[9], undefined);
    assert.equal(second[4], undefined);
    assert.deepEqual(rowValues(s2, 1).slice(6, 10), [
      'Namn',
      'Har du husdjur?',
      'Vad heter husdjuret?',
      'Vilket djur?',
    ]);
    assert.deepEqual(rowValues(s2, 2).slice(6, 10), ['Ny version', 'Ja', 'Max', 'Hund']);
  });

  it('uses the e-service’s configured export columns, in their order and with their names', async () => {
    await services.db
      .updateTable('e_service')
      .set({
        export_columns: JSON.stringify([
          { key: 'petName', title: 'Husdjur' },
          { key: 'name', title: { sv: 'Sökandens namn' } },
          { key: 'gone', title: 'Borttagen fråga' },
        ]),
      })
      .where('id', '=', tiny)
      .execute();
    try {
      const { workbook } = await exportToBuffer(await actor('anna'), {
        kind: 'eService',
        eServiceId: tiny,
        versionIds: [v1],
        from: null,
        to: null,
      });
      const ws = workbook.worksheets[0];
      assert.ok(ws);
      assert.deepEqual(rowValues(ws, 1).slice(6), ['Husdjur', 'Sökandens namn', 'Borttagen fråga']);
      assert.deepEqual(rowValues(ws, 2).slice(6), ['Doris', 'Tolvan']);
    } finally {
      await services.db
        .updateTable('e_service')
        .set({ export_columns: null })
        .where('id', '=', tiny)
        .execute();
    }
  });

  it('exports only the chosen versions and the submitted dates asked for (Swedish days, both ends included)', async () => {
    const anna = await actor('anna');
    const only2 = await exportToBuffer(anna, {
      kind: 'eService',
      eServiceId: tiny,
      versionIds: [v2],
      from: null,
      to: null,
    });
    assert.deepEqual(
      only2.workbook.worksheets.map((w) => w.name),
      ['Version 2'],
    );
    // 23:30 UTC on 5 March is 00:30 on 6 March in Stockholm.
    const march = await exportToBuffer(anna, {
      kind: 'eService',
      eServiceId: tiny,
      versionIds: [],
      from: '2026-03-01',
      to: '2026-03-05',
    });
    assert.deepEqual(
      march.workbook.worksheets.map((w) => w.rowCount),
      [2, 1],
    );
    const sixth = await exportToBuffer(anna, {
      kind: 'eService',
      eServiceId: tiny,
      versionIds: [v1],
      from: '2026-03-06',
      to: '2026-03-06',
    });
    assert.equal(rowValues(sixth.workbook.worksheets[0] as ExcelJS.Worksheet, 2)[6], 'Utan djur');
  });

  it('exports the cases checked in the list, one sheet per e-service version, leaving out cases the officer may not see', async () => {
    const visible = await services.db
      .selectFrom('case')
      .select('id')
      .where('e_service_id', '=', tiny)
      .orderBy('case_number')
      .execute();
    const kultur = await services.eServices.bySlug(m, 'kulturskolan-ansokan');
    assert.ok(kultur);
    const hidden = await services.db
      .insertInto('case')
      .values({
        municipality_id: m,
        case_number: '2026-09999',
        e_service_id: kultur.id,
        version_id: (await services.eServices.publishedVersion(m, kultur.id))?.id ?? '',
        status: 'submitted',
        answers: '{}',
        channel: 'web',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { workbook, plan } = await exportToBuffer(await actor('anna'), {
      kind: 'cases',
      caseIds: [visible[0]?.id ?? '', visible[2]?.id ?? '', hidden.id, 'not-an-id'],
    });
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['Liten e-tjänst v1', 'Liten e-tjänst v2'],
    );
    assert.deepEqual(
      workbook.worksheets.map((w) => w.rowCount),
      [2, 2],
    );
    assert.match(plan.fileName, /^valda-arenden-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const none = await services.excelExport.plan(await actor('anna'), {
      kind: 'cases',
      caseIds: [hidden.id],
    });
    assert.deepEqual(none, { ok: false, problem: 'noCases' });
  });

  it('gives a restricted officer only the cases assigned to them', async () => {
    await setEServiceOfficers(services.db, m, tiny, [{ userId: ids.anna as string, restricted: true }]);
    try {
      const first = await services.db
        .selectFrom('case')
        .select('id')
        .where('case_number', '=', '2026-00001')
        .executeTakeFirstOrThrow();
      await services.db
        .insertInto('case_officer')
        .values({ case_id: first.id, user_id: ids.anna as string, municipality_id: m })
        .execute();
      const { workbook, stats } = await exportToBuffer(await actor('anna'), {
        kind: 'eService',
        eServiceId: tiny,
        versionIds: [],
        from: null,
        to: null,
      });
      assert.equal(stats.rows, 1);
      assert.deepEqual(
        workbook.worksheets.map((w) => w.rowCount),
        [2, 1],
      );
      const other = await services.db
        .selectFrom('case')
        .select('id')
        .where('case_number', '=', '2026-00002')
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        await services.excelExport.plan(await actor('anna'), { kind: 'cases', caseIds: [other.id] }),
        { ok: false, problem: 'noCases' },
      );
    } finally {
      await setEServiceOfficers(services.db, m, tiny, [{ userId: ids.anna as string }]);
    }
  });

  it('refuses e-services the officer does not handle, of another municipality, and versions of another e-service', async () => {
    const erik = await actor('erik');
    const anna = await actor('anna');
    const other = await services.municipalities.create({ slug: 'annanby', name: 'Annanby kommun' });
    const foreign = await publishTiny(services, other.id);
    const kultur = await services.eServices.bySlug(m, 'kulturskolan-ansokan');
    assert.ok(kultur);
    const req = (eServiceId: string, versionIds: string[] = []): ExportRequest => ({
      kind: 'eService',
      eServiceId,
      versionIds,
      from: null,
      to: null,
    });
    assert.deepEqual(await services.excelExport.plan(erik, req(tiny)), { ok: false, problem: 'notFound' });
    assert.deepEqual(await services.excelExport.plan(anna, req(foreign.eService.id)), {
      ok: false,
      problem: 'notFound',
    });
    assert.deepEqual(await services.excelExport.plan(anna, req('x')), { ok: false, problem: 'notFound' });
    assert.deepEqual(await services.excelExport.plan(anna, req(tiny, [foreign.versionId])), {
      ok: false,
      problem: 'unknownVersion',
    });
    const admin = await actor('admin');
    assert.ok(
      (await services.excelExport.plan(admin, req(kultur.id))).ok,
      'admins export every e-service of their municipality',
    );
    assert.deepEqual(await services.excelExport.plan(admin, req(foreign.eService.id)), {
      ok: false,
      problem: 'notFound',
    });
  });

  it('lists the e-services the officer handles, with their versions', async () => {
    const list = await services.excelExport.exportableEServices(await actor('anna'));
    const mine = list.find((e) => e.id === tiny);
    assert.deepEqual(
      mine?.versions.map((v) => [v.number, v.status]),
      [
        [2, 'published'],
        [1, 'retired'],
      ],
    );
    assert.ok(!list.some((e) => e.slug === 'kulturskolan-ansokan'));
  });

  it('records who exported what', async () => {
    const before = await services.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'cases.exported')
      .executeTakeFirstOrThrow();
    await exportToBuffer(await actor('anna'), {
      kind: 'eService',
      eServiceId: tiny,
      versionIds: [v2],
      from: '2026-01-01',
      to: null,
    });
    const last = await services.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'cases.exported')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(last.actor, `staff:${ids.anna}`);
    assert.equal(last.municipality_id, m);
    assert.equal(last.subject, tiny);
    assert.deepEqual(last.details, {
      username: 'anna',
      eServiceId: tiny,
      versionIds: [v2],
      from: '2026-01-01',
      to: null,
      assignedOnly: false,
    });
    assert.ok(Number(before.n) >= 1);
  });
});

describe('Excel export of many cases', () => {
  const MANY = 5000;

  it(`streams ${MANY} cases in batches with flat memory`, async () => {
    await sql`
      INSERT INTO "case" (municipality_id, case_number, e_service_id, version_id, status, answers, channel, submitted_at)
      SELECT ${m}, '2027-' || lpad(n::text, 5, '0'), ${tiny}, ${v1}, 'submitted',
        jsonb_build_object('name', 'Sökande ' || n, 'hasPet', n % 2 = 0, 'note', repeat('Lång text ', 20)),
        'web', timestamptz '2026-06-01' + n * interval '1 second'
      FROM generate_series(1, ${MANY}) AS n`.execute(services.db);
    const anna = await actor('anna');
    const planned = await services.excelExport.plan(anna, {
      kind: 'eService',
      eServiceId: tiny,
      versionIds: [v1],
      from: '2026-06-01',
      to: null,
    });
    assert.ok(planned.ok);
    // A receiver that keeps only the byte count and watches the heap as bytes arrive.
    global.gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let bytes = 0;
    const sink = new Writable({
      highWaterMark: 64 * 1024,
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        peak = Math.max(peak, process.memoryUsage().heapUsed);
        setImmediate(done);
      },
    });
    const stats = await services.excelExport.write(anna, planned.value as ExportPlan, sink, {
      batchSize: 500,
    });
    await new Promise<void>((resolve) => sink.end(resolve));
    assert.equal(stats.rows, MANY);
    assert.equal(stats.batches, MANY / 500 + 1);
    const growthMb = (peak - baseline) / 1024 / 1024;
    console.log(
      `export of ${MANY} cases: ${(bytes / 1024).toFixed(0)} KiB written, heap grew at most ${growthMb.toFixed(1)} MiB`,
    );
    // Generous: the rows alone as objects would be several times this.
    assert.ok(growthMb < 96, `heap grew ${growthMb.toFixed(1)} MiB`);
    assert.ok(bytes > 100_000);
  });
});
