import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inflateSync } from 'node:zlib';
import type { ApplicationDocument } from '../../../src/services/pdf/application-document.ts';
import { renderApplicationPdf } from '../../../src/services/pdf/application-pdf.ts';
import { loadFonts } from '../../../src/services/pdf/fonts.ts';
import { arabicApplication, englishApplication, swedishApplication } from './sample-applications.ts';

// The checks read the PDFs with poppler-utils, as an outside tool would. On a developer machine
// without it they are skipped (loudly); in CI a missing poppler is a failure, not a skip.
const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;
const skip =
  hasPoppler || process.env.CI === 'true'
    ? false
    : 'poppler-utils is not installed (apt-get install poppler-utils)';
if (skip) console.warn(`\n*** SKIPPING PDF checks: ${skip} ***\n`);

const dir = mkdtempSync(join(tmpdir(), 'ingang-pdf-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function tool(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8' });
}

async function renderToFile(
  name: string,
  doc: ApplicationDocument,
): Promise<{ file: string; bytes: Buffer }> {
  const bytes = await renderApplicationPdf(doc);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

function info(file: string): Record<string, string> {
  return Object.fromEntries(
    tool('pdfinfo', [file])
      .split('\n')
      .map((line) => line.match(/^([^:]+):\s*(.*)$/))
      .filter((m) => m !== null)
      .map((m) => [m[1], m[2]]),
  );
}

describe('application PDF in Swedish', { skip }, () => {
  let file = '';
  let bytes: Buffer = Buffer.alloc(0);
  before(async () => {
    ({ file, bytes } = await renderToFile('sv', swedishApplication()));
  });

  it('is a tagged PDF 1.7 declaring PDF/UA, with its title shown in the title bar', () => {
    const meta = info(file);
    assert.equal(meta.Tagged, 'yes');
    assert.equal(meta.Title, 'Ansökan om skolskjuts');
    assert.equal(meta.Author, 'Exempelby kommun');
    assert.equal(meta['PDF version'], '1.7');
    const raw = bytes.toString('latin1');
    assert.match(raw, /\/Lang \(sv\)/, 'document language in the catalog');
    assert.match(raw, /\/DisplayDocTitle true/);
    assert.match(raw, /<pdfuaid:part>1<\/pdfuaid:part>/);
  });

  it('tags the masthead, headings and every question and answer, leaving page furniture out', () => {
    const tree = tool('pdfinfo', ['-struct-text', file]);
    assert.match(tree, /^Document/);
    assert.match(tree, /H1 \(block\)\n\s+"Ansökan om skolskjuts"/);
    assert.match(tree, /H2 \(block\)\n\s+"Skäl för skolskjuts"/);
    assert.match(tree, /TH:\n\s+\/Scope \/Row\n\s+"Elevens namn"\n\s+TD\n\s+"Björn Öberg Älvdal"/);
    assert.match(tree, /LBody \(block\)\n\s+"Trafikfarlig väg"/);
    assert.match(tree, /"Vägen till skolan går längs länsväg 225 där det saknas gång- och cykelbana/);
    assert.doesNotMatch(tree, /Sida \d av/, 'page numbers are artifacts');
    assert.equal(tree.split('Exempelby kommun').length - 1, 1, 'running footers are artifacts');
  });

  it('prints the case details and every answer', () => {
    const text = tool('pdftotext', [file, '-']);
    for (const expected of [
      'Exempelby kommun',
      'Ärendenummer',
      '2026-004711',
      '12 november 2026 kl. 14:03',
      'Åsa Öberg Älvdal',
      '19121212-1212',
      'Sjöängsskolan',
      'Funktionsnedsättning',
      'Inte besvarad',
      'karim.haddad@example.com',
      'intyg-rektor.pdf (184,3 kB)',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}"`);
    }
  });

  it('wraps long answers and numbers the pages', () => {
    assert.equal(info(file).Pages, '3');
    const text = tool('pdftotext', ['-layout', file, '-']);
    assert.ok(text.includes('Sida 1 av 3') && text.includes('Sida 3 av 3'));
    const longAnswer = text.split('\n').filter((l) => /grustaget|plogas|körbanan|rektorn|saknas/.test(l));
    assert.ok(longAnswer.length >= 4, `long answer should wrap over several lines: ${longAnswer.join('|')}`);
  });

  it('keeps the words of an Arabic answer in reading order', () => {
    // poppler turns the visual glyph order back into reading order; reversed words would show here.
    const text = tool('pdftotext', [file, '-']);
    assert.ok(text.includes('أريد أن يجلس ابني في المقعد'), 'Arabic answer in reading order');
    assert.match(bytes.toString('latin1'), /\/ActualText/, 'typed order given to assistive technology');
  });

  it('rasterises cleanly', () => {
    const png = join(dir, 'sv-page');
    tool('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, png]);
    const image = readFileSync(`${png}-1.png`);
    assert.deepEqual([...image.subarray(1, 4)], [...Buffer.from('PNG')]);
  });
});

describe('application PDF in English', { skip }, () => {
  it('has the English title, language and labels, and shows a draft as not submitted', async () => {
    const { file, bytes } = await renderToFile('en', englishApplication());
    const meta = info(file);
    assert.equal(meta.Tagged, 'yes');
    assert.equal(meta.Title, 'Application for special diet at school');
    assert.match(bytes.toString('latin1'), /\/Lang \(en\)/);
    const text = tool('pdftotext', [file, '-']);
    for (const expected of ['Not submitted yet', 'Page 1 of 1', 'Gluten free', 'Lactose free', 'Ella Lind']) {
      assert.ok(text.includes(expected), `missing "${expected}"`);
    }
    assert.ok(!text.includes('Case number'), 'no case number row for a draft');
  });
});

describe('application PDF in Arabic', { skip }, () => {
  it('is tagged as Arabic and prints Arabic answers in reading order', async () => {
    const { file, bytes } = await renderToFile('ar', arabicApplication());
    assert.equal(info(file).Tagged, 'yes');
    assert.match(bytes.toString('latin1'), /\/Lang \(ar\)/);
    const text = tool('pdftotext', [file, '-']);
    assert.ok(text.includes('سارة حداد'));
    assert.ok(text.includes('Sjöängsskolan'));
  });
});

describe('application PDF page breaks', { skip }, () => {
  it('continues an answer longer than a page onto the next pages', async () => {
    const sentence = 'Vi har under flera år försökt lösa resorna själva men det går inte längre. ';
    const doc = swedishApplication();
    doc.sections = [
      { heading: 'Bakgrund', rows: [{ label: 'Beskriv', value: `${sentence.repeat(90)}Sista meningen.` }] },
    ];
    doc.attachments = [];
    const { file } = await renderToFile('long', doc);
    const pages = Number(info(file).Pages);
    assert.ok(pages >= 3, `${pages} pages`);
    const text = tool('pdftotext', [file, '-']);
    assert.ok(text.includes('Sista meningen.'));
    // The answer stays one table cell, made of one piece of marked content per page.
    const tree = tool('pdfinfo', ['-struct-text', file]);
    const cell = tree.slice(tree.lastIndexOf('TD\n'));
    assert.ok(cell.includes('Sista meningen.'));
    assert.equal(cell.match(/^\s+"/gm)?.length, pages);
  });
});

/** Drawing operators (text objects, paths, fills) in the page content streams that sit outside any marked content. */
function unmarkedDrawing(pdf: Buffer): { drawn: number; unmarked: number } {
  const raw = pdf.toString('latin1');
  let drawn = 0;
  let unmarked = 0;
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue; // not a deflated content stream (fonts are, but hold no operators we look for)
    }
    let depth = 0;
    for (const line of content.split('\n').map((l) => l.trim())) {
      if (/(BDC|BMC)$/.test(line)) depth++;
      else if (line === 'EMC') depth--;
      else if (line === 'BT' || /\s(re|m|l|f|S)$/.test(line)) {
        drawn++;
        if (depth === 0) unmarked++;
      }
    }
  }
  return { drawn, unmarked };
}

describe('application PDF content marking', () => {
  it('marks everything it draws as tagged content or as an artifact', async () => {
    for (const doc of [swedishApplication(), arabicApplication()]) {
      const { drawn, unmarked } = unmarkedDrawing(await renderApplicationPdf(doc));
      assert.ok(drawn > 50, `found ${drawn} drawing operations`);
      assert.equal(unmarked, 0);
    }
  });
});

describe('document font', () => {
  it('has a glyph for every character of Swedish and Arabic documents, in both weights', () => {
    const fonts = loadFonts();
    const texts = [swedishApplication(), englishApplication(), arabicApplication()].flatMap((d) => [
      d.title,
      d.municipality.name,
      ...Object.values(d.labels),
      ...d.sections.flatMap((s) => [s.heading, ...s.rows.flatMap((r) => [r.label, r.value].flat())]),
    ]);
    const missing = new Set<string>();
    for (const ch of texts.join('')) {
      const cp = ch.codePointAt(0) ?? 0;
      if (/\s/.test(ch)) continue;
      if (!fonts.regular.hasGlyphForCodePoint(cp) || !fonts.bold.hasGlyphForCodePoint(cp)) missing.add(ch);
    }
    assert.deepEqual([...missing], []);
  });
});
