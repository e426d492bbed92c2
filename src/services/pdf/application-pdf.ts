import PDFDocument from 'pdfkit';
import type {
  ApplicationDocument,
  ApplicationRow,
  ApplicationSection,
  TextDirection,
} from './application-document.ts';
import { hasRightToLeft } from './bidi-lines.ts';
import { loadFonts } from './fonts.ts';
import { fillLabel, formatDateTime, formatFileSize } from './format.ts';
import { drawPageFurniture } from './page-furniture.ts';
import { type TextBlock, TextFlow } from './text-flow.ts';
import { colour, page, space, type as typeScale } from './theme.ts';

/**
 * An application (or its receipt) as an accessible PDF: PDF/UA-1 flagged,
 * tagged with a structure tree (Document > H1, a summary Table, one Sect per
 * form section with an H2 and a Table whose rows are TH question / TD
 * answer), the document language in the catalog, the title shown in the
 * viewer's title bar, fonts embedded, and headers/page numbers marked as
 * artifacts. Arabic and other right-to-left answers are shaped and ordered
 * correctly (see bidi-lines.ts).
 */
export async function renderApplicationPdf(input: ApplicationDocument): Promise<Buffer> {
  const doc = new PDFDocument(documentOptions(input));
  const bytes = collect(doc);
  const fonts = loadFonts();
  // pdfkit takes a parsed fontkit font at run time (see fonts.ts); its types only list files.
  doc.registerFont('regular', fonts.regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);

  const flow = new TextFlow(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);

  drawMasthead(flow, root, input);
  drawSummary(flow, root, input);
  for (const section of input.sections) drawSection(flow, root, input, section);
  if (input.attachments !== undefined && input.attachments.length > 0) {
    drawSection(flow, root, input, {
      heading: input.labels.attachments,
      rows: [],
      list: input.attachments.map((a) => `${a.name} (${formatFileSize(a.size, input.lang)})`),
    });
  }
  root.end();

  drawPageFurniture(flow, {
    dir: input.dir,
    headerStart: input.title,
    headerEnd: input.caseNumber === null ? '' : `${input.labels.caseNumber} ${input.caseNumber}`,
    footerStart: input.municipality.name,
    pageLabel: (pageNumber, pageCount) =>
      fillLabel(input.labels.pageOf, { page: pageNumber, pages: pageCount }),
  });
  doc.end();
  return bytes;
}

function documentOptions(input: ApplicationDocument): PDFKit.PDFDocumentOptions {
  const options = {
    size: page.size,
    margin: page.margin,
    pdfVersion: '1.7',
    tagged: true,
    // PDF/UA-1 identification in the XMP metadata; @types/pdfkit lists only the PDF/A subsets.
    subset: 'PDF/UA',
    lang: input.lang,
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: input.title,
      Author: input.municipality.name,
      Subject: input.eServiceName,
      Creator: 'Ingång',
      ...(input.caseNumber === null ? {} : { Keywords: input.caseNumber }),
    },
  } as const;
  return options as unknown as PDFKit.PDFDocumentOptions;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

type Struct = PDFKit.PDFStructureElement;

/**
 * Structure options for a text element. Right-to-left glyphs are stored in
 * visual order, so the element carries the typed text as /ActualText for
 * assistive technology. Only on the structure element: as a marked-content
 * /Span, poppler (Evince, Okular, pdftotext) reverses the replacement text a
 * second time and copies it backwards.
 */
function textOptions(text: string, lang?: string): PDFKit.Mixins.StructureElementOptions {
  return {
    ...(lang === undefined ? {} : { lang }),
    ...(hasRightToLeft(text) ? { actual: text } : {}),
  };
}

function rule(flow: TextFlow, y: number, width: number, strokeColour: string): void {
  const { doc } = flow;
  doc.markContent('Artifact', { type: 'Layout' });
  doc
    .moveTo(flow.left, y)
    .lineTo(flow.left + flow.width, y)
    .lineWidth(width)
    .strokeColor(strokeColour)
    .stroke();
  doc.endMarkedContent();
}

function drawMasthead(flow: TextFlow, root: Struct, input: ApplicationDocument): void {
  const { doc } = flow;
  const issuer = flow.layout(input.municipality.name, typeScale.municipality, flow.width, input.dir);
  root.add(
    doc.struct('P', textOptions(input.municipality.name), () => flow.draw(issuer, flow.left, colour.accent)),
  );
  flow.y += 4;
  rule(flow, flow.y, 2, colour.accent);
  flow.y += 14;
  const title = flow.layout(input.title, typeScale.title, flow.width, input.dir);
  root.add(doc.struct('H1', textOptions(input.title), () => flow.draw(title, flow.left, colour.text)));
  flow.y += space.afterTitle;
}

