import type { TextDirection } from './application-document.ts';
import type { TextFlow } from './text-flow.ts';
import { colour, page, type as typeScale } from './theme.ts';

export interface Furniture {
  dir: TextDirection;
  /** Running header from page 2 on, at the start side: title; end side: case number. */
  headerStart: string;
  headerEnd: string;
  /** Footer: start side (who issued it), end side built from the page numbers. */
  footerStart: string;
  pageLabel: (pageNumber: number, pageCount: number) => string;
}

/**
 * Running headers and page numbers, drawn once every page exists (the
 * document buffers its pages) and marked as pagination artifacts: a screen
 * reader skips them, the reading order of the content is untouched.
 */
export function drawPageFurniture(flow: TextFlow, furniture: Furniture): void {
  const { doc } = flow;
  const range = doc.bufferedPageRange();
  const half = flow.width / 2 - 6;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const pageNumber = i - range.start + 1;
    if (pageNumber > 1) {
      drawEdgeLine(flow, furniture, page.headerY, furniture.headerStart, furniture.headerEnd, half, 'Top');
      artifact(doc, ['Top'], () => {
        doc
          .moveTo(flow.left, page.headerY + 14)
          .lineTo(flow.left + flow.width, page.headerY + 14)
          .lineWidth(0.5)
          .strokeColor(colour.faintRule)
          .stroke();
      });
    }
    drawEdgeLine(
      flow,
      furniture,
      page.footerY,
      furniture.footerStart,
      furniture.pageLabel(pageNumber, range.count),
      half,
      'Bottom',
    );
  }
}

function drawEdgeLine(
  flow: TextFlow,
  furniture: Furniture,
  y: number,
  startText: string,
  endText: string,
  half: number,
  edge: 'Top' | 'Bottom',
): void {
  const { doc } = flow;
  artifact(doc, [edge], () => {
    const start = flow.layout(startText, typeScale.furniture, half, furniture.dir);
    const end = flow.layout(endText, typeScale.furniture, half, furniture.dir);
    const rtl = furniture.dir === 'rtl';
    // Only the first line of each: furniture never wraps onto the content.
    start.lines.splice(1);
    end.lines.splice(1);
    flow.y = y;
    flow.draw(start, rtl ? flow.left + flow.width - half : flow.left, colour.secondary, {
      align: rtl ? 'right' : 'left',
      paginate: false,
    });
    flow.y = y;
    flow.draw(end, rtl ? flow.left : flow.left + flow.width - half, colour.secondary, {
      align: rtl ? 'left' : 'right',
      paginate: false,
    });
  });
}

function artifact(doc: PDFKit.PDFDocument, attached: string[], draw: () => void): void {
  doc.markContent('Artifact', { type: 'Pagination', attached });
  draw();
  doc.endMarkedContent();
}
