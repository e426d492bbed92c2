/** The builder's column settings page of a repeating group (issue 7, item 3) over HTTP. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GroupCellQuestion, GroupQuestion } from '../../src/domain/forms/definition.ts';
import { type ColumnRow, formOf } from '../../src/web/builder/editor/question-form.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { h1, type TestClient } from '../support/http.ts';
import { loginStaff } from '../support/staff-login.ts';

let t: TestApp;
let demoId: string;
let eServiceId: string;
let draftId: string;
let publishedId: string;
let BASE: string;
const GROUP = 'fs-periods';

const login = (username: string, password: string) => loginStaff(t.app, username, password);
let dev: TestClient | undefined;
const developer = async () => {
  dev ??= await login('utvecklare', 'demo-utvecklare-2026');
  return dev;
};

async function draft() {
  const v = await t.services.builderVersions.getVersion(demoId, eServiceId, draftId);
  assert.ok(v);
  return v;
}
async function group(): Promise<GroupQuestion> {
  const q = (await draft()).definition.steps.flatMap((s) => s.questions).find((x) => x.id === GROUP);
  assert.ok(q && q.type === 'group');
  return q;
}
async function column(id: string): Promise<GroupCellQuestion> {
  const c = (await group()).questions.find((x) => x.id === id);
  assert.ok(c, id);
  return c;
}
const revisionIn = (html: string) => /name="revision" value="([^"]+)"/.exec(html)?.[1] ?? '';
const columnUrl = (id: string) => `${BASE}/fragor/${GROUP}/kolumner/${id}`;

/** GETs the column page (for its CSRF token and revision) and posts the form with the revision. */
async function submit(c: TestClient, id: string, form: Record<string, string | string[]>) {
  const got = await c.get(columnUrl(id));
  assert.equal(got.statusCode, 200, id);
  return c.post(columnUrl(id), { revision: revisionIn(got.body), action: 'save', ...form });
}

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  demoId = demo.id;
  const fs = await t.services.eServices.bySlug(demo.id, 'funktionsstod-ersattning-sjuklonekostnader');
  assert.ok(fs);
  eServiceId = fs.id;
  const versions = await t.services.builderVersions.versionsWithCaseCounts(demoId, eServiceId);
  publishedId = versions.find((v) => v.status === 'published')?.id as string;
  const staff = await t.services.staffUsers.findForLogin(demo.id, 'utvecklare');
  const actor = { id: staff?.id as string, name: 'Utvecklare' };
  const d = await t.services.builderVersions.newDraftFromCurrent(demoId, eServiceId, actor);
  assert.ok(d.ok);
  draftId = d.id;
  BASE = `/demo/handlaggare/bygg/${eServiceId}/versioner/${draftId}`;
  // A text column and a choice column besides the group's dates and numbers.
  const v = await draft();
  const def = structuredClone(v.definition);
  for (const s of def.steps)
    for (const q of s.questions)
      if (q.id === GROUP && q.type === 'group')
        q.questions.push(
          { id: 'col-note', key: 'note', type: 'text', label: { sv: 'Anteckning' }, required: false },
          {
            id: 'col-kind',
            key: 'kind',
            type: 'radio',
            label: { sv: 'Sort' },
            required: false,
            options: [
              { value: 'hel', label: { sv: 'Hel dag' } },
              { value: 'halv', label: { sv: 'Halv dag' } },
            ],
          },
        );
  const saved = await t.services.builderVersions.saveDraft(demoId, draftId, def, actor, {
    expectedRevision: v.revision,
  });
  assert.ok(saved.ok);
});
after(() => t.close());

