import { createRequire } from 'node:module';
import type { TextDirection } from './application-document.ts';

/**
 * Line breaking and bidirectional ordering for PDF text.
 *
 * Why this exists: pdfkit hands each *word* to fontkit and places the words
 * left to right in the order they were typed, and fontkit reverses a whole
 * run when its first letter belongs to a right-to-left script. Arabic letters
 * are shaped correctly (joining forms), but a multi-word Arabic answer comes
 * out with its words in reverse order, digits inside Arabic text are
 * mirrored ("070" becomes "070" read backwards), brackets are not mirrored and
 * Arabic inside a Swedish sentence stays unreversed. So we break lines
 * ourselves, run the Unicode Bidirectional Algorithm (bidi-js) on every line
 * and give pdfkit short runs of one direction each, already arranged so that
 * fontkit's own reversal leaves them in the right visual order.
 */

// bidi-js is CommonJS (`module.exports = factory`) but its types declare an ES default export,
// which TypeScript's NodeNext resolution then types as the module object; require it as it really is.
const bidiFactory = createRequire(import.meta.url)('bidi-js') as typeof import('bidi-js')['default'];
const bidi = bidiFactory();

/** Width of a string in points with the font and size that will draw it. */
export type MeasureText = (text: string) => number;

/** One run of a line in visual order; `text` is what to give pdfkit, `x` is from the line's left edge. */
export interface LinePiece {
  text: string;
  x: number;
  width: number;
  /** fontkit will lay this piece out right to left: pdfkit must shape it as one run, not word by word. */
  wholeRun: boolean;
}

export interface LaidOutLine {
  pieces: LinePiece[];
  width: number;
}

export interface LaidOutParagraph {
  direction: TextDirection;
  lines: LaidOutLine[];
}

// Scripts fontkit lays out right to left (the ones residents write in Sweden);
// any letter of another script makes fontkit keep the run left to right.
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const FIRST_SCRIPT_LETTER = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
const STRONG_RTL_TYPES = new Set(['R', 'AL']);

/** Direction of the first strong character (UBA rules P2–P3), or `fallback` when there is none. */
export function paragraphDirection(text: string, fallback: TextDirection): TextDirection {
  for (const ch of text) {
    const t = bidi.getBidiCharTypeName(ch);
    if (t === 'L') return 'ltr';
    if (STRONG_RTL_TYPES.has(t)) return 'rtl';
  }
  return fallback;
}

/** Whether the text holds anything that needs bidi treatment (right-to-left letters or Arabic digits). */
export function hasRightToLeft(text: string): boolean {
  for (const ch of text) {
    const t = bidi.getBidiCharTypeName(ch);
    if (t === 'R' || t === 'AL' || t === 'AN') return true;
  }
  return false;
}

function fontkitReverses(run: string): boolean {
  const letter = FIRST_SCRIPT_LETTER.exec(run);
  return letter !== null && RTL_SCRIPT.test(letter[0]);
}

/** Arrange one run of a single embedding level for pdfkit + fontkit. */
function drawable(run: string, rightToLeft: boolean): string {
  let chars = Array.from(run);
  if (rightToLeft) chars = chars.map((c) => bidi.getMirroredCharacter(c) ?? c);
  if (rightToLeft !== fontkitReverses(run)) chars.reverse();
  return chars.join('');
}

interface Range {
  start: number;
  end: number;
}

/** Greedy line breaking at spaces in logical order; a word wider than the line is cut between characters. */
function breakLines(text: string, maxWidth: number, measure: MeasureText): Range[] {
  const lines: Range[] = [];
  const space = measure(' ');
  let line: Range | null = null;
  let lineWidth = 0;
  for (const match of text.matchAll(/\S+/g)) {
    const start = match.index;
    const word = match[0];
    const width = measure(word);
    if (line !== null && lineWidth + space + width <= maxWidth) {
      line.end = start + word.length;
      lineWidth += space + width;
      continue;
    }
    if (line !== null) lines.push(line);
    if (width <= maxWidth) {
      line = { start, end: start + word.length };
      lineWidth = width;
      continue;
    }
    // An unbreakable token (a long URL, a reference number): cut it where it overflows.
    let pieceStart = start;
    let pieceWidth = 0;
    let offset = start;
    for (const ch of word) {
      const w = measure(ch);
      if (pieceWidth + w > maxWidth && offset > pieceStart) {
        lines.push({ start: pieceStart, end: offset });
        pieceStart = offset;
        pieceWidth = 0;
      }
      pieceWidth += w;
      offset += ch.length;
    }
    line = { start: pieceStart, end: offset };
    lineWidth = pieceWidth;
  }
  if (line !== null) lines.push(line);
  return lines;
}

interface LevelRun {
  start: number;
  end: number;
  level: number;
}

/** UBA rule L2 at run granularity: runs of one level, in visual order. */
function visualRuns(levels: Uint8Array, range: Range): LevelRun[] {
  const runs: LevelRun[] = [];
  for (let i = range.start; i < range.end; i++) {
    const level = levels[i] ?? 0;
    const last = runs.at(-1);
    if (last !== undefined && last.level === level) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level });
  }
  const highest = Math.max(0, ...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : r.level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < runs.length) {
      if ((runs[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && (runs[j]?.level ?? 0) >= level) j++;
      const reversed = runs.slice(i, j).reverse();
      runs.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  return runs;
}

/**
 * Break one paragraph (no line feeds) into lines no wider than `maxWidth`
 * and order each line for display. `fallback` is the direction used when
 * the text has no strong character (a number, a date).
 */
export function layoutParagraph(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  fallback: TextDirection,
): LaidOutParagraph {
  const direction = paragraphDirection(text, fallback);
  const ranges = breakLines(text, maxWidth, measure);
  if (!hasRightToLeft(text) && direction === 'ltr') {
    // Plain left-to-right text: one piece per line, no bidi work.
    return {
      direction,
      lines: ranges.map((r) => {
        const piece = text.slice(r.start, r.end);
        const width = measure(piece);
        return { pieces: [{ text: piece, x: 0, width, wholeRun: false }], width };
      }),
    };
  }
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  return {
    direction,
    lines: ranges.map((range) => {
      const pieces: LinePiece[] = [];
      let x = 0;
      for (const run of visualRuns(levels, range)) {
        const piece = drawable(text.slice(run.start, run.end), run.level % 2 === 1);
        const width = measure(piece);
        pieces.push({ text: piece, x, width, wholeRun: fontkitReverses(piece) });
        x += width;
      }
      return { pieces, width: x };
    }),
  };
}
