import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { publishTiny, TINY_DEFINITION } from '../support/eservice-fixture.ts';
import { csrfTokenIn, h1, TestClient } from '../support/http.ts';

let t: TestApp;
let eServiceId: string;
let municipalityId: string;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const ELF = readFileSync(process.execPath).subarray(0, 8192);

before(async () => {
  t = await startTestApp();
  const m = await t.services.municipalities.bySlug('demo');
  assert.ok(m);
  municipalityId = m.id;
  eServiceId = (await publishTiny(t.services, m.id)).eService.id;
});
after(() => t.close());

/** Starts the tiny e-service anonymously; returns the client and the draft's step URL base. */
async function startDraft(client = new TestClient(t.app)) {
  await client.get('/demo/e-tjanster/tiny');
  const start = await client.post('/demo/e-tjanster/tiny/starta', {});
  assert.equal(start.statusCode, 303);
  const draftUrl = String(start.headers.location);
  assert.match(draftUrl, /^\/demo\/utkast\/[0-9a-f-]{36}$/);
  const first = await client.get(draftUrl);
  assert.equal(first.headers.location, `${draftUrl}/steg/om-dig`);
  await client.get(`${draftUrl}/steg/om-dig`);
  return { client, draftUrl };
}

describe('catalogue and start page', () => {
  it('lists published e-services by category and searches without JavaScript', async () => {
    const c = new TestClient(t.app);
    const all = await c.get('/demo/');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /Liten e-tjänst/);
    assert.match(all.body, /<search><form method="get"/);
    const hit = await c.get('/demo/?q=liten');
    assert.match(hit.body, /Liten e-tjänst/);
    assert.match(hit.body, /1 e-tjänster matchar/);
    const miss = await c.get('/demo/?q=xyzzyq');
    assert.doesNotMatch(miss.body, /Liten e-tjänst/);
    assert.match(miss.body, /Inga e-tjänster matchar/);
  });

  it('the start page says whether login is needed and shows the personal-data information', async () => {
    const res = await t.app.inject('/demo/e-tjanster/tiny');
    assert.equal(res.statusCode, 200);
    assert.equal(h1(res.body), 'Liten e-tjänst');
    assert.match(res.body, /Logga in och starta/);
    assert.match(res.body, /Fortsätt utan att logga in/);
    assert.match(res.body, /Rättslig grund/);
    assert.match(res.body, /Allmänt intresse/);
    assert.equal((await t.app.inject('/demo/e-tjanster/finns-inte')).statusCode, 404);
  });
});

