import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyTranslations,
  completeness,
  translationTable,
} from '../../../../src/domain/builder/translations.ts';
import type { FormDefinition } from '../../../../src/domain/forms/definition.ts';
import { funktionsstodJson } from '../../../../src/domain/forms/examples/funktionsstod.ts';
import { specialkostJson } from '../../../../src/domain/forms/examples/specialkost.ts';
import { completeLanguages, definitionTexts } from '../../../../src/domain/forms/localize.ts';
import { parseDefinition } from '../../../../src/domain/forms/schema/parse-definition.ts';
import { DEMO_ESERVICES } from '../../../../src/services/demo/index.ts';

function parsed(json: unknown): FormDefinition {
  const r = parseDefinition(json);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
  return r.value;
}

const tiny = parsed({
  schemaVersion: 1,
  steps: [
    {
      id: 'barn',
      title: { sv: 'Barnet', en: 'The child' },
      description: { sv: 'Om barnet' },
      questions: [
        {
          id: 'q1',
          key: 'diet',
          type: 'radio',
          label: { sv: 'Kost', en: 'Diet' },
          hint: { sv: 'Välj en' },
          required: true,
          options: [
            { value: 'gluten', label: { sv: 'Gluten', en: 'Gluten' } },
            { value: 'annat', label: { sv: 'Annat' }, hint: { sv: 'Beskriv' } },
          ],
        },
        {
          id: 'q2',
          key: 'rows',
          type: 'group',
          label: { sv: 'Perioder' },
          required: false,
          questions: [
            {
              id: 'q3',
              key: 'days',
              type: 'number',
              label: { sv: 'Dagar' },
              unit: { sv: 'st' },
              required: true,
            },
          ],
        },
        { id: 'q4', key: 'info', type: 'info', label: { sv: 'Bra att veta' }, text: { sv: 'Text' } },
      ],
    },
  ],
});

describe('translationTable', () => {
  it('lists every text with a stable path, Swedish and the other language', () => {
    const rows = translationTable(tiny, 'en');
    assert.deepEqual(rows, [
      { path: 'step:barn/title', sv: 'Barnet', text: 'The child' },
      { path: 'step:barn/description', sv: 'Om barnet', text: '' },
      { path: 'question:q1/label', sv: 'Kost', text: 'Diet' },
      { path: 'question:q1/hint', sv: 'Välj en', text: '' },
      { path: 'question:q1/option:gluten/label', sv: 'Gluten', text: 'Gluten' },
      { path: 'question:q1/option:annat/label', sv: 'Annat', text: '' },
      { path: 'question:q1/option:annat/hint', sv: 'Beskriv', text: '' },
      { path: 'question:q2/label', sv: 'Perioder', text: '' },
      { path: 'question:q3/label', sv: 'Dagar', text: '' },
      { path: 'question:q3/unit', sv: 'st', text: '' },
      { path: 'question:q4/label', sv: 'Bra att veta', text: '' },
      { path: 'question:q4/text', sv: 'Text', text: '' },
    ]);
  });

  it('covers exactly the texts the form engine knows of, in every example and demo e-service', () => {
    const defs = [specialkostJson, funktionsstodJson, ...DEMO_ESERVICES.map((d) => d.definition)].map(parsed);
    for (const def of defs) {
      assert.equal(translationTable(def, 'en').length, [...definitionTexts(def)].length);
      const paths = translationTable(def, 'en').map((r) => r.path);
      assert.equal(new Set(paths).size, paths.length, 'paths are unique');
    }
  });
});

describe('completeness', () => {
  it('counts missing texts per language and rounds down', () => {
    assert.deepEqual(completeness(tiny, ['sv', 'en', 'ar']), [
      { lang: 'sv', total: 12, missing: 0, percent: 100 },
      { lang: 'en', total: 12, missing: 9, percent: 25 },
      { lang: 'ar', total: 12, missing: 12, percent: 0 },
    ]);
  });
});

