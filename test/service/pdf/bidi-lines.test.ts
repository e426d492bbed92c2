import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutParagraph, paragraphDirection } from '../../../src/services/pdf/bidi-lines.ts';

// One point per character keeps the expected line breaks readable.
const perChar = (text: string) => [...text].length;
const pieces = (text: string, width = 100, fallback: 'ltr' | 'rtl' = 'ltr') =>
  layoutParagraph(text, width, perChar, fallback).lines.map((line) => line.pieces.map((p) => p.text));

describe('bidi line layout', () => {
  it('breaks left-to-right text at spaces without reordering it', () => {
    assert.deepEqual(pieces('en två tre fyra', 8), [['en två'], ['tre fyra']]);
  });

  it('cuts a word longer than the line between characters', () => {
    assert.deepEqual(pieces('abcdefghij', 4), [['abcd'], ['efgh'], ['ij']]);
  });

  it('keeps a right-to-left line as one run so fontkit reverses it whole, words in order', () => {
    const laid = layoutParagraph('أريد نظاما غذائيا خاصا', 12, perChar, 'ltr');
    assert.equal(laid.direction, 'rtl');
    assert.deepEqual(
      laid.lines.map((l) => l.pieces.map((p) => [p.text, p.wholeRun])),
      [[['أريد نظاما', true]], [['غذائيا خاصا', true]]],
    );
  });

  it('places Arabic inside a Swedish sentence as its own right-to-left run', () => {
    assert.deepEqual(pieces('Jag talar العربية och svenska'), [['Jag talar ', 'العربية', ' och svenska']]);
  });

  it('keeps digits left to right in Arabic text and mirrors brackets', () => {
    // Visual order, left to right: ".(" then "2024" then the Arabic run that fontkit reverses.
    assert.deepEqual(pieces('أريد (منذ 2024).'), [['.(', '2024', 'أريد )منذ ']]);
  });

  it('pre-reverses Arabic-Indic digits, which fontkit would otherwise flip', () => {
    assert.deepEqual(pieces('١٢٣ أريد'), [[' أريد', '٣٢١']]);
  });

  it('positions pieces one after another from the left edge', () => {
    const [line] = layoutParagraph('Jag talar العربية och svenska', 100, perChar, 'ltr').lines;
    assert.deepEqual(
      line?.pieces.map((p) => p.x),
      [0, 10, 17],
    );
    assert.equal(line?.width, 29);
  });

  it('takes the direction from the first strong character, else the fallback', () => {
    assert.equal(paragraphDirection('2026-004711', 'rtl'), 'rtl');
    assert.equal(paragraphDirection('2026-004711', 'ltr'), 'ltr');
    assert.equal(paragraphDirection('12 نوفمبر 2026', 'ltr'), 'rtl');
    assert.equal(paragraphDirection('E-post: karim@example.com', 'rtl'), 'ltr');
  });
});
