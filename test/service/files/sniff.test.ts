import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { detectMime, readHead } from '../../../src/services/files/sniff.ts';
import { elfExecutable, peExecutable, smallPdf, tinyPng, zipArchive } from './sample-files.ts';

describe('file type sniffing', () => {
  it('recognises documents and images by their content', async () => {
    assert.equal(await detectMime(await smallPdf()), 'application/pdf');
    assert.equal(await detectMime(tinyPng()), 'image/png');
  });

  it('recognises executables and archives', async () => {
    assert.equal(await detectMime(elfExecutable()), 'application/x-elf');
    assert.equal(await detectMime(peExecutable()), 'application/x-msdownload');
    assert.equal(await detectMime(zipArchive()), 'application/zip');
  });

  it('takes valid UTF-8 without NUL bytes as plain text', async () => {
    assert.equal(await detectMime(Buffer.from('Hej från Åsa!\nRad två.\n')), 'text/plain');
    assert.equal(await detectMime(Buffer.from('مرحبا')), 'text/plain');
  });

  it('accepts a text head cut in the middle of a character', async () => {
    const text = Buffer.from('åäö');
    assert.equal(await detectMime(text.subarray(0, 5)), 'text/plain');
  });

  it('knows nothing of binary junk, non-UTF-8 text, NUL bytes or empty files', async () => {
    assert.equal(await detectMime(Buffer.from([0x13, 0x37, 0xfe, 0xff, 0x00, 0x42])), null);
    assert.equal(await detectMime(Buffer.from([0x48, 0xe5, 0x6a])), null, 'Latin-1 "Håj"');
    assert.equal(await detectMime(Buffer.from('text\0with NUL')), null);
    assert.equal(await detectMime(Buffer.alloc(0)), null);
  });

  it('reads only the head of a stream and closes it', async () => {
    const source = Readable.from(Array.from({ length: 100 }, () => Buffer.alloc(1000, 7)));
    const head = await readHead(source, 2500);
    assert.equal(head.length, 2500);
    assert.equal(source.destroyed, true);
    assert.equal((await readHead(Readable.from([Buffer.from('short')]))).toString(), 'short');
  });
});
