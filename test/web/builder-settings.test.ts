/** The e-service's handling settings over HTTP (issue 7, item 5): hub, statuses, colours, handling, summary, export. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { INITIAL_STATUS } from '../../src/domain/cases/statuses.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { h1, type TestClient } from '../support/http.ts';
import { loginStaff } from '../support/staff-login.ts';

let t: TestApp;
let demoId: string;
let eServiceId: string;
let base: string;

let dev: TestClient;
let admin: TestClient;

const settings = async () => {
  const s = await t.services.builderSettings.read(demoId, eServiceId);
  assert.ok(s);
  return s;
};

/** The status form as the page posts it, from the stored set, with changes. */
async function statusForm(
  change: (rows: Record<string, string | string[]>[]) => Record<string, string | string[]>[] = (r) => r,
  action = 'save',
) {
  const s = await settings();
  const rows = change(
    s.statusSet.map((x) => ({
      key: x.key,
      sv: x.name.sv,
      en: x.name.en ?? '',
      colour: x.colour,
      flags: [
        x.applicantMayEdit && 'applicantMayEdit',
        x.mayDelete && 'mayDelete',
        x.closed && 'closed',
      ].filter((f): f is string => typeof f === 'string'),
    })),
  );
  const form: Record<string, string | string[]> = { rows: String(rows.length), action };
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) form[`s.${i}.${k}`] = v;
  });
  return form;
}

async function audits(change: string) {
  return t.services.db
    .selectFrom('audit_event')
    .select(['action', 'details'])
    .where('subject', '=', eServiceId)
    .where('action', '=', 'eservice.settings.saved')
    .execute()
    .then((rows) => rows.filter((r) => r.details.change === change));
}

