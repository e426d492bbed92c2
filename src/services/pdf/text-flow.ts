import type { TextDirection } from './application-document.ts';
import { type LaidOutLine, layoutParagraph } from './bidi-lines.ts';
import { fontMetrics } from './fonts.ts';
import { leading, type TextStyle } from './theme.ts';

/** A laid-out piece of text: lines with their direction, measured before anything is drawn. */
export interface TextBlock {
  style: TextStyle;
  width: number;
  lineHeight: number;
  lines: Array<{ line: LaidOutLine; direction: TextDirection; gapBefore: number }>;
  height: number;
}

export interface DrawOptions {
  align?: 'left' | 'right';
  paginate?: boolean;
}

/**
 * Vertical flow of text down the pages of one pdfkit document. Text is laid
 * out first (so rows can be kept together and panels sized), then drawn line
 * by line; a line that does not fit continues on a new page through
 * `continueOnNewPage`, which carries the open tagged-content markings over,
 * so a long answer stays one structure element across pages.
 */
export class TextFlow {
  readonly doc: PDFKit.PDFDocument;
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  y: number;
  pageIndex = 0;

  constructor(doc: PDFKit.PDFDocument) {
    const { margins, width, height } = doc.page;
    this.doc = doc;
    this.left = margins.left;
    this.width = width - margins.left - margins.right;
    this.top = margins.top;
    this.bottom = height - margins.bottom;
    this.y = this.top;
  }

  get spaceLeft(): number {
    return this.bottom - this.y;
  }

  get frameHeight(): number {
    return this.bottom - this.top;
  }

  newPage(): void {
    this.doc.continueOnNewPage();
    this.pageIndex++;
    this.y = this.top;
  }

  /** Start a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.spaceLeft && this.y > this.top) this.newPage();
  }

  use(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size);
  }

  /** Lay out text (line feeds start new paragraphs) in a column `width` wide. */
  layout(
    text: string,
    style: TextStyle,
    width: number,
    fallback: TextDirection,
    paragraphGap = 0,
  ): TextBlock {
    this.use(style);
    const measure = (s: string) => this.doc.widthOfString(s);
    const lineHeight = style.size * leading;
    const lines: TextBlock['lines'] = [];
    let gap = 0;
    for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
      const laid = layoutParagraph(paragraph.trim(), width, measure, fallback);
      if (laid.lines.length === 0) {
        // A blank line the applicant typed: keep it as extra space, not as an empty line.
        gap += lineHeight / 2;
        continue;
      }
      laid.lines.forEach((line, i) => {
        lines.push({ line, direction: laid.direction, gapBefore: i === 0 && lines.length > 0 ? gap : 0 });
      });
      gap = paragraphGap;
    }
    const height = lines.reduce((sum, l) => sum + l.gapBefore + lineHeight, 0);
    return { style, width, lineHeight, lines, height };
  }

  /** Distance from the top of a line box to the baseline of its text. */
  static firstBaseline(style: TextStyle): number {
    return (style.size * leading - style.size * fontMetrics.height) / 2 + style.size * fontMetrics.ascent;
  }

  /** Height of the first line of a block, what must fit before starting it. */
  static firstLineHeight(block: TextBlock): number {
    return block.lines.length > 0 ? block.lineHeight : 0;
  }

  /**
   * Draw a laid-out block at `x`, each line aligned to the start of its own
   * paragraph direction unless `align` says otherwise. `paginate: false` is
   * for page furniture, which lives outside the content frame.
   */
  draw(block: TextBlock, x: number, colour: string, options: DrawOptions = {}): void {
    const paginate = options.paginate ?? true;
    this.use(block.style);
    this.doc.fillColor(colour);
    const space = this.doc.widthOfString(' ');
    block.lines.forEach(({ line, direction, gapBefore }, index) => {
      this.y += gapBefore;
      if (paginate && this.y + block.lineHeight > this.bottom) this.newPage();
      const align = options.align ?? (direction === 'rtl' ? 'right' : 'left');
      const start = align === 'right' ? x + block.width - line.width : x;
      // Centre the glyphs in the line box: pdfkit places text by the top of the font's ascent.
      const baselineShift = (block.lineHeight - block.style.size * fontMetrics.height) / 2;
      for (const piece of line.pieces) {
        this.doc.text(piece.text, start + piece.x, this.y + baselineShift, {
          lineBreak: false,
          // Any features array makes pdfkit lay out the piece as one run instead of word by word,
          // which keeps right-to-left word order (see bidi-lines.ts); left-to-right pieces keep
          // pdfkit's per-word layout cache.
          ...(piece.wholeRun ? { features: [] } : {}),
        });
      }
      if (index < block.lines.length - 1) {
        // The space where the line was broken, drawn past its end: text extraction and assistive
        // technology read "word word" instead of gluing the last word of a line to the next one.
        const after = direction === 'rtl' ? start - space : start + line.width;
        this.doc.text(' ', after, this.y + baselineShift, { lineBreak: false });
      }
      this.y += block.lineHeight;
    });
  }
}
