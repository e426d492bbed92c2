/** The builder's condition and calculation pages over HTTP (issue 7, item 3). */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { evaluate } from '../../src/domain/forms/evaluate.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { h1, type TestClient } from '../support/http.ts';
import { loginStaff } from '../support/staff-login.ts';

let t: TestApp;
let m: string;
let actor: { id: string; name: string };
const ids: Record<string, string> = {};

let dev: TestClient;
/** One login for all tests (logins are rate-limited). */

const versionBase = (e: string, v: string) => `/demo/handlaggare/bygg/${e}/versioner/${v}`;
const villkor = (q: string, v = ids.skDraft as string) =>
  `${versionBase(ids.sk as string, v)}/fragor/${q}/villkor`;
const berakning = (q: string) =>
  `${versionBase(ids.fs as string, ids.fsDraft as string)}/fragor/${q}/berakning`;

async function question(eServiceId: string, versionId: string, id: string) {
  const v = await t.services.builderVersions.getVersion(m, eServiceId, versionId);
  assert.ok(v);
  return { v, q: v.definition.steps.flatMap((s) => s.questions).find((x) => x.id === id) };
}

const revisionIn = (html: string) => /name="revision" value="([^"]*)"/.exec(html)?.[1] ?? '';
const summaryLinks = (html: string) =>
  [...html.matchAll(/govuk-error-summary__list[\s\S]*?<\/ul>/g)].flatMap((b) =>
    [...b[0].matchAll(/href="(#[^"]+)"/g)].map((x) => x[1]),
  );

before(async () => {
  t = await startTestApp();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  m = demo.id;
  dev = await loginStaff(t.app, 'utvecklare', 'demo-utvecklare-2026');
  const staffDev = await t.services.staffUsers.findForLogin(m, 'utvecklare');
  assert.ok(staffDev);
  actor = { id: staffDev.id, name: 'Ebba Utvecklare' };
  for (const [name, slug] of [
    ['sk', 'ansokan-om-specialkost'],
    ['fs', 'funktionsstod-ersattning-sjuklonekostnader'],
  ] as const) {
    const e = await t.services.eServices.bySlug(m, slug);
    assert.ok(e);
    ids[name] = e.id;
    const published = (await t.services.builderVersions.versionsWithCaseCounts(m, e.id)).find(
      (v) => v.status === 'published',
    );
    assert.ok(published);
    ids[`${name}Published`] = published.id;
    const d = await t.services.builderVersions.newDraftFromCurrent(m, e.id, actor);
    assert.ok(d.ok);
    ids[`${name}Draft`] = d.id;
  }
});
after(() => t.close());