describe('filling in, anonymously', () => {
  it('shows errors in a summary and inline, keeps what was typed, and moves on when valid', async () => {
    const { client, draftUrl } = await startDraft();
    const bad = await client.post(`${draftUrl}/steg/om-dig`, {
      'q.name': '',
      'q.hasPet': '',
      action: 'continue',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /<title>Fel: /);
    assert.match(bad.body, /govuk-error-summary/);
    assert.match(bad.body, /href="#q-name"/);
    const typed = await client.post(`${draftUrl}/steg/om-dig`, {
      'q.name': 'Åsa <Öberg>',
      'q.hasPet': '',
      action: 'continue',
    });
    assert.equal(typed.statusCode, 422);
    assert.match(typed.body, /value="Åsa &lt;Öberg&gt;"/);
    const ok = await client.post(`${draftUrl}/steg/om-dig`, {
      'q.name': 'Åsa',
      'q.hasPet': 'yes',
      'q.petName': 'Doris',
      action: 'continue',
    });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, `${draftUrl}/steg/ovrigt`);
  });

  it('an invalid personnummer and an over-long text get clear messages; the values stay', async () => {
    const { client, draftUrl } = await startDraft();
    await client.post(`${draftUrl}/steg/om-dig`, { 'q.name': 'Åsa', 'q.hasPet': 'no', action: 'continue' });
    await client.get(`${draftUrl}/steg/ovrigt`);
    const res = await client.post(`${draftUrl}/steg/ovrigt`, {
      'q.note': 'x'.repeat(201),
      'q.otherPnr': '19121212-1213',
      action: 'continue',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /value="19121212-1213"/);
    assert.match(res.body, /x{201}/);
    const summary = /govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(res.body)?.[1] ?? '';
    assert.equal((summary.match(/<li>/g) ?? []).length, 2, summary);
  });

  it('answers to hidden or unknown questions are not stored', async () => {
    const { client, draftUrl } = await startDraft();
    const res = await client.post(`${draftUrl}/steg/om-dig`, {
      'q.name': 'Åsa',
      'q.hasPet': 'no',
      'q.petName': 'Smuggled',
      'q.isAdmin': 'yes',
      action: 'continue',
    });
    assert.equal(res.statusCode, 303);
    const id = draftUrl.split('/').pop() as string;
    const row = await t.services.db
      .selectFrom('draft')
      .select('answers')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row.answers, { name: 'Åsa', hasPet: false });
  });

  it('tampered step and draft ids, and another person’s draft, are 404 and change nothing', async () => {
    const { client, draftUrl } = await startDraft();
    assert.equal((await client.get(`${draftUrl}/steg/no-such-step`)).statusCode, 404);
    assert.equal(
      (await client.get('/demo/utkast/00000000-0000-0000-0000-000000000000/steg/om-dig')).statusCode,
      404,
    );
    assert.equal((await client.get('/demo/utkast/not-a-uuid/steg/om-dig')).statusCode, 404);
    const stranger = new TestClient(t.app);
    await stranger.get('/demo/e-tjanster/tiny');
    assert.equal((await stranger.get(`${draftUrl}/steg/om-dig`)).statusCode, 404);
    await stranger.get('/demo/e-tjanster/tiny');
    const post = await stranger.post(`${draftUrl}/steg/om-dig`, { 'q.name': 'Hijack', action: 'continue' });
    assert.equal(post.statusCode, 404);
    await stranger.get('/demo/e-tjanster/tiny');
    assert.equal((await stranger.post(`${draftUrl}/skicka`, {})).statusCode, 404);
    // The same draft in another municipality's address is not there either.
    await t.services.municipalities.create({ slug: 'grannby', name: 'Grannby' });
    assert.equal((await client.get(draftUrl.replace('/demo/', '/grannby/'))).statusCode, 404);
  });

  it('checks uploaded files by content and size', async () => {
    const { client, draftUrl } = await startDraft();
    await client.post(`${draftUrl}/steg/om-dig`, { 'q.name': 'Åsa', 'q.hasPet': 'no', action: 'continue' });
    await client.get(`${draftUrl}/steg/bilagor`);
    const exe = await client.postMultipart(`${draftUrl}/steg/bilagor`, { action: 'continue' }, [
      { field: 'q.attachment', name: 'intyg.pdf', type: 'application/pdf', data: ELF },
    ]);
    assert.equal(exe.statusCode, 422);
    assert.match(exe.body, /govuk-error-summary/);
    const big = await client.postMultipart(`${draftUrl}/steg/bilagor`, { action: 'continue' }, [
      {
        field: 'q.attachment',
        name: 'stor.pdf',
        type: 'application/pdf',
        data: Buffer.concat([PDF, Buffer.alloc(200_000, 32)]),
      },
    ]);
    assert.equal(big.statusCode, 422);
    const files = await t.services.db
      .selectFrom('stored_file')
      .select('name')
      .where('name', 'in', ['intyg.pdf', 'stor.pdf'])
      .execute();
    assert.deepEqual(files, [], 'refused files are not kept');
    const good = await client.postMultipart(`${draftUrl}/steg/bilagor`, { action: 'continue' }, [
      { field: 'q.attachment', name: 'läkarintyg.pdf', type: 'application/pdf', data: PDF },
    ]);
    assert.equal(good.statusCode, 303);
    const back = await client.get(`${draftUrl}/steg/bilagor`);
    assert.match(back.body, /läkarintyg\.pdf/);
  });
});