interface Columns {
  dir: TextDirection;
  labelX: number;
  labelWidth: number;
  valueX: number;
  valueWidth: number;
}

/** Question and answer columns within [x, x + width], mirrored for right-to-left documents. */
function columns(x: number, width: number, dir: TextDirection): Columns {
  const labelWidth = Math.round(width * space.labelColumn);
  const valueWidth = width - labelWidth - space.columnGap;
  return dir === 'rtl'
    ? { dir, labelX: x + width - labelWidth, labelWidth, valueX: x, valueWidth }
    : { dir, labelX: x, labelWidth, valueX: x + labelWidth + space.columnGap, valueWidth };
}

function drawSummary(flow: TextFlow, root: Struct, input: ApplicationDocument): void {
  const { labels } = input;
  const rows: ApplicationRow[] = [];
  if (input.eServiceName !== input.title) rows.push({ label: labels.eService, value: input.eServiceName });
  if (input.caseNumber !== null) rows.push({ label: labels.caseNumber, value: input.caseNumber });
  rows.push({
    label: labels.submitted,
    value:
      input.submittedAt === null
        ? labels.notSubmitted
        : formatDateTime(input.submittedAt, input.lang, input.timeZone ?? 'Europe/Stockholm'),
  });
  if (input.applicant !== undefined) {
    rows.push({ label: labels.applicant, value: input.applicant.name });
    const pnr = input.applicant.personalNumber;
    if (pnr !== undefined && pnr !== null) rows.push({ label: labels.personalNumber, value: pnr });
  }

  const inset = 10;
  const cols = columns(flow.left + inset, flow.width - 2 * inset, input.dir);
  const laid = rows.map((row) => layoutRow(flow, row, cols, input));
  const height = laid.reduce((sum, r) => sum + r.height, 0) + 2 * inset - 2 * space.cellPadding;
  flow.ensure(height);
  const { doc } = flow;
  doc.markContent('Artifact', { type: 'Layout' });
  doc.rect(flow.left, flow.y, flow.width, height).fillColor(colour.panel).fill();
  // An accent bar on the start side, like the left border of a GOV.UK inset text.
  const barX = input.dir === 'rtl' ? flow.left + flow.width - 3 : flow.left;
  doc.rect(barX, flow.y, 3, height).fillColor(colour.accent).fill();
  doc.endMarkedContent();
  flow.y += inset - space.cellPadding;
  const table = doc.struct('Table');
  root.add(table);
  for (const row of laid) drawRow(flow, table, row, cols, false);
  table.end();
  flow.y += inset - space.cellPadding;
}

interface LaidOutRow {
  row: ApplicationRow;
  label: TextBlock;
  /** The answers to show (or the "not answered" text), one block each; several become a list. */
  texts: string[];
  values: TextBlock[];
  isList: boolean;
  empty: boolean;
  height: number;
  /** What has to fit before the row may start: padding, the label and the first answer line. */
  minStart: number;
}

function layoutRow(
  flow: TextFlow,
  row: ApplicationRow,
  cols: Columns,
  input: ApplicationDocument,
): LaidOutRow {
  const given = (Array.isArray(row.value) ? row.value : [row.value]).filter((v) => v.trim() !== '');
  const empty = given.length === 0;
  const isList = given.length > 1;
  const texts = empty ? [input.labels.notAnswered] : given;
  const width = isList ? cols.valueWidth - space.listIndent : cols.valueWidth;
  const values = texts.map((t) => flow.layout(t, typeScale.body, width, input.dir, space.paragraphGap));
  const label = flow.layout(row.label, typeScale.label, cols.labelWidth, input.dir);
  const valuesHeight = values.reduce((sum, b, i) => sum + b.height + (i > 0 ? space.paragraphGap : 0), 0);
  const pad = 2 * space.cellPadding;
  const firstValueLine = values[0] === undefined ? 0 : TextFlow.firstLineHeight(values[0]);
  return {
    row,
    label,
    texts,
    values,
    isList,
    empty,
    height: Math.max(label.height, valuesHeight) + pad,
    minStart: Math.max(label.height, firstValueLine) + pad,
  };
}

/** Page position compared across pages: later page wins, then lower on the page. */
function later(a: { page: number; y: number }, b: { page: number; y: number }): { page: number; y: number } {
  return a.page !== b.page ? (a.page > b.page ? a : b) : a.y >= b.y ? a : b;
}