describe('applyTranslations', () => {
  it('changes only the given language and gives a valid definition', () => {
    const r = applyTranslations(tiny, 'ar', [
      { path: 'step:barn/title', text: 'الطفل' },
      { path: 'question:q1/option:annat/hint', text: ' صف ' },
    ]);
    assert.ok(r.ok);
    const again = parseDefinition(r.value);
    assert.ok(again.ok);
    assert.deepEqual(r.value.steps[0]?.title, { sv: 'Barnet', en: 'The child', ar: 'الطفل' });
    const q1 = r.value.steps[0]?.questions[0];
    assert.ok(q1?.type === 'radio');
    assert.deepEqual(q1.options[1]?.hint, { sv: 'Beskriv', ar: 'صف' });
    // The original is untouched (it is frozen anyway).
    assert.deepEqual(tiny.steps[0]?.title, { sv: 'Barnet', en: 'The child' });
    assert.deepEqual(completeness(r.value, ['ar']), [{ lang: 'ar', total: 12, missing: 10, percent: 16 }]);
  });

  it('removes a translation given as an empty text', () => {
    const r = applyTranslations(tiny, 'en', [{ path: 'step:barn/title', text: '  ' }]);
    assert.ok(r.ok);
    assert.deepEqual(r.value.steps[0]?.title, { sv: 'Barnet' });
  });

  it('fills a language completely so it becomes offered', () => {
    const rows = translationTable(tiny, 'ar').map((row) => ({ path: row.path, text: `AR ${row.sv}` }));
    const r = applyTranslations(tiny, 'ar', rows);
    assert.ok(r.ok);
    assert.deepEqual(completeLanguages(r.value), ['sv', 'ar']);
  });

  it('refuses unknown and repeated paths, Swedish and bad language codes, and changes nothing', () => {
    const r = applyTranslations(tiny, 'en', [
      { path: 'question:nope/label', text: 'x' },
      { path: 'step:barn/title', text: 'a' },
      { path: 'step:barn/title', text: 'b' },
    ]);
    assert.deepEqual(!r.ok && r.error, [
      { index: 0, path: 'question:nope/label', code: 'unknownPath' },
      { index: 2, path: 'step:barn/title', code: 'duplicatePath' },
    ]);
    for (const lang of ['sv', 'EN', 'english', '']) {
      const bad = applyTranslations(tiny, lang, []);
      assert.deepEqual(!bad.ok && bad.error[0]?.code, 'invalidLanguage', lang);
    }
  });
});

describe('translations of a published version (overlay) and the spreadsheet rows', async () => {
  const t = await import('../../../../src/domain/builder/translations.ts');
  const def = parsed(specialkostJson);

  it('lays an overlay over the definition without touching Swedish, the original or unknown paths', () => {
    const first = t.translationTable(def, 'so')[0];
    assert.ok(first);
    const before = JSON.stringify(def);
    const out = t.withOverlay(def, {
      so: { [first.path]: 'Soomaali', 'question:nope/label': 'x' },
      sv: { [first.path]: 'ÄNDRAD' },
    });
    assert.equal(t.translationTable(out, 'so')[0]?.text, 'Soomaali');
    assert.equal(t.translationTable(out, 'so')[0]?.sv, first.sv);
    assert.equal(JSON.stringify(def), before);
    assert.equal(t.withOverlay(def, {}), def);
  });

  it('overlayFor keeps only what differs, with an emptied text as ""', () => {
    const rows = t.translationTable(def, 'en');
    const withEn = rows.slice(1).find((r) => r.text !== '');
    const applied = t.applyTranslations(def, 'en', [
      { path: rows[0]?.path ?? '', text: 'Changed' },
      ...(withEn ? [{ path: withEn.path, text: '' }] : []),
    ]);
    assert.ok(applied.ok);
    const overlay = t.overlayFor(def, applied.value, 'en');
    assert.equal(overlay[rows[0]?.path ?? ''], 'Changed');
    if (withEn && withEn.path !== rows[0]?.path) assert.equal(overlay[withEn.path], '');
    assert.deepEqual(
      t.translationTable(t.withOverlay(def, { en: overlay }), 'en'),
      t.translationTable(applied.value, 'en'),
    );
  });

  it('checks spreadsheet rows strictly and names the rows', () => {
    const current = t.translationTable(def, 'ar');
    const [a, b, c] = current;
    assert.ok(a && b && c);
    const good = t.checkSheetRows([{ row: 2, path: a.path, sv: `${a.sv}\r\n`, text: 'عربي' }], current);
    assert.deepEqual(good, { ok: true, value: [{ path: a.path, text: 'عربي' }] });
    const bad = t.checkSheetRows(
      [
        { row: 2, path: 'question:nope/label', sv: 'x', text: 'y' },
        { row: 3, path: b.path, sv: 'Ändrad', text: 'y' },
        { row: 4, path: c.path, sv: c.sv, text: 'y' },
        { row: 5, path: c.path, sv: c.sv, text: 'z' },
        { row: 6, path: '', sv: '', text: 'z' },
      ],
      current,
    );
    assert.deepEqual(!bad.ok && bad.error.map((p) => [p.row, p.code]), [
      [2, 'unknownPath'],
      [3, 'svChanged'],
      [5, 'duplicatePath'],
      [6, 'missingPath'],
    ]);
  });

  it('text places say where a text is, and offered languages are normalized', () => {
    const places = t.textPlaces(def);
    assert.equal(places.length, t.translationTable(def, 'en').length);
    assert.equal(places[0]?.step, 1);
    assert.ok(places.some((p) => p.question && p.field === 'label'));
    assert.deepEqual(t.normalizeOfferedLanguages(['so', 'ar', 'sv', 'xx', 'ar']), ['sv', 'ar', 'so']);
    assert.equal(t.ownLanguageName('so'), 'Soomaali');
  });
});
