/** The builder's step and question editor over HTTP (issue 7, item 3). */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QUESTION_TYPES, type Question } from '../../src/domain/forms/definition.ts';
import { formOf } from '../../src/web/builder/editor/question-form.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { h1, type TestClient } from '../support/http.ts';
import { loginStaff } from '../support/staff-login.ts';

let t: TestApp;
let demoId: string;
let eServiceId: string;
let draftId: string;
let publishedId: string;
let BASE: string;

const login = (username: string, password: string) => loginStaff(t.app, username, password);
let dev: TestClient | undefined;
/** One developer session for the file (logins are rate limited). */
const developer = async () => {
  dev ??= await login('utvecklare', 'demo-utvecklare-2026');
  return dev;
};

async function draft() {
  const v = await t.services.builderVersions.getVersion(demoId, eServiceId, draftId);
  assert.ok(v);
  return v;
}
async function questionByKey(key: string): Promise<Question> {
  const q = (await draft()).definition.steps.flatMap((s) => s.questions).find((x) => x.key === key);
  assert.ok(q, key);
  return q;
}
async function stepIds() {
  return (await draft()).definition.steps.map((s) => s.id);
}
/** The settings form of a question as stored, flattened to posted fields. */
function fieldsOf(q: Question): Record<string, string | string[]> {
  const f = formOf(q);
  const out: Record<string, string | string[]> = { ...f.fields, accept: f.accept };
  f.options.forEach((o, i) => {
    out[`options.${i}.value`] = o.value;
    out[`options.${i}.label`] = o.label;
    out[`options.${i}.hint`] = o.hint;
    if (o.exclusive) out[`options.${i}.exclusive`] = 'true';
  });
  return out;
}
const revisionIn = (html: string) => /name="revision" value="([^"]+)"/.exec(html)?.[1] ?? '';

/** GETs the page (for its CSRF token and revision) and posts the form with the revision. */
async function submit(c: TestClient, page: string, form: Record<string, string | string[]>, url = page) {
  const got = await c.get(page);
  assert.equal(got.statusCode, 200, page);
  return c.post(url, { revision: revisionIn(got.body), ...form });
}

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  demoId = demo.id;
  const sk = await t.services.eServices.bySlug(demo.id, 'ansokan-om-specialkost');
  assert.ok(sk);
  eServiceId = sk.id;
  const versions = await t.services.builderVersions.versionsWithCaseCounts(demoId, eServiceId);
  publishedId = versions.find((v) => v.status === 'published')?.id as string;
  const dev = await t.services.staffUsers.findForLogin(demo.id, 'utvecklare');
  const d = await t.services.builderVersions.newDraftFromCurrent(demoId, eServiceId, {
    id: dev?.id as string,
    name: 'Utvecklare',
  });
  assert.ok(d.ok);
  draftId = d.id;
  BASE = `/demo/handlaggare/bygg/${eServiceId}/versioner/${draftId}`;
});
after(() => t.close());

