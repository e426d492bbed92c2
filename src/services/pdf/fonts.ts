import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` npm package: one TrueType family
 * that covers Swedish, the other Latin alphabets residents' names use,
 * Greek, Cyrillic and Arabic (with the OpenType joining features fontkit
 * needs to shape it), so every answer renders without glyph boxes and
 * `npm ci` alone brings it onto a fresh machine. Free licence (Bitstream
 * Vera terms plus public-domain changes), embedding allowed.
 */

export type FontName = 'regular' | 'bold';

/** DejaVu Sans's vertical metrics as fractions of the font size (hhea ascent 1901, descent 483 of 2048 units). */
export const fontMetrics = { ascent: 1901 / 2048, height: (1901 + 483) / 2048 } as const;

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const files: Record<FontName, string> = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
};

let cache: Record<FontName, Font> | undefined;

/**
 * The fonts, parsed once per process. Handing pdfkit a parsed font instead of
 * the file saves re-decoding the OpenType tables for every document (most of
 * the rendering time); pdfkit still makes a fresh subset per document.
 */
export function loadFonts(): Record<FontName, Font> {
  cache ??= {
    regular: create(readFileSync(files.regular)),
    bold: create(readFileSync(files.bold)),
  };
  return cache;
}