function drawRow(flow: TextFlow, table: Struct, laid: LaidOutRow, cols: Columns, separator: boolean): void {
  const { doc } = flow;
  // Short rows move whole to the next page; long answers split, but never before their first line.
  flow.ensure(laid.height <= flow.frameHeight / 3 ? laid.height : laid.minStart);
  const top = { page: flow.pageIndex, y: flow.y };
  const tr = doc.struct('TR');
  table.add(tr);

  // Set the smaller label type on the same first baseline as the answer.
  flow.y =
    top.y +
    space.cellPadding +
    TextFlow.firstBaseline(typeScale.body) -
    TextFlow.firstBaseline(typeScale.label);
  tr.add(
    doc.struct('TH', { scope: 'Row', ...textOptions(laid.row.label) }, () =>
      flow.draw(laid.label, cols.labelX, colour.secondary),
    ),
  );
  const afterLabel = { page: flow.pageIndex, y: flow.y };

  flow.y = top.y + space.cellPadding;
  const valueColour = laid.empty ? colour.secondary : colour.text;
  const lang = laid.empty ? undefined : laid.row.lang;
  const first = laid.values[0];
  if (!laid.isList && first !== undefined) {
    const text = laid.texts[0] ?? '';
    tr.add(doc.struct('TD', textOptions(text, lang), () => flow.draw(first, cols.valueX, valueColour)));
  } else {
    const td = doc.struct('TD', lang === undefined ? {} : { lang });
    tr.add(td);
    drawList(flow, td, laid.values, laid.texts, cols.valueX, cols.valueWidth, cols.dir);
    td.end();
  }
  tr.end();

  const bottom = later(afterLabel, { page: flow.pageIndex, y: flow.y });
  flow.y = bottom.y + space.cellPadding;
  if (separator) rule(flow, flow.y, 0.5, colour.faintRule);
}

/** A bulleted list (L > LI > Lbl + LBody), bullets on the start side of the document. */
function drawList(
  flow: TextFlow,
  parent: Struct,
  blocks: TextBlock[],
  texts: string[],
  x: number,
  width: number,
  dir: TextDirection,
): void {
  const { doc } = flow;
  const list = doc.struct('L');
  parent.add(list);
  blocks.forEach((block, i) => {
    const text = texts[i] ?? '';
    if (i > 0) flow.y += space.paragraphGap;
    flow.ensure(TextFlow.firstLineHeight(block));
    const item = doc.struct('LI');
    list.add(item);
    const bullet = flow.layout('•', block.style, space.listIndent, dir);
    const top = flow.y;
    const bulletX = dir === 'rtl' ? x + width - space.listIndent : x;
    const bodyX = dir === 'rtl' ? x : x + space.listIndent;
    item.add(
      doc.struct('Lbl', {}, () =>
        flow.draw(bullet, bulletX, colour.text, { align: dir === 'rtl' ? 'right' : 'left' }),
      ),
    );
    flow.y = top;
    item.add(doc.struct('LBody', textOptions(text), () => flow.draw(block, bodyX, colour.text)));
    item.end();
  });
  list.end();
}

interface SectionContent extends ApplicationSection {
  /** A plain list instead of question rows (the attachments). */
  list?: string[];
}

function drawSection(
  flow: TextFlow,
  root: Struct,
  input: ApplicationDocument,
  section: SectionContent,
): void {
  const { doc } = flow;
  const cols = columns(flow.left, flow.width, input.dir);
  const heading = flow.layout(section.heading, typeScale.heading, flow.width, input.dir);
  const rows = section.rows.map((row) => layoutRow(flow, row, cols, input));
  const listBlocks = (section.list ?? []).map((t) =>
    flow.layout(t, typeScale.body, flow.width - space.listIndent, input.dir),
  );
  const firstContent = rows[0]?.minStart ?? (listBlocks[0] === undefined ? 0 : listBlocks[0].lineHeight);

  // Keep the heading with the start of its content.
  flow.ensure(space.beforeHeading + heading.height + space.afterHeading + firstContent);
  if (flow.y > flow.top) flow.y += space.beforeHeading;

  const sect = doc.struct('Sect');
  root.add(sect);
  doc.outline.addItem(section.heading);
  sect.add(doc.struct('H2', textOptions(section.heading), () => flow.draw(heading, flow.left, colour.text)));
  flow.y += 2;
  rule(flow, flow.y, 1, colour.rule);
  flow.y += space.afterHeading - space.cellPadding + 2;

  if (rows.length > 0) {
    const table = doc.struct('Table');
    sect.add(table);
    rows.forEach((row, i) => {
      drawRow(flow, table, row, cols, i < rows.length - 1);
    });
    table.end();
  }
  if (listBlocks.length > 0) {
    flow.y += space.cellPadding;
    drawList(flow, sect, listBlocks, section.list ?? [], flow.left, flow.width, input.dir);
  }
  sect.end();
}