describe('condition page', () => {
  it('shows both sections in words and rows, in Swedish and English; officers get 403', async () => {
    const res = await dev.get(villkor('sk-adrenaline'));
    assert.equal(res.statusCode, 200);
    assert.match(h1(res.body) ?? '', /^Villkor för/);
    assert.match(res.body, /Visas när Hur allvarlig är barnets allergi\? är /);
    assert.match(res.body, /Obligatorisk när/);
    assert.match(res.body, /name="visible\.match"/);
    assert.match(res.body, /Lägg till villkor/);
    await dev.get(`${villkor('sk-adrenaline')}?lang=en`);
    const en = await dev.get(villkor('sk-adrenaline'));
    assert.match(en.body, /Shown when Has the child|Shown when [^<]+ is /);
    await dev.get(`${villkor('sk-adrenaline')}?lang=sv`);
    const officer = await loginStaff(t.app, 'anna', 'demo-handlaggare-2026');
    assert.equal((await officer.get(villkor('sk-group'))).statusCode, 403);
    assert.equal((await dev.get(villkor('no-such-question'))).statusCode, 404);
  });

  it('adds and removes rows, keeping everything typed', async () => {
    const page = await dev.get(villkor('sk-group'));
    const revision = revisionIn(page.body);
    const typed = {
      revision,
      mode: 'rows',
      'visible.match': 'any',
      'visible.key.0': 'childName',
      'visible.op.0': 'answered',
      'visible.value.0': '',
      'required.match': 'all',
    };
    const added = await dev.post(villkor('sk-group'), { ...typed, action: 'addRow:visible' });
    assert.equal(added.statusCode, 200);
    assert.match(added.body, /name="visible\.key\.1"/);
    assert.match(added.body, /<option value="childName" selected/);
    assert.match(added.body, /name="visible\.match" type="radio" value="any" checked|value="any" checked/);
    const removed = await dev.post(villkor('sk-group'), {
      ...typed,
      'visible.key.1': 'school',
      'visible.op.1': 'equals',
      'visible.value.1': '',
      action: 'removeRow:visible:0',
    });
    assert.equal(removed.statusCode, 200);
    assert.doesNotMatch(removed.body, /name="visible\.key\.1"/);
    assert.match(removed.body, /<option value="school" selected/);
    // Nothing was saved.
    const { q } = await question(ids.sk as string, ids.skDraft as string, 'sk-group');
    assert.equal(q?.visibleWhen, undefined);
  });

  it('saves a visible-when (any) and a required-when (all) condition, warning about a later question', async () => {
    const page = await dev.get(villkor('sk-group'));
    const res = await dev.post(villkor('sk-group'), {
      revision: revisionIn(page.body),
      mode: 'rows',
      action: 'save',
      'visible.match': 'any',
      'visible.key.0': 'childName',
      'visible.op.0': 'answered',
      'visible.value.0': '',
      'visible.key.1': 'grounds',
      'visible.op.1': 'includes',
      'visible.value.1': 'medical',
      'required.match': 'all',
      'required.key.0': 'grounds',
      'required.op.0': 'excludes',
      'required.value.0': 'end',
    });
    assert.equal(res.statusCode, 303, res.body);
    const { q } = await question(ids.sk as string, ids.skDraft as string, 'sk-group');
    assert.deepEqual(q?.visibleWhen, {
      or: [{ '!!': { var: 'childName' } }, { in: ['medical', { var: 'grounds' }] }],
    });
    assert.ok(q && 'requiredWhen' in q);
    assert.deepEqual(q.requiredWhen, { '!': { in: ['end', { var: 'grounds' }] } });
    const shown = await dev.get(String(res.headers.location));
    assert.match(shown.body, /Villkoren är sparade/);
    assert.match(shown.body, /Visas när Barnets för- och efternamn är besvarad eller /);
    assert.match(shown.body, /kommer senare i formuläret/);
    // The engine runs it: required only while "end" is not ticked.
    const { v } = await question(ids.sk as string, ids.skDraft as string, 'sk-group');
    assert.ok(evaluate(v.definition, { childName: 'A', grounds: ['medical'] }).required.has('groupOrClass'));
    assert.ok(!evaluate(v.definition, { childName: 'A', grounds: ['end'] }).required.has('groupOrClass'));
    const history = await t.services.builderVersions.history(m, ids.sk as string);
    assert.ok(JSON.stringify(history).includes('conditionSaved'));
  });

  it('puts row problems on the right field: no question, tampered key, value not an option, not a number', async () => {
    const page = await dev.get(villkor('sk-other-info'));
    const res = await dev.post(villkor('sk-other-info'), {
      revision: revisionIn(page.body),
      mode: 'rows',
      action: 'save',
      'visible.match': 'all',
      'visible.key.0': '',
      'visible.op.0': 'equals',
      'visible.value.0': '',
      'visible.key.1': 'nope',
      'visible.op.1': 'equals',
      'visible.value.1': 'x',
      'visible.key.2': 'grounds',
      'visible.op.2': 'includes',
      'visible.value.2': 'chocolate',
      'visible.key.3': 'grounds',
      'visible.op.3': 'greaterThan',
      'visible.value.3': '1',
      'required.match': 'all',
    });
    assert.equal(res.statusCode, 422);
    assert.deepEqual(summaryLinks(res.body), [
      '#visible-key-0',
      '#visible-key-1',
      '#visible-value-2',
      '#visible-op-3',
    ]);
    assert.match(res.body, /Välj en fråga i villkor 1/);
    assert.match(res.body, /inte ett av frågans svarsalternativ/);
    assert.match(res.body, /value="chocolate"|chocolate/);
    assert.match(res.body, /id="visible-value-2"/);
    const { q } = await question(ids.sk as string, ids.skDraft as string, 'sk-other-info');
    assert.equal(q?.visibleWhen, undefined);
  });

  it('refuses a cycle in words, keeping the rows', async () => {
    let page = await dev.get(villkor('sk-child-pnr'));
    let res = await dev.post(villkor('sk-child-pnr'), {
      revision: revisionIn(page.body),
      action: 'save',
      'visible.match': 'all',
      'visible.key.0': 'childName',
      'visible.op.0': 'answered',
      'visible.value.0': '',
      'required.match': 'all',
    });
    assert.equal(res.statusCode, 303);
    page = await dev.get(villkor('sk-child-name'));
    res = await dev.post(villkor('sk-child-name'), {
      revision: revisionIn(page.body),
      action: 'save',
      'visible.match': 'all',
      'visible.key.0': 'childPnr',
      'visible.op.0': 'notAnswered',
      'visible.value.0': '',
      'required.match': 'all',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /beror på varandra i en cirkel \(childName → childPnr/);
    assert.match(res.body, /<option value="childPnr" selected/);
    const { q } = await question(ids.sk as string, ids.skDraft as string, 'sk-child-name');
    assert.equal(q?.visibleWhen, undefined);
  });

  it('saves raw JSON Logic from the advanced view; refuses invalid JSON, unknown operators and keys, text kept', async () => {
    const page = await dev.get(`${villkor('sk-end')}?avancerat=1`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /name="visible\.json"/);
    assert.match(page.body, /&quot;in&quot;|"in"/);
    const revision = revisionIn(page.body);
    const post = (visible: string) =>
      dev.post(`${villkor('sk-end')}?avancerat=1`, {
        revision,
        mode: 'advanced',
        action: 'save',
        'visible.json': visible,
        'required.json': '',
      });
    let res = await post('{"in": ["end", {"var": "grounds"}]');
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /inte giltig JSON/);
    assert.match(res.body, /\{&quot;in&quot;: \[&quot;end&quot;|\{"in": \["end"/);
    assert.deepEqual(summaryLinks(res.body), ['#visible-json']);
    res = await post('{"eval": ["x"]}');
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Operatorn &quot;eval&quot;|Operatorn "eval"/);
    res = await post('{"==": [{"var": "shoeSize"}, 3]}');
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /ingen fråga med nyckeln &quot;shoeSize&quot;|ingen fråga med nyckeln "shoeSize"/);
    res = await post('{"and": [{"in": ["end", {"var": "grounds"}]}, {"!!": {"var": "childName"}}]}');
    assert.equal(res.statusCode, 303);
    const { q } = await question(ids.sk as string, ids.skDraft as string, 'sk-end');
    assert.deepEqual(q?.visibleWhen, {
      and: [{ in: ['end', { var: 'grounds' }] }, { '!!': { var: 'childName' } }],
    });
  });

  it('opens a rule rows cannot show in the advanced view, saying why', async () => {
    const { v } = await question(ids.sk as string, ids.skDraft as string, 'sk-other-info');
    const def = structuredClone(v.definition);
    const q = def.steps.flatMap((s) => s.questions).find((x) => x.id === 'sk-other-info');
    assert.ok(q);
    q.visibleWhen = { if: [{ var: 'childName' }, true, false] };
    const saved = await t.services.builderVersions.saveDraft(m, v.id, def, actor);
    assert.ok(saved.ok);
    const res = await dev.get(villkor('sk-other-info'));
    assert.match(res.body, /går inte att visa som rader/);
    assert.match(res.body, /name="visible\.json"/);
    assert.match(res.body, /ett villkor skrivet i JSON Logic/);
  });

  it('refuses a save on an overtaken revision and on a published version', async () => {
    const res = await dev.post(villkor('sk-group'), {
      revision: 'overtaken',
      action: 'save',
      'visible.match': 'all',
      'required.match': 'all',
    });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /Någon annan sparade under tiden/);
    const published = await dev.get(villkor('sk-group', ids.skPublished));
    assert.equal(published.statusCode, 200);
    assert.match(published.body, /Versionen är publicerad/);
    assert.doesNotMatch(published.body, /name="visible\.match"/);
    const refused = await dev.post(villkor('sk-group', ids.skPublished), {
      revision: 'x',
      action: 'save',
      'visible.match': 'all',
      'visible.key.0': 'childName',
      'visible.op.0': 'answered',
    });
    assert.equal(refused.statusCode, 409);
    const empty = await dev.post(villkor('sk-group'), {});
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /ofullständigt/);
  });
});

describe('calculation page', () => {
  it('builds a calculation with rows, saves it and the engine evaluates it', async () => {
    const page = await dev.get(berakning('fs-holiday-pay'));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /från vänster till höger/);
    assert.match(page.body, /<option value="answer:sickPayTotal" selected/);
    const typed = {
      revision: revisionIn(page.body),
      mode: 'rows',
      'first.source': 'count:periods',
      'first.number': '',
      'op.0': '*',
      'source.0': 'number',
      'number.0': '1 000,5',
    };
    const added = await dev.post(berakning('fs-holiday-pay'), { ...typed, action: 'addRow' });
    assert.equal(added.statusCode, 200);
    assert.match(added.body, /name="source\.1"/);
    assert.match(added.body, /value="1 000,5"/);
    const bad = await dev.post(berakning('fs-holiday-pay'), {
      ...typed,
      'op.1': '+',
      'source.1': 'number',
      'number.1': 'tolv',
      action: 'save',
    });
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(summaryLinks(bad.body), ['#number-1']);
    assert.match(bad.body, /value="tolv"/);
    const res = await dev.post(berakning('fs-holiday-pay'), { ...typed, action: 'save' });
    assert.equal(res.statusCode, 303, res.body);
    const { v, q } = await question(ids.fs as string, ids.fsDraft as string, 'fs-holiday-pay');
    assert.ok(q?.type === 'computed');
    assert.deepEqual(q.expression, {
      '*': [{ reduce: [{ var: 'periods' }, { '+': [{ var: 'accumulator' }, 1] }, 0] }, 1000.5],
    });
    const e = evaluate(v.definition, { periods: [{ sickPay: 100 }, { sickPay: 200 }] });
    assert.equal(e.answers.holidayPay, 2001);
    const tried = await dev.get(`${berakning('fs-holiday-pay')}?prova=1&prov.periods=3`);
    assert.match(tried.body, /Resultat: 3\s?001,5/);
    assert.match(tried.body, /Antal rader i Sjukperioder × 1000,5|Antal rader i Sjukperioder × 1\s?000,5/);
  });

  it('opens an expression rows cannot write in the advanced view and saves raw JSON Logic', async () => {
    const page = await dev.get(berakning('fs-sick-pay-total'));
    assert.match(page.body, /går inte att visa som rader/);
    assert.match(page.body, /name="expression"/);
    const revision = revisionIn(page.body);
    let res = await dev.post(`${berakning('fs-sick-pay-total')}?avancerat=1`, {
      revision,
      mode: 'advanced',
      action: 'save',
      expression: '{"*": [{"var": "total"}, 2]}',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /i en cirkel/);
    assert.match(res.body, /\{&quot;\*&quot;: \[\{&quot;var&quot;: &quot;total&quot;\}, 2\]\}|\{"\*"/);
    res = await dev.post(`${berakning('fs-sick-pay-total')}?avancerat=1`, {
      revision,
      mode: 'advanced',
      action: 'save',
      expression:
        '{"reduce": [{"var": "periods"}, {"+": [{"var": "accumulator"}, {"var": "current.sickPay"}]}, 10]}',
    });
    assert.equal(res.statusCode, 303);
    const { v } = await question(ids.fs as string, ids.fsDraft as string, 'fs-sick-pay-total');
    assert.equal(evaluate(v.definition, { periods: [{ sickPay: 5 }] }).answers.sickPayTotal, 15);
  });

  it('says a question that is not computed has no calculation', async () => {
    const res = await dev.get(berakning('fs-payslips'));
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /inte ett beräknat värde/);
    const post = await dev.post(berakning('fs-payslips'), { revision: 'x', action: 'save' });
    assert.equal(post.statusCode, 422);
  });
});
