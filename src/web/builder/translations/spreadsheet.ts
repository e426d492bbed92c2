/**
 * The translator's spreadsheet (.xlsx) of one version and one language:
 *
 *   A: text path — locked, "do not change" (the sheet is protected, only
 *      column D may be edited; the header says so too)
 *   B: where the text is, in words (step, question, option, field)
 *   C: Swedish — must come back unchanged
 *   D: the language, headed "<name> (<code>)"
 *
 * A hidden sheet "ingang" carries the format, e-service, version and language,
 * so a file of another version or language is recognised. Reading back is
 * strict (domain/builder/translations.ts `checkSheetRows`); problems name rows.
 */
import ExcelJS from 'exceljs';
import {
  checkSheetRows,
  type SheetProblem,
  type SheetRow,
  type TextPlace,
  type TranslationRow,
} from '../../../domain/builder/translations.ts';
import type { Result } from '../../../domain/forms/result.ts';
import type { TranslationDocument } from '../../../services/builder/translations.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Larger than any e-service's texts need. */
export const MAX_SHEET_BYTES = 2 * 1024 * 1024;
const MAX_ROWS = 5000;
const META = 'ingang';
const FORMAT = 'ingang.translations.xlsx';

export interface SheetHeaders {
  path: string;
  where: string;
  sv: string;
  /** E.g. "العربية (ar)". */
  language: string;
}

export async function translationWorkbook(
  doc: TranslationDocument,
  places: readonly TextPlace[],
  headers: SheetHeaders,
  where: (p: TextPlace) => string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Texts', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: headers.path, key: 'path', width: 40 },
    { header: headers.where, key: 'where', width: 45 },
    { header: headers.sv, key: 'sv', width: 60 },
    { header: headers.language, key: 'text', width: 60 },
  ];
  ws.getRow(1).font = { bold: true };
  const byPath = new Map(places.map((p) => [p.path, p]));
  for (const r of doc.rows) {
    const place = byPath.get(r.path);
    const row = ws.addRow({ path: r.path, where: place ? where(place) : '', sv: r.sv, text: r.text });
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(4).protection = { locked: false };
  }
  ws.getColumn(1).font = { color: { argb: 'FF505A5F' } };
  await ws.protect('', {
    formatColumns: true,
    formatRows: true,
    selectLockedCells: true,
    selectUnlockedCells: true,
  });
  const meta = wb.addWorksheet(META, { state: 'veryHidden' });
  meta.addRow(['format', FORMAT]);
  meta.addRow(['eService', doc.eService]);
  meta.addRow(['version', doc.version]);
  meta.addRow(['lang', doc.lang]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type SheetReadProblem =
  | SheetProblem
  | {
      row: 0;
      path: '';
      code:
        | 'notSpreadsheet'
        | 'notTranslationSheet'
        | 'wrongVersion'
        | 'wrongLanguageHeader'
        | 'tooBig'
        | 'tooManyRows';
    };

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((p) => p.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  }
  return '';
}

/**
 * The rows of a translator's spreadsheet, checked against the version's
 * current texts for `lang`. Nothing here saves; the caller hands the rows to
 * the translation service.
 */
export async function readTranslationWorkbook(
  data: Buffer,
  expected: { version: number; lang: string; languageHeader: string; rows: readonly TranslationRow[] },
): Promise<Result<{ lang: string; rows: { path: string; text: string }[] }, SheetReadProblem[]>> {
  const fail = (
    code: Extract<SheetReadProblem, { row: 0 }>['code'],
  ): { ok: false; error: SheetReadProblem[] } => ({
    ok: false,
    error: [{ row: 0, path: '', code }],
  });
  if (data.length > MAX_SHEET_BYTES) return fail('tooBig');
  // An .xlsx is a zip file: it starts with "PK".
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) return fail('notSpreadsheet');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return fail('notSpreadsheet');
  }
  const meta = wb.getWorksheet(META);
  const ws = wb.worksheets.find((w) => w.name !== META);
  if (!meta || !ws) return fail('notTranslationSheet');
  const info = new Map<string, string>();
  meta.eachRow((row) => info.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value)));
  if (info.get('format') !== FORMAT) return fail('notTranslationSheet');
  if (info.get('version') !== String(expected.version)) return fail('wrongVersion');
  const header = cellText(ws.getRow(1).getCell(4).value).trim();
  if (info.get('lang') !== expected.lang || header !== expected.languageHeader.trim()) {
    return fail('wrongLanguageHeader');
  }
  if (ws.rowCount > MAX_ROWS + 1) return fail('tooManyRows');
  const rows: SheetRow[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const cells = [1, 3, 4].map((c) => cellText(row.getCell(c).value));
    if (cells.every((c) => c.trim() === '') && cellText(row.getCell(2).value).trim() === '') return;
    rows.push({
      row: n,
      path: cells[0] ?? '',
      sv: cells[1] ?? '',
      text: (cells[2] ?? '').replace(/\r\n/g, '\n'),
    });
  });
  const checked = checkSheetRows(rows, expected.rows);
  if (!checked.ok) return checked;
  return { ok: true, value: { lang: expected.lang, rows: checked.value } };
}