/** Cases of the e-service in a status, straight into the table (the demo has none). */
async function addCases(status: string, n: number): Promise<string[]> {
  const v = await t.services.db
    .selectFrom('e_service_version')
    .select('id')
    .where('e_service_id', '=', eServiceId)
    .executeTakeFirstOrThrow();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const row = await t.services.db
      .insertInto('case')
      .values({
        municipality_id: demoId,
        case_number: `T-${status}-${i}-${Math.random().toString(36).slice(2, 8)}`,
        e_service_id: eServiceId,
        version_id: v.id,
        status,
        answers: '{}',
        channel: 'paper',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  demoId = demo.id;
  const sk = await t.services.eServices.bySlug(demo.id, 'ansokan-om-specialkost');
  assert.ok(sk);
  eServiceId = sk.id;
  base = `/demo/handlaggare/bygg/${eServiceId}/installningar`;
  dev = await loginStaff(t.app, 'utvecklare', 'demo-utvecklare-2026');
  admin = await loginStaff(t.app, 'admin', 'demo-admin-2026');
});
after(() => t.close());

describe('handling settings pages', () => {
  it('the hub lists every setting in words with a link to change it', async () => {
    const res = await dev.get(base);
    assert.equal(res.statusCode, 200);
    assert.equal(h1(res.body), 'Inställningar för handläggning');
    assert.match(res.body, /Standardstatusarna: Inskickat, Under behandling/);
    for (const page of ['statusar', 'farger', 'handlaggning', 'sammanfattning', 'export']) {
      assert.match(res.body, new RegExp(`href="${base}/${page}"`));
    }
    for (const page of ['statusar', 'farger', 'handlaggning', 'sammanfattning', 'export']) {
      const r = await dev.get(`${base}/${page}`);
      assert.equal(r.statusCode, 200, page);
    }
    await dev.get(`${base}?lang=en`);
    const en = await dev.get(base);
    assert.equal(h1(en.body), 'Case handling settings');
    for (const page of ['statusar', 'farger', 'handlaggning', 'sammanfattning', 'export']) {
      const e = await dev.get(`${base}/${page}`);
      assert.equal(e.statusCode, 200, page);
      assert.doesNotMatch(e.body, /builderSettings\./, page);
    }
    await dev.get(`${base}?lang=sv`);
  });

  it('is for developers: an officer gets 403, a tampered or unknown id 404', async () => {
    const anna = await loginStaff(t.app, 'anna', 'demo-handlaggare-2026');
    assert.equal((await anna.get(base)).statusCode, 403);
    assert.equal((await dev.get('/demo/handlaggare/bygg/not-a-uuid/installningar')).statusCode, 404);
    assert.equal(
      (await dev.get('/demo/handlaggare/bygg/00000000-0000-4000-8000-000000000000/installningar/statusar'))
        .statusCode,
      404,
    );
  });

  it('statuses: add on the page (not saved), then save with a key made from the name; audited', async () => {
    await dev.get(`${base}/statusar`);
    const added = await dev.post(`${base}/statusar`, await statusForm((r) => r, 'add'));
    assert.equal(added.statusCode, 200);
    assert.match(added.body, /Ändringen är inte sparad än/);
    assert.match(added.body, /name="s\.6\.sv"/);
    const form = await statusForm((r) => [
      ...r,
      {
        key: '',
        sv: 'Väntar på intyg',
        en: 'Awaiting certificate',
        colour: 'purple',
        flags: ['applicantMayEdit'],
      },
    ]);
    const saved = await dev.post(`${base}/statusar`, form);
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `${base}?sparat=1`);
    const s = await settings();
    const mine = s.statusSet.find((x) => x.key === 'vantar_pa_intyg');
    assert.deepEqual(mine, {
      key: 'vantar_pa_intyg',
      name: { sv: 'Väntar på intyg', en: 'Awaiting certificate' },
      applicantMayEdit: true,
      mayDelete: false,
      closed: false,
      colour: 'purple',
    });
    // Other languages of a standard status are kept.
    assert.equal(s.statusSet[0]?.name.ar, 'تم الإرسال');
    assert.equal((await audits('statusSet')).length, 1);
    const page = await dev.get(`/demo/handlaggare/bygg/${eServiceId}`);
    assert.match(page.body, /Statusarna sparade \(7 statusar\)/);
  });

  it('statuses: moving a row down reorders on the page, and saving keeps the order', async () => {
    await dev.get(`${base}/statusar`);
    const moved = await dev.post(`${base}/statusar`, await statusForm((r) => r, 'down.1'));
    assert.equal(moved.statusCode, 200);
    const first = moved.body.indexOf('Komplettering begärd');
    const second = moved.body.indexOf('Under behandling');
    assert.ok(first > 0 && second > first, 'row 2 moved below row 3');
    // Nothing saved yet.
    assert.equal((await settings()).statusSet[1]?.key, 'in_progress');
  });

  it('a custom status appears on the officer case page', async () => {
    const [id] = await addCases('in_progress', 2);
    const res = await admin.get(`/demo/handlaggare/arenden/${id}/status`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Väntar på intyg/);
  });

  it('statuses: bad input is refused with a clear error and nothing is saved or lost', async () => {
    await dev.get(`${base}/statusar`);
    const before = JSON.stringify((await settings()).statusSet);
    const cases: [string, Record<string, string | string[]>, RegExp][] = [
      [
        'tampered key',
        await statusForm((r) => r.map((x, i) => (i === 1 ? { ...x, key: 'hacked' } : x))),
        /Statusen &quot;hacked&quot; finns inte/,
      ],
      [
        'submitted removed',
        await statusForm((r) => r.filter((x) => x.key !== INITIAL_STATUS)),
        /Statusen Inskickat måste finnas kvar/,
      ],
      [
        'over-long name',
        await statusForm((r) => r.map((x, i) => (i === 2 ? { ...x, sv: 'Å'.repeat(61) } : x))),
        /Namnet på rad 3 får vara högst 60 tecken/,
      ],
      [
        'empty name',
        await statusForm((r) => r.map((x, i) => (i === 2 ? { ...x, sv: ' ' } : x))),
        /Skriv ett namn/,
      ],
      [
        'duplicate key',
        await statusForm((r) => r.map((x, i) => (i === 2 ? { ...x, key: 'in_progress', sv: 'X' } : x))),
        /finns flera gånger/,
      ],
      [
        'bad colour',
        await statusForm((r) => r.map((x, i) => (i === 2 ? { ...x, colour: 'pink' } : x))),
        /Välj en färg/,
      ],
      ['malformed rows', { rows: 'many', action: 'save' }, /Formuläret kunde inte läsas/],
      ['bad action', await statusForm((r) => r, 'up.99'), /Formuläret kunde inte läsas/],
    ];
    for (const [what, form, message] of cases) {
      const res = await dev.post(`${base}/statusar`, form);
      assert.equal(res.statusCode, 422, what);
      assert.match(res.body, /govuk-error-summary/, what);
      assert.match(res.body, message, what);
    }
    const long = await dev.post(
      `${base}/statusar`,
      await statusForm((r) => r.map((x, i) => (i === 2 ? { ...x, sv: 'Å'.repeat(61) } : x))),
    );
    assert.match(long.body, new RegExp(`value="${'Å'.repeat(61)}"`), 'what was typed is shown again');
    assert.equal(JSON.stringify((await settings()).statusSet), before);
  });

  it('statuses: a status that cases have cannot be removed; the page says how many', async () => {
    await dev.get(`${base}/statusar`);
    const s = await settings();
    const [key, count] = [...s.casesInStatus].find(([k, n]) => k !== INITIAL_STATUS && n > 0) ?? [
      INITIAL_STATUS,
      0,
    ];
    assert.ok(count > 0, 'the demo has cases in a status other than submitted');
    const index = s.statusSet.findIndex((x) => x.key === key);
    const remove = await dev.post(`${base}/statusar`, await statusForm((r) => r, `remove.${index}`));
    assert.equal(remove.statusCode, 422);
    assert.match(remove.body, new RegExp(`eftersom ${count} ärenden har den`));
    const save = await dev.post(`${base}/statusar`, await statusForm((r) => r.filter((x) => x.key !== key)));
    assert.equal(save.statusCode, 422);
    assert.match(save.body, new RegExp(`eftersom ${count} ärenden har den`));
  });

  it('statuses: back to the standard set', async () => {
    await dev.get(`${base}/statusar`);
    const res = await dev.post(`${base}/statusar/standard`, {});
    assert.equal(res.statusCode, 303);
    const s = await settings();
    assert.equal(s.standardStatuses, true);
    assert.equal((await audits('statusSetStandard')).length, 1);
  });

  it('colour labels: add, save, refuse a duplicate colour and an empty meaning', async () => {
    await dev.get(`${base}/farger`);
    const added = await dev.post(`${base}/farger`, { rows: '0', action: 'add' });
    assert.equal(added.statusCode, 200);
    assert.match(added.body, /name="c\.0\.sv"/);
    const bad = await dev.post(`${base}/farger`, {
      rows: '2',
      action: 'save',
      'c.0.colour': 'red',
      'c.0.sv': 'Brådskande',
      'c.0.en': 'Urgent',
      'c.1.colour': 'red',
      'c.1.sv': '',
      'c.1.en': '',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Färgen på rad 2 används redan/);
    assert.match(bad.body, /Skriv vad färgen på rad 2 betyder/);
    assert.match(bad.body, /value="Brådskande"/);
    const ok = await dev.post(`${base}/farger`, {
      rows: '1',
      action: 'save',
      'c.0.colour': 'red',
      'c.0.sv': 'Brådskande',
      'c.0.en': 'Urgent',
    });
    assert.equal(ok.statusCode, 303);
    assert.deepEqual((await settings()).colourLabels, [
      { key: 'red', meaning: { sv: 'Brådskande', en: 'Urgent' } },
    ]);
    assert.equal((await audits('colourLabels')).length, 1);
  });

  it('handling: days, yes/no and the purge rule; bad input refused', async () => {
    const page = await dev.get(`${base}/handlaggning`);
    assert.match(page.body, /raderas för alltid/);
    const good = {
      handleWithinDays: '14',
      manualCasesAllowed: 'no',
      answersEditable: 'yes',
      purgeStatus: 'completed',
      purgeDays: '365',
    };
    const bads: [Record<string, string>, RegExp][] = [
      [{ ...good, handleWithinDays: '0' }, /mellan 1 och 365/],
      [{ ...good, handleWithinDays: 'fjorton' }, /som en siffra/],
      [{ ...good, purgeStatus: 'nonexistent' }, /Välj en status från listan/],
      [{ ...good, purgeDays: '4000' }, /mellan 1 och 3650/],
      [{ ...good, purgeDays: '' }, /efter hur många dagar/],
      [{ ...good, manualCasesAllowed: 'maybe' }, /Välj ja eller nej/],
    ];
    for (const [form, message] of bads) {
      const res = await dev.post(`${base}/handlaggning`, form);
      assert.equal(res.statusCode, 422);
      assert.match(res.body, message);
    }
    const res = await dev.post(`${base}/handlaggning`, good);
    assert.equal(res.statusCode, 303);
    const s = await settings();
    assert.deepEqual(s.handling, {
      handleWithinDays: 14,
      manualCasesAllowed: false,
      answersEditable: true,
      purgeRule: { status: 'completed', days: 365 },
    });
    const hub = await dev.get(base);
    assert.match(hub.body, /14 dagar från inskickat/);
    assert.match(hub.body, /Ärenden som har haft statusen Klart i 365 dagar raderas/);
    // No limit, no purge.
    const none = await dev.post(`${base}/handlaggning`, { ...good, handleWithinDays: '', purgeStatus: '' });
    assert.equal(none.statusCode, 303);
    const n = await settings();
    assert.equal(n.handling.handleWithinDays, null);
    assert.equal(n.handling.purgeRule, null);
    assert.equal((await audits('handling')).length, 2);
  });

  it('takes effect: no manual cases hides the e-service from "Registrera ärende"; days are what new cases read', async () => {
    const form = {
      handleWithinDays: '10',
      manualCasesAllowed: 'no',
      answersEditable: 'yes',
      purgeStatus: '',
      purgeDays: '',
    };
    const offered = async () => (await admin.get('/demo/handlaggare/nytt-arende')).body.includes(eServiceId);
    await dev.get(`${base}/handlaggning`);
    await dev.post(`${base}/handlaggning`, { ...form, manualCasesAllowed: 'yes' });
    assert.equal(await offered(), true);
    assert.equal((await dev.post(`${base}/handlaggning`, form)).statusCode, 303);
    assert.equal(await offered(), false);
    assert.equal((await admin.get(`/demo/handlaggare/nytt-arende/${eServiceId}`)).statusCode, 404);
    // submit-case and manual cases compute due_at from this column.
    const info = await t.services.eServices.byId(demoId, eServiceId);
    assert.equal(info?.handleWithinDays, 10);
  });

  it('summary fields: choose, order, limit and unknown keys', async () => {
    const page = await dev.get(`${base}/sammanfattning`);
    assert.match(page.body, /högst 5 frågor/);
    const s = await settings();
    const keys = s.questions.map((q) => q.key);
    assert.ok(keys.length >= 6);
    const form = (chosen: string[], order = keys, action = 'save') => {
      const f: Record<string, string> = { rows: String(order.length), action };
      order.forEach((k, i) => {
        f[`q.${i}.key`] = k;
        if (chosen.includes(k)) f[`q.${i}.chosen`] = 'yes';
      });
      return f;
    };
    const tooMany = await dev.post(`${base}/sammanfattning`, form(keys.slice(0, 6)));
    assert.equal(tooMany.statusCode, 422);
    assert.match(tooMany.body, /Välj högst 5 frågor/);
    const unknown = await dev.post(`${base}/sammanfattning`, form([], ['nope', ...keys.slice(1)]));
    assert.equal(unknown.statusCode, 422);
    assert.match(unknown.body, /Frågan &quot;nope&quot; finns inte/);
    const order = [keys[1], keys[0], ...keys.slice(2)] as string[];
    const moved = await dev.post(`${base}/sammanfattning`, form([keys[0] as string], keys, 'down.0'));
    assert.equal(moved.statusCode, 200);
    const ok = await dev.post(`${base}/sammanfattning`, form([keys[0] as string, keys[1] as string], order));
    assert.equal(ok.statusCode, 303);
    assert.deepEqual((await settings()).summaryKeys, [keys[1], keys[0]]);
    assert.equal((await audits('summaryKeys')).length, 1);
  });

  it('export columns: chosen with names, refused without a name, back to one column per question', async () => {
    await dev.get(`${base}/export`);
    const s = await settings();
    const keys = s.questions.map((q) => q.key);
    const form = (mode: string, titles: Record<string, string>) => {
      const f: Record<string, string> = { rows: String(keys.length), action: 'save', mode };
      keys.forEach((k, i) => {
        f[`x.${i}.key`] = k;
        if (k in titles) {
          f[`x.${i}.chosen`] = 'yes';
          f[`x.${i}.title`] = titles[k] as string;
        }
      });
      return f;
    };
    const [a, b] = keys as [string, string];
    const empty = await dev.post(`${base}/export`, form('chosen', { [a]: '' }));
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /Skriv en kolumnrubrik/);
    const long = await dev.post(`${base}/export`, form('chosen', { [a]: 'x'.repeat(61) }));
    assert.equal(long.statusCode, 422);
    const none = await dev.post(`${base}/export`, form('chosen', {}));
    assert.match(none.body, /Välj minst en fråga/);
    const noMode = await dev.post(`${base}/export`, form('', {}));
    assert.match(noMode.body, /Välj vilka svar som ska exporteras/);
    const ok = await dev.post(`${base}/export`, form('chosen', { [a]: 'Barnet', [b]: 'Skola' }));
    assert.equal(ok.statusCode, 303);
    assert.deepEqual((await settings()).exportColumns, [
      { key: a, title: 'Barnet' },
      { key: b, title: 'Skola' },
    ]);
    const all = await dev.post(`${base}/export`, form('all', {}));
    assert.equal(all.statusCode, 303);
    assert.equal((await settings()).exportColumns, null);
    assert.equal((await audits('exportColumnsAll')).length, 1);
  });
});
