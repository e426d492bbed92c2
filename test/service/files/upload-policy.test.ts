import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { FsBlobStore } from '../../../src/services/files/fs-blob-store.ts';
import { detectMime, readHead } from '../../../src/services/files/sniff.ts';
import { checkUpload, claimedMime, type UploadPolicy } from '../../../src/services/files/upload-policy.ts';
import { elfExecutable, peExecutable, smallPdf, tinyPng, zipArchive } from './sample-files.ts';

const policy: UploadPolicy = {
  allowedMimes: ['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'text/csv'],
  maxBytes: 10 * 1024 * 1024,
};

async function verdict(fileName: string, content: Buffer, p: UploadPolicy = policy) {
  return checkUpload(p, { fileName, size: content.length, detectedMime: await detectMime(content) });
}

describe('upload policy', () => {
  it('accepts a real PDF, a PNG and a text file', async () => {
    assert.deepEqual(await verdict('intyg.pdf', await smallPdf()), { ok: true, mime: 'application/pdf' });
    assert.deepEqual(await verdict('Karta.PNG', tinyPng()), { ok: true, mime: 'image/png' });
    assert.deepEqual(await verdict('notes.txt', Buffer.from('Hej')), { ok: true, mime: 'text/plain' });
    assert.deepEqual(await verdict('rader.csv', Buffer.from('a;b\n1;2\n')), { ok: true, mime: 'text/csv' });
  });

  it('refuses an executable renamed to .pdf as a type mismatch', async () => {
    assert.deepEqual(await verdict('intyg.pdf', elfExecutable()), { ok: false, code: 'fileTypeMismatch' });
    assert.deepEqual(await verdict('intyg.pdf', peExecutable()), { ok: false, code: 'fileTypeMismatch' });
    assert.deepEqual(await verdict('bild.png', zipArchive()), { ok: false, code: 'fileTypeMismatch' });
  });

  it('refuses unknown content under an allowed name as a mismatch, and elsewhere as not allowed', async () => {
    const junk = Buffer.from([0x13, 0x37, 0xfe, 0xff, 0x00, 0x42]);
    assert.deepEqual(await verdict('intyg.pdf', junk), { ok: false, code: 'fileTypeMismatch' });
    assert.deepEqual(await verdict('data.bin', junk), { ok: false, code: 'fileTypeNotAllowed' });
  });

  it('refuses types the e-service does not accept, whatever their name', async () => {
    assert.deepEqual(await verdict('setup.exe', peExecutable()), { ok: false, code: 'fileTypeNotAllowed' });
    assert.deepEqual(await verdict('arkiv.zip', zipArchive()), { ok: false, code: 'fileTypeNotAllowed' });
    const pdfOnly = { ...policy, allowedMimes: ['application/pdf'] };
    assert.deepEqual(await verdict('bild.png', tinyPng(), pdfOnly), {
      ok: false,
      code: 'fileTypeNotAllowed',
    });
  });

  it('judges a file without a known extension by its content alone', async () => {
    assert.deepEqual(await verdict('skanning', tinyPng()), { ok: true, mime: 'image/png' });
    assert.deepEqual(await verdict('skanning.dat', await smallPdf()), { ok: true, mime: 'application/pdf' });
  });

  it('never takes SVG (scriptable XML) for plain text', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const withSvg = { ...policy, allowedMimes: [...policy.allowedMimes, 'image/svg+xml'] };
    assert.deepEqual(await verdict('logo.svg', svg, withSvg), { ok: false, code: 'fileTypeMismatch' });
  });

  it('refuses empty files and files over the size limit', async () => {
    assert.deepEqual(checkUpload(policy, { fileName: 'tom.pdf', size: 0, detectedMime: null }), {
      ok: false,
      code: 'fileEmpty',
    });
    const png = tinyPng();
    const small = { ...policy, maxBytes: png.length - 1 };
    assert.deepEqual(await verdict('bild.png', png, small), { ok: false, code: 'fileTooLarge' });
    assert.deepEqual(await verdict('bild.png', png, { ...policy, maxBytes: png.length }), {
      ok: true,
      mime: 'image/png',
    });
  });

  it('reads the claimed type from the last extension, case-insensitively', () => {
    assert.equal(claimedMime('Intyg.Rektor.PDF'), 'application/pdf');
    assert.equal(claimedMime('bild.jpeg'), 'image/jpeg');
    assert.equal(claimedMime('invoice.pdf.exe'), null);
    assert.equal(claimedMime('README'), null);
  });
});

describe('checking an upload kept in the blob store', () => {
  const root = mkdtempSync(join(tmpdir(), 'ingang-upload-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('sniffs the stored head and refuses a disguised executable', async () => {
    const store = new FsBlobStore(root);
    const stored = await store.put('kommun/upload-1', elfExecutable(), { maxBytes: policy.maxBytes });
    const head = await readHead(await store.get('kommun/upload-1'));
    const result = checkUpload(policy, {
      fileName: 'intyg.pdf',
      size: stored.size,
      detectedMime: await detectMime(head),
    });
    assert.deepEqual(result, { ok: false, code: 'fileTypeMismatch' });
    await store.delete('kommun/upload-1');
    assert.equal(await store.exists('kommun/upload-1'), false);
  });
});
