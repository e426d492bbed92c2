import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeLanguages, localize, textIn } from '../../../../src/domain/forms/index.ts';
import { partLanguage } from '../../../../src/domain/forms/localize.ts';
import { oneStep, question } from './helpers.ts';

describe('localize', () => {
  const text = { sv: 'Namn', en: 'Name', ar: '' };

  it('gives the text in the wanted language', () => {
    assert.deepEqual(localize(text, 'en'), { text: 'Name', lang: 'en', fellBack: false });
    assert.deepEqual(localize(text, 'sv'), { text: 'Namn', lang: 'sv', fellBack: false });
  });

  it('falls back to Swedish for a missing or empty translation, and says so', () => {
    assert.deepEqual(localize(text, 'so'), { text: 'Namn', lang: 'sv', fellBack: true });
    assert.deepEqual(localize(text, 'ar'), { text: 'Namn', lang: 'sv', fellBack: true });
    assert.equal(textIn(text, 'fi'), 'Namn');
  });

  it('finds the languages a whole definition is translated into', () => {
    const def = oneStep(
      question('text', 'a', { label: { sv: 'A', en: 'A', ar: 'أ' } }),
      question('radio', 'b', {
        label: { sv: 'B', en: 'B', ar: 'ب' },
        options: [
          { value: 'x', label: { sv: 'X', en: 'X' } },
          { value: 'y', label: { sv: 'Y', en: 'Y', ar: 'ي' } },
        ],
      }),
    );
    // The step title is only in Swedish in the helper.
    assert.deepEqual(completeLanguages(def), ['sv']);
    const titled = oneStep(question('text', 'a', { label: { sv: 'A', en: 'A' } }));
    assert.deepEqual(
      completeLanguages({ ...titled, steps: [{ ...titled.steps[0], title: { sv: 'S', en: 'S' } } as never] }),
      ['sv', 'en'],
    );
  });

  it('a content language beside the page language: which texts must be marked', () => {
    const text = { sv: 'Namn', so: 'Magaca' };
    // Somali content on a Swedish page: the Somali text is marked so.
    const so = localize(text, 'so');
    assert.deepEqual(so, { text: 'Magaca', lang: 'so', fellBack: false });
    assert.equal(partLanguage(so, 'sv'), 'so');
    // A text without Somali falls back to Swedish: the page's language, unmarked;
    // on an English page it is marked sv.
    const missing = localize({ sv: 'Övrigt' }, 'so');
    assert.deepEqual(missing, { text: 'Övrigt', lang: 'sv', fellBack: true });
    assert.equal(partLanguage(missing, 'sv'), undefined);
    assert.equal(partLanguage(missing, 'en'), 'sv');
    // An empty Somali text counts as missing.
    assert.equal(localize({ sv: 'A', so: '' }, 'so').lang, 'sv');
    // Content in the page's own language: nothing to mark.
    assert.equal(partLanguage(localize({ sv: 'A', en: 'B' }, 'en'), 'en'), undefined);
  });
});