describe('the step and question editor', () => {
  it('shows the structure with actions that name what they act on, and links onwards', async () => {
    const c = await developer();
    const res = await c.get(BASE);
    assert.equal(res.statusCode, 200);
    assert.match(h1(res.body) ?? '', /^Steg och frågor: Ansökan om specialkost, version \d+$/);
    assert.match(res.body, /Steg 1: /);
    assert.match(res.body, /Flytta ned<span class="govuk-visually-hidden"> frågan /);
    assert.match(res.body, /Har villkor/);
    assert.match(res.body, new RegExp(`href="${BASE}/oversattning"`));
    assert.match(res.body, new RegExp(`href="${BASE}/prova"`));
    assert.match(res.body, new RegExp(`href="${BASE}/steg/ny"`));
    const diet = await questionByKey('grounds');
    const page = await c.get(`${BASE}/fragor/${diet.id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`href="${BASE}/fragor/${diet.id}/villkor"`));
    const en = await c.get(`${BASE}?lang=en`);
    const english = en.statusCode === 200 ? en : await c.get(BASE);
    assert.match(h1(english.body) ?? '', /^Steps and questions: /, String(en.statusCode));
    await c.get(`${BASE}?lang=sv`);
  });

  it('adds a step, refusing an empty or over-long title', async () => {
    const c = await developer();
    const before = await stepIds();
    const empty = await submit(c, `${BASE}/steg/ny`, { title: ' ', description: 'Kvar' });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /Skriv stegets rubrik/);
    assert.match(empty.body, />\s*Kvar<\/textarea>/);
    const long = await submit(c, `${BASE}/steg/ny`, { title: 'x'.repeat(201) });
    assert.equal(long.statusCode, 422);
    assert.deepEqual(await stepIds(), before);
    const res = await submit(c, `${BASE}/steg/ny`, { title: 'Bilagor', description: 'Intyg och annat' });
    assert.equal(res.statusCode, 303);
    const after = (await draft()).definition.steps;
    assert.equal(after.length, before.length + 1);
    const added = after.at(-1);
    assert.equal(added?.title.sv, 'Bilagor');
    assert.match(res.headers.location as string, new RegExp(`klart=stepAdded#steg-${added?.id}$`));
    const page = await c.get(`/demo/handlaggare/bygg/${eServiceId}`);
    assert.match(page.body, /Lade till steget Bilagor/);
    // edit it
    const edit = await submit(c, `${BASE}/steg/${added?.id}`, {
      title: 'Bilagor och intyg',
      description: '',
    });
    assert.equal(edit.statusCode, 303);
    assert.equal((await draft()).definition.steps.at(-1)?.title.sv, 'Bilagor och intyg');
    assert.equal((await draft()).definition.steps.at(-1)?.description, undefined);
  });

  it('adds a question of every type, each with a settings page', async () => {
    const c = await developer();
    const stepId = (await stepIds()).at(-1) as string;
    for (const type of QUESTION_TYPES) {
      const res = await submit(c, `${BASE}/steg/${stepId}/ny-fraga`, { type, label: `Fråga av typ ${type}` });
      assert.equal(res.statusCode, 303, type);
      const location = res.headers.location as string;
      assert.match(location, new RegExp(`^${BASE}/fragor/[^/?]+\\?ny=1$`));
      const page = await c.get(location);
      assert.equal(page.statusCode, 200, type);
      assert.match(page.body, /Frågan är tillagd/);
      assert.match(page.body, new RegExp(`value="fragaAvTyp${type[0]?.toUpperCase()}${type.slice(1)}"`));
    }
    const computed = await questionByKey('fragaAvTypComputed');
    const page = await c.get(`${BASE}/fragor/${computed.id}`);
    assert.match(page.body, new RegExp(`href="${BASE}/fragor/${computed.id}/berakning"`));
  });

  it('refuses an unknown type, a missing label and an over-long label, changing nothing', async () => {
    const c = await developer();
    const stepId = (await stepIds())[0] as string;
    const before = (await draft()).revision;
    const bad = await submit(c, `${BASE}/steg/${stepId}/ny-fraga`, { type: 'slider', label: 'Reglage' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Välj en typ av fråga/);
    assert.match(bad.body, /value="Reglage"/);
    const none = await submit(c, `${BASE}/steg/${stepId}/ny-fraga`, { type: 'text', label: '' });
    assert.equal(none.statusCode, 422);
    assert.match(none.body, /Skriv frågan/);
    const long = await submit(c, `${BASE}/steg/${stepId}/ny-fraga`, { type: 'text', label: 'x'.repeat(501) });
    assert.equal(long.statusCode, 422);
    assert.match(long.body, /högst 500 tecken/);
    assert.equal((await draft()).revision, before);
  });

  it('edits the settings of a text and a number question, with clear errors for bad numbers', async () => {
    const c = await developer();
    const text = await questionByKey('fragaAvTypText');
    const url = `${BASE}/fragor/${text.id}`;
    const ok = await submit(c, url, {
      label: 'Förnamn',
      hint: 'Som i passet',
      help: '',
      key: 'fornamn',
      required: 'true',
      minLength: '2',
      maxLength: '50',
      pattern: '[A-Za-zÅÄÖåäö -]+',
      patternMessage: 'Bara bokstäver',
      autocomplete: 'given-name',
      action: 'save',
    });
    assert.equal(ok.statusCode, 303);
    assert.match(ok.headers.location as string, new RegExp(`#fraga-${text.id}$`));
    const saved = await questionByKey('fornamn');
    assert.deepEqual(
      saved.type === 'text' && [
        saved.label.sv,
        saved.hint?.sv,
        saved.minLength,
        saved.maxLength,
        saved.autocomplete,
      ],
      ['Förnamn', 'Som i passet', 2, 50, 'given-name'],
    );
    const number = await questionByKey('fragaAvTypNumber');
    const before = (await draft()).revision;
    const bad = await submit(c, `${BASE}/fragor/${number.id}`, {
      label: 'Antal',
      key: 'antal',
      min: '10',
      max: '5',
      unit: 'st',
      action: 'save',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Det lägsta värdet får inte vara större än det högsta/);
    assert.match(bad.body, /value="st"/);
    const nan = await submit(c, `${BASE}/fragor/${number.id}`, {
      label: 'Antal',
      key: 'antal',
      min: 'tio',
      action: 'save',
    });
    assert.equal(nan.statusCode, 422);
    assert.match(nan.body, /Skriv ett tal/);
    const badKey = await submit(c, `${BASE}/fragor/${number.id}`, {
      label: 'Antal',
      key: 'Antal ord',
      action: 'save',
    });
    assert.equal(badKey.statusCode, 422);
    assert.match(badKey.body, /Nyckeln ska börja med en liten bokstav/);
    const taken = await submit(c, `${BASE}/fragor/${number.id}`, {
      label: 'Antal',
      key: 'grounds',
      action: 'save',
    });
    assert.equal(taken.statusCode, 422);
    assert.match(taken.body, /Nyckeln grounds används redan/);
    assert.equal((await draft()).revision, before);
    const good = await submit(c, `${BASE}/fragor/${number.id}`, {
      label: 'Antal',
      key: 'antal',
      min: '0',
      max: '10',
      integer: 'true',
      unit: 'st',
      action: 'save',
    });
    assert.equal(good.statusCode, 303);
    const n = await questionByKey('antal');
    assert.deepEqual(n.type === 'number' && [n.min, n.max, n.integer, n.unit?.sv], [0, 10, true, 'st']);
  });

  it('edits options with row buttons that keep what was typed, and refuses duplicate values', async () => {
    const c = await developer();
    const q = await questionByKey('fragaAvTypCheckbox');
    const url = `${BASE}/fragor/${q.id}`;
    const typed = {
      label: 'Allergier',
      key: 'allergier',
      'options.0.value': 'gluten',
      'options.0.label': 'Gluten',
      'options.1.value': 'notter',
      'options.1.label': 'Nötter',
    };
    const added = await submit(c, url, { ...typed, action: 'addOption' });
    assert.equal(added.statusCode, 200);
    assert.match(added.body, /name="options\.2\.value"/);
    assert.match(added.body, /value="Allergier"/);
    assert.match(added.body, /value="Nötter"/);
    const moved = await c.post(url, { revision: revisionIn(added.body), ...typed, action: 'optionDown.0' });
    assert.equal(moved.statusCode, 200);
    assert.ok(moved.body.indexOf('value="notter"') < moved.body.indexOf('value="gluten"'));
    const dup = await c.post(url, {
      revision: revisionIn(added.body),
      ...typed,
      'options.2.value': 'gluten',
      'options.2.label': 'Gluten igen',
      action: 'save',
    });
    assert.equal(dup.statusCode, 422);
    assert.match(dup.body, /Två alternativ har samma värde/);
    assert.match(dup.body, /value="Gluten igen"/);
    const ok = await c.post(url, {
      revision: revisionIn(added.body),
      ...typed,
      'options.2.value': 'ingen',
      'options.2.label': 'Ingen allergi',
      'options.2.exclusive': 'true',
      action: 'save',
    });
    assert.equal(ok.statusCode, 303);
    const saved = await questionByKey('allergier');
    assert.deepEqual(
      saved.type === 'checkbox' && saved.options.map((o) => [o.value, o.label.sv, o.exclusive ?? false]),
      [
        ['gluten', 'Gluten', false],
        ['notter', 'Nötter', false],
        ['ingen', 'Ingen allergi', true],
      ],
    );
    const removed = await submit(c, url, { ...typed, action: 'removeOption.1' });
    assert.equal(removed.statusCode, 200);
    assert.doesNotMatch(removed.body, /name="options\.1\.value"/);
  });

  it('edits a file question and a group with columns', async () => {
    const c = await developer();
    const file = await questionByKey('fragaAvTypFile');
    const none = await submit(c, `${BASE}/fragor/${file.id}`, {
      label: 'Intyg',
      key: 'intyg',
      maxSizeMb: '5',
      maxFiles: '2',
      action: 'save',
    });
    assert.equal(none.statusCode, 422);
    assert.match(none.body, /Välj minst en filtyp/);
    const ok = await submit(c, `${BASE}/fragor/${file.id}`, {
      label: 'Intyg',
      key: 'intyg',
      accept: ['application/pdf', 'image/*'],
      maxSizeMb: '5',
      maxFiles: '2',
      required: 'true',
      action: 'save',
    });
    assert.equal(ok.statusCode, 303);
    const f = await questionByKey('intyg');
    assert.deepEqual(f.type === 'file' && [f.accept, f.maxSizeBytes, f.maxFiles], [
      ['application/pdf', 'image/*'],
      5_000_000,
      2,
    ]);

    const group = await questionByKey('fragaAvTypGroup');
    assert.equal(group.type, 'group');
    const col = group.type === 'group' ? group.questions[0] : undefined;
    const url = `${BASE}/fragor/${group.id}`;
    const base = {
      label: 'Barn',
      key: 'barnen',
      'columns.0.id': col?.id ?? '',
      'columns.0.label': 'Namn',
      'columns.0.key': 'namn',
      'columns.0.type': 'text',
      'columns.0.required': 'true',
      minRows: '1',
      maxRows: '5',
    };
    const more = await submit(c, url, { ...base, action: 'addColumn' });
    assert.equal(more.statusCode, 200);
    assert.match(more.body, /name="columns\.1\.label"/);
    const dupKey = await c.post(url, {
      revision: revisionIn(more.body),
      ...base,
      'columns.1.id': '',
      'columns.1.label': 'Namn igen',
      'columns.1.key': 'namn',
      'columns.1.type': 'number',
      action: 'save',
    });
    assert.equal(dupKey.statusCode, 422);
    assert.match(dupKey.body, /Två kolumner har samma nyckel/);
    const saved = await c.post(url, {
      revision: revisionIn(more.body),
      ...base,
      'columns.1.id': '',
      'columns.1.label': 'Ålder',
      'columns.1.key': 'alder',
      'columns.1.type': 'number',
      action: 'save',
    });
    assert.equal(saved.statusCode, 303);
    const g = await questionByKey('barnen');
    assert.deepEqual(
      g.type === 'group' && [g.questions.map((x) => [x.key, x.type, x.required]), g.minRows, g.maxRows],
      [
        [
          ['namn', 'text', true],
          ['alder', 'number', false],
        ],
        1,
        5,
      ],
    );
    assert.equal(g.type === 'group' && g.questions[0]?.id, col?.id);
    // A choice column's own options, inline: one a line.
    const ageId = g.type === 'group' ? (g.questions[1]?.id as string) : '';
    const choice = {
      ...base,
      key: 'barnen',
      'columns.1.id': ageId,
      'columns.1.label': 'Omfattning',
      'columns.1.key': 'omfattning',
      'columns.1.type': 'radio',
    };
    const bad = await submit(c, url, {
      ...choice,
      'columns.1.options': 'heltid | Heltid\n | ',
      action: 'save',
    });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Raden &quot;\|&quot; går inte att läsa/);
    assert.match(bad.body, /value="Omfattning"/);
    // a new choice column starts with two options, then has its own lines
    const typed = await c.post(url, { revision: revisionIn(bad.body), ...choice, action: 'save' });
    assert.equal(typed.statusCode, 303);
    const page = await c.get(url);
    assert.match(page.body, /alternativ1 \| Alternativ 1/);
    assert.match(page.body, /name="columns\.1\.options"/);
    const dup = await c.post(url, {
      revision: revisionIn(page.body),
      ...choice,
      'columns.1.options': 'heltid | Heltid\nheltid | Heltid igen',
      action: 'save',
    });
    assert.equal(dup.statusCode, 422);
    assert.match(dup.body, /Två alternativ har samma värde/);
    const ok2 = await c.post(url, {
      revision: revisionIn(page.body),
      ...choice,
      'columns.1.options': 'heltid | Heltid\nDeltid',
      action: 'save',
    });
    assert.equal(ok2.statusCode, 303);
    const g2 = await questionByKey('barnen');
    const radio = g2.type === 'group' ? g2.questions[1] : undefined;
    assert.deepEqual(radio && 'options' in radio && radio.options.map((o) => [o.value, o.label.sv]), [
      ['heltid', 'Heltid'],
      ['deltid', 'Deltid'],
    ]);
  });

  it('reorders steps and questions and moves a question to another step, back to the moved item', async () => {
    const c = await developer();
    const steps = await stepIds();
    const first = (await draft()).definition.steps[0];
    const [a, b] = first?.questions ?? [];
    assert.ok(a && b);
    const down = await submit(c, BASE, { direction: 'down' }, `${BASE}/fragor/${a.id}/flytta`);
    assert.equal(down.statusCode, 303);
    assert.equal(down.headers.location, `${BASE}#fraga-${a.id}`);
    assert.deepEqual(
      (await draft()).definition.steps[0]?.questions.slice(0, 2).map((q) => q.id),
      [b.id, a.id],
    );
    const top = await submit(c, BASE, { direction: 'up' }, `${BASE}/fragor/${b.id}/flytta`);
    assert.equal(top.statusCode, 409);
    assert.match(top.body, /Det går inte att flytta dit/);
    const other = await submit(
      c,
      BASE,
      { direction: 'toStep', toStep: steps[2] as string },
      `${BASE}/fragor/${a.id}/flytta`,
    );
    assert.equal(other.statusCode, 303);
    assert.equal((await draft()).definition.steps[2]?.questions.at(-1)?.id, a.id);
    const stepDown = await submit(c, BASE, { direction: 'down' }, `${BASE}/steg/${steps[0]}/flytta`);
    assert.equal(stepDown.statusCode, 303);
    assert.equal(stepDown.headers.location, `${BASE}#steg-${steps[0]}`);
    assert.deepEqual((await stepIds()).slice(0, 2), [steps[1], steps[0]]);
    const page = await c.get(`/demo/handlaggare/bygg/${eServiceId}`);
    assert.match(page.body, /Flyttade frågan /);
  });

  it('refuses to delete or rename a question that a condition reads, saying what reads it', async () => {
    const c = await developer();
    const diet = await questionByKey('grounds');
    const ask = await c.get(`${BASE}/fragor/${diet.id}/ta-bort`);
    assert.equal(ask.statusCode, 200);
    assert.match(ask.body, /används av:/);
    assert.match(ask.body, /villkoret för när frågan/);
    assert.doesNotMatch(ask.body, /Ja, ta bort/);
    const del = await c.post(`${BASE}/fragor/${diet.id}/ta-bort`, { revision: (await draft()).revision });
    assert.equal(del.statusCode, 409);
    assert.ok(await questionByKey('grounds'));
    const rename = await submit(c, `${BASE}/fragor/${diet.id}`, {
      ...fieldsOf(diet),
      key: 'skal',
      action: 'save',
    });
    assert.equal(rename.statusCode, 409);
    assert.match(rename.body, /Nyckeln kan inte ändras medan den används/);
    // one nobody reads
    const q = await questionByKey('fragaAvTypYesno');
    const ok = await submit(c, `${BASE}/fragor/${q.id}/ta-bort`, {});
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, `${BASE}?klart=questionDeleted`);
    assert.equal(
      (await draft()).definition.steps.flatMap((s) => s.questions).some((x) => x.id === q.id),
      false,
    );
  });

  it('refuses to delete or rename a question an automatic assignment rule reads', async () => {
    const c = await developer();
    const rule = {
      when: { '==': [{ var: 'school' }, 'x'] },
      groupId: '00000000-0000-4000-8000-000000000001',
    };
    const setRules = (rules: unknown[]) =>
      t.services.db
        .updateTable('e_service')
        .set({ assignment_rules: JSON.stringify(rules) })
        .where('id', '=', eServiceId)
        .execute();
    await setRules([rule]);
    try {
      const school = await questionByKey('school');
      const ask = await c.get(`${BASE}/fragor/${school.id}/ta-bort`);
      assert.match(ask.body, /regel 1 för automatisk tilldelning/);
      const del = await c.post(`${BASE}/fragor/${school.id}/ta-bort`, { revision: (await draft()).revision });
      assert.equal(del.statusCode, 409);
      const rename = await submit(c, `${BASE}/fragor/${school.id}`, {
        ...fieldsOf(school),
        key: 'skolan',
        action: 'save',
      });
      assert.equal(rename.statusCode, 409);
      assert.match(rename.body, /regel 1 för automatisk tilldelning/);
      assert.equal((await questionByKey('school')).id, school.id);
    } finally {
      await setRules([]);
    }
  });

  it('refuses a save made on an overtaken revision, keeping what was typed', async () => {
    const c = await developer();
    const q = await questionByKey('fornamn');
    const page = await c.get(`${BASE}/fragor/${q.id}`);
    const old = revisionIn(page.body);
    // someone else saves in between
    const other = await login('admin', 'demo-admin-2026');
    const moved = await submit(other, BASE, { direction: 'up' }, `${BASE}/fragor/${q.id}/flytta`);
    assert.equal(moved.statusCode, 303);
    const res = await c.post(`${BASE}/fragor/${q.id}`, {
      revision: old,
      label: 'Tilltalsnamn',
      key: 'fornamn',
      action: 'save',
    });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /Någon annan sparade versionen medan du arbetade/);
    assert.match(res.body, /value="Tilltalsnamn"/);
    assert.equal((await questionByKey('fornamn')).label.sv, 'Förnamn');
    const move = await c.post(`${BASE}/fragor/${q.id}/flytta`, { revision: old, direction: 'down' });
    assert.equal(move.statusCode, 409);
  });

  it('answers 404 for tampered ids and another version', async () => {
    const c = await developer();
    await c.get(BASE);
    for (const url of [
      `${BASE}/steg/nope`,
      `${BASE}/fragor/nope`,
      `${BASE}/steg/nope/ny-fraga`,
      `${BASE}/fragor/nope/ta-bort`,
    ]) {
      assert.equal((await c.get(url)).statusCode, 404, url);
    }
    const q = await questionByKey('fornamn');
    const res = await c.post(`${BASE}/fragor/${q.id}/flytta`, {
      revision: (await draft()).revision,
      direction: 'toStep',
      toStep: 'nope',
    });
    assert.equal(res.statusCode, 404);
    const other = `/demo/handlaggare/bygg/${eServiceId}/versioner/00000000-0000-4000-8000-000000000000`;
    assert.equal((await c.get(other)).statusCode, 404);
  });

  it('shows a published version read-only and refuses changes to it', async () => {
    const c = await developer();
    const url = `/demo/handlaggare/bygg/${eServiceId}/versioner/${publishedId}`;
    const res = await c.get(url);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Versionen är publicerad eller avslutad och kan inte ändras/);
    assert.doesNotMatch(res.body, /Flytta upp/);
    assert.doesNotMatch(res.body, /Lägg till fråga/);
    const v = await t.services.builderVersions.getVersion(demoId, eServiceId, publishedId);
    const q = v?.definition.steps[0]?.questions[0];
    assert.ok(v && q);
    const post = await c.post(`${url}/fragor/${q.id}/flytta`, { revision: v.revision, direction: 'down' });
    assert.equal(post.statusCode, 409);
    const after = await t.services.builderVersions.getVersion(demoId, eServiceId, publishedId);
    assert.equal(after?.revision, v.revision);
  });

  it('is for developers only: officers get 403', async () => {
    const c = await login('anna', 'demo-handlaggare-2026');
    assert.equal((await c.get(BASE)).statusCode, 403);
    const q = await questionByKey('fornamn');
    assert.equal((await c.get(`${BASE}/fragor/${q.id}`)).statusCode, 403);
  });
});