describe('a repeating group column settings page', () => {
  it('is linked from each column of the group and shows the column type settings', async () => {
    const c = await developer();
    const page = await c.get(`${BASE}/fragor/${GROUP}`);
    assert.equal(page.statusCode, 200);
    assert.match(
      page.body,
      new RegExp(
        `href="${columnUrl('fs-period-pay')}">Ändra kolumnens inställningar <span class="govuk-visually-hidden">kolumnen Utbetald sjuklön</span>`,
      ),
    );
    const res = await c.get(columnUrl('fs-period-pay'));
    assert.equal(res.statusCode, 200);
    assert.equal(h1(res.body), 'Kolumn: Utbetald sjuklön');
    assert.match(res.body, /name="min"[^>]*value="0"|value="0"[^>]*name="min"/);
    assert.match(res.body, /name="unit"/);
    assert.match(res.body, new RegExp(`href="${BASE}/fragor/${GROUP}#kolumn-fs-period-pay"`));
    assert.doesNotMatch(res.body, /name="help"/);
    assert.doesNotMatch(res.body, /name="summary"/);
  });

  it("saves a number column's min, max and unit, keeping what the page does not show", async () => {
    const c = await developer();
    const res = await submit(c, 'fs-period-pay', {
      label: 'Utbetald sjuklön',
      hint: 'Före skatt, efter karensavdrag.',
      key: 'sickPay',
      required: 'true',
      min: '10',
      max: '150000',
      unit: 'kronor',
    });
    assert.equal(res.statusCode, 303, res.body);
    assert.match(res.headers.location as string, /klart=columnSaved#kolumn-fs-period-pay$/);
    const col = await column('fs-period-pay');
    assert.ok(col.type === 'number');
    assert.equal(col.min, 10);
    assert.equal(col.max, 150000);
    assert.deepEqual(col.unit, { sv: 'kronor', en: 'SEK' });
    assert.equal(col.label.en, 'Sick pay paid out');
    assert.equal(col.required, true);
    assert.equal((await group()).questions.length, 6);
    const back = await c.get(res.headers.location as string);
    assert.match(back.body, /Kolumnen är sparad/);
    const history = await c.get(`/demo/handlaggare/bygg/${eServiceId}`);
    assert.match(history.body, /Ändrade kolumnen sickPay i frågan periods/);
  });

  it("saves a text column's max length and pattern", async () => {
    const c = await developer();
    const res = await submit(c, 'col-note', {
      label: 'Anteckning',
      key: 'note',
      maxLength: '40',
      pattern: '^[A-Ö ]+$',
      patternMessage: 'Bara bokstäver',
    });
    assert.equal(res.statusCode, 303, res.body);
    const col = await column('col-note');
    assert.ok(col.type === 'text');
    assert.equal(col.maxLength, 40);
    assert.equal(col.pattern, '^[A-Ö ]+$');
    assert.deepEqual(col.patternMessage, { sv: 'Bara bokstäver' });
    assert.equal(col.required, false);
  });

  it("saves a choice column's options with hint and a row added by button", async () => {
    const c = await developer();
    const got = await c.get(columnUrl('col-kind'));
    const rows = {
      label: 'Sort',
      key: 'kind',
      'options.0.value': 'hel',
      'options.0.label': 'Hel dag',
      'options.0.hint': 'Hela arbetsdagen',
      'options.1.value': 'halv',
      'options.1.label': 'Halv dag',
      'options.1.hint': '',
    };
    const added = await c.post(columnUrl('col-kind'), {
      revision: revisionIn(got.body),
      action: 'addOption',
      ...rows,
    });
    assert.equal(added.statusCode, 200);
    assert.match(added.body, /name="options\.2\.value"/);
    assert.match(added.body, /value="Hela arbetsdagen"/);
    const res = await c.post(columnUrl('col-kind'), {
      revision: revisionIn(got.body),
      action: 'save',
      ...rows,
      'options.2.value': 'kvart',
      'options.2.label': 'Kvarts dag',
      'options.2.hint': '',
    });
    assert.equal(res.statusCode, 303, res.body);
    const col = await column('col-kind');
    assert.ok(col.type === 'radio');
    assert.deepEqual(
      col.options.map((o) => [o.value, o.label.sv, o.hint?.sv]),
      [
        ['hel', 'Hel dag', 'Hela arbetsdagen'],
        ['halv', 'Halv dag', undefined],
        ['kvart', 'Kvarts dag', undefined],
      ],
    );
  });

  it('refuses bad input with an error summary, saving nothing and keeping what was typed', async () => {
    const c = await developer();
    const before = (await draft()).revision;
    const order = await submit(c, 'fs-period-days', { label: 'Dagar', key: 'sickDays', min: '20', max: '5' });
    assert.equal(order.statusCode, 422);
    assert.match(order.body, /govuk-error-summary/);
    assert.match(order.body, /Det lägsta värdet får inte vara större än det högsta/);
    assert.match(order.body, /value="Dagar"/);
    const nan = await submit(c, 'fs-period-days', { label: 'Dagar', key: 'sickDays', min: 'tio' });
    assert.equal(nan.statusCode, 422);
    assert.match(nan.body, /govuk-error-summary/);
    assert.match(nan.body, /value="tio"/);
    const dup = await submit(c, 'fs-period-days', { label: 'Dagar', key: 'sickPay' });
    assert.equal(dup.statusCode, 422);
    assert.match(dup.body, /Två kolumner har samma nyckel/);
    const pattern = await submit(c, 'col-note', { label: 'Anteckning', key: 'note', pattern: '([' });
    assert.equal(pattern.statusCode, 422);
    assert.equal((await draft()).revision, before);
  });

  it('refuses renaming a column that calculations or conditions read', async () => {
    const c = await developer();
    const before = (await draft()).revision;
    // Calculations and a condition read sickPay and sickDays: renaming them is refused, on the key.
    const renamed = await submit(c, 'fs-period-pay', { label: 'Lön', key: 'pay' });
    assert.equal(renamed.statusCode, 409);
    assert.match(renamed.body, /href="#key"/);
    assert.match(renamed.body, /Kolumnen &quot;Utbetald sjuklön&quot; \(nyckel sickPay\) används av:/);
    assert.match(renamed.body, /beräkningen &quot;Sjuklön&quot; \(sickPayTotal\)/);
    assert.match(renamed.body, /value="pay"/);
    const days = await submit(c, 'fs-period-days', { label: 'Dagar', key: 'days' });
    assert.equal(days.statusCode, 409);
    assert.match(days.body, /villkoret för när frågan/);
    assert.equal((await draft()).revision, before);
    // A column nothing reads can be renamed.
    const note = await submit(c, 'col-kind', {
      label: 'Sort',
      key: 'sort',
      'options.0.value': 'hel',
      'options.0.label': 'Hel dag',
      'options.1.value': 'halv',
      'options.1.label': 'Halv dag',
    });
    assert.equal(note.statusCode, 303);
    assert.equal((await column('col-kind')).key, 'sort');
  });

  it("refuses, on the group's page too, renaming or removing a column that a rule reads", async () => {
    const c = await developer();
    const g = await group();
    const before = (await draft()).revision;
    const groupForm = (cols: ColumnRow[]) => {
      const f = formOf(g);
      const out: Record<string, string> = { ...f.fields, action: 'save' };
      cols.forEach((col, i) => {
        out[`columns.${i}.id`] = col.id;
        out[`columns.${i}.label`] = col.label;
        out[`columns.${i}.key`] = col.key;
        out[`columns.${i}.type`] = col.type;
        out[`columns.${i}.options`] = col.options;
        if (col.required) out[`columns.${i}.required`] = 'true';
      });
      return out;
    };
    const url = `${BASE}/fragor/${GROUP}`;
    const got = await c.get(url);
    const cols = formOf(g).columns;
    const renamed = cols.map((col) => (col.key === 'sickPay' ? { ...col, key: 'pay' } : col));
    const res = await c.post(url, { revision: revisionIn(got.body), ...groupForm(renamed) });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /Kolumnen &quot;Utbetald sjuklön&quot; \(nyckel sickPay\) används av:/);
    const removed = cols.filter((col) => col.key !== 'sickPay');
    const gone = await c.post(url, { revision: revisionIn(got.body), ...groupForm(removed) });
    assert.equal(gone.statusCode, 409);
    assert.match(gone.body, /href="#addColumn"/);
    assert.equal((await draft()).revision, before);
    // Saving the group as it is still works.
    const same = await c.post(url, { revision: revisionIn(got.body), ...groupForm(cols) });
    assert.equal(same.statusCode, 303, same.body);
  });

  it('answers 404 for a tampered column id or a question that is not a group', async () => {
    const c = await developer();
    assert.equal((await c.get(columnUrl('nope'))).statusCode, 404);
    const got = await c.get(columnUrl('fs-period-pay'));
    const post = await c.post(columnUrl('nope'), { revision: revisionIn(got.body), label: 'X', key: 'x' });
    assert.equal(post.statusCode, 404);
    const notGroup = `${BASE}/fragor/fs-how/kolumner/fs-period-pay`;
    assert.equal((await c.get(notGroup)).statusCode, 404);
  });

  it('refuses a save made on an overtaken revision, keeping what was typed', async () => {
    const c = await developer();
    const got = await c.get(columnUrl('fs-period-days'));
    const old = revisionIn(got.body);
    const other = await login('admin', 'demo-admin-2026');
    const moved = await submit(other, 'col-note', { label: 'Notering', key: 'note' });
    assert.equal(moved.statusCode, 303);
    const res = await c.post(columnUrl('fs-period-days'), {
      revision: old,
      action: 'save',
      label: 'Sjukdagar',
      key: 'sickDays',
    });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /Någon annan sparade versionen medan du arbetade/);
    assert.match(res.body, /value="Sjukdagar"/);
    assert.equal((await column('fs-period-days')).label.sv, 'Antal dagar med sjuklön');
  });

  it('shows a published version read-only and refuses changes to it', async () => {
    const c = await developer();
    const url = `/demo/handlaggare/bygg/${eServiceId}/versioner/${publishedId}/fragor/${GROUP}/kolumner/fs-period-pay`;
    const res = await c.get(url);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /kan inte ändras/);
    assert.doesNotMatch(res.body, />\s*Spara kolumnen\s*<\/button>\s*<a/);
    const v = await t.services.builderVersions.getVersion(demoId, eServiceId, publishedId);
    const post = await c.post(url, {
      revision: v?.revision ?? '',
      action: 'save',
      label: 'X',
      key: 'sickPay',
    });
    assert.equal(post.statusCode, 409);
    const after = await t.services.builderVersions.getVersion(demoId, eServiceId, publishedId);
    assert.equal(after?.revision, v?.revision);
  });

  it('is for developers only: officers get 403', async () => {
    const c = await login('anna', 'demo-handlaggare-2026');
    assert.equal((await c.get(columnUrl('fs-period-pay'))).statusCode, 403);
  });
});