describe('check answers, submit, receipt', () => {
  it('change links go to the exact question and back; submit makes one case; the receipt has the PDF', async () => {
    const { client, draftUrl } = await startDraft();
    await client.post(`${draftUrl}/steg/om-dig`, {
      'q.name': 'Åsa',
      'q.hasPet': 'yes',
      'q.petName': 'Doris',
      action: 'continue',
    });
    await client.get(`${draftUrl}/steg/ovrigt`);
    await client.post(`${draftUrl}/steg/ovrigt`, { 'q.note': 'Hej', 'q.otherPnr': '', action: 'continue' });
    await client.get(`${draftUrl}/steg/bilagor`);
    const last = await client.postMultipart(`${draftUrl}/steg/bilagor`, { action: 'continue' }, []);
    assert.equal(last.headers.location, `${draftUrl}/kontrollera`);
    const check = await client.get(`${draftUrl}/kontrollera`);
    assert.equal(check.statusCode, 200);
    assert.match(check.body, /Doris/);
    assert.match(check.body, new RegExp(`href="${draftUrl}/steg/om-dig\\?fran=kontroll#question-q-petName"`));
    // Change an answer from the check page and come back to it.
    await client.get(`${draftUrl}/steg/om-dig?fran=kontroll`);
    const changed = await client.post(`${draftUrl}/steg/om-dig?fran=kontroll`, {
      'q.name': 'Åsa',
      'q.hasPet': 'yes',
      'q.petName': 'Sixten',
      action: 'continue',
    });
    assert.equal(changed.headers.location, `${draftUrl}/kontrollera`);
    assert.match((await client.get(`${draftUrl}/kontrollera`)).body, /Sixten/);

    const token = csrfTokenIn(client.lastHtml) as string;
    const submitted = await client.post(`${draftUrl}/skicka`, {});
    assert.equal(submitted.statusCode, 303);
    const receiptUrl = String(submitted.headers.location);
    assert.match(receiptUrl, /^\/demo\/arenden\/[0-9a-f-]{36}\/kvitto$/);
    const receipt = await client.get(receiptUrl);
    assert.match(receipt.body, /Din ansökan är skickad/);
    const caseNumber = /<strong>(\d{4}-\d{5})<\/strong>/.exec(receipt.body)?.[1];
    assert.ok(caseNumber);
    // A second submit (double click, another tab) lands on the same receipt.
    const again = await client.post(`${draftUrl}/skicka`, { _csrf: token }, { csrf: false });
    assert.equal(again.headers.location, receiptUrl);
    const count = await t.services.db
      .selectFrom('case')
      .select('id')
      .where('case_number', '=', caseNumber)
      .execute();
    assert.equal(count.length, 1);

    const pdf = await client.get(receiptUrl.replace('kvitto', 'ansokan.pdf'));
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    // Nobody else gets the receipt or the PDF.
    const stranger = new TestClient(t.app);
    assert.equal((await stranger.get(receiptUrl)).statusCode, 404);
  });

  it('a draft on a version retired meanwhile gets a clear message and no case', async () => {
    const { client, draftUrl } = await startDraft();
    await client.post(`${draftUrl}/steg/om-dig`, { 'q.name': 'Åsa', 'q.hasPet': 'no', action: 'continue' });
    const v2 = await t.services.eServices.addVersion(municipalityId, eServiceId, TINY_DEFINITION);
    await t.services.eServices.publish(municipalityId, v2.id);
    await client.get(`${draftUrl}/kontrollera`);
    const res = await client.post(`${draftUrl}/skicka`, {});
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /E-tjänsten har ändrats/);
  });
});
