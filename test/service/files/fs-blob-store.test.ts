import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { after, describe, it } from 'node:test';
import {
  BlobNotFoundError,
  BlobTooLargeError,
  InvalidBlobKeyError,
} from '../../../src/services/files/blob-store.ts';
import { FsBlobStore } from '../../../src/services/files/fs-blob-store.ts';

const base = mkdtempSync(join(tmpdir(), 'ingang-blobs-'));
after(() => rmSync(base, { recursive: true, force: true }));

let n = 0;
function freshStore(): { store: FsBlobStore; root: string } {
  const root = join(base, `store-${++n}`);
  return { store: new FsBlobStore(root), root };
}

/** Every file under a folder, hidden ones included. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(folder.length + 1));
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('filesystem blob store', () => {
  it('stores a buffer and gives it back with its size and SHA-256', async () => {
    const { store } = freshStore();
    const content = Buffer.from('Intyg från rektor, åäö');
    const stored = await store.put('kommun-1/case-42/doc-1', content);
    assert.deepEqual(stored, { size: content.length, sha256: sha256(content) });
    assert.equal(await store.exists('kommun-1/case-42/doc-1'), true);
    assert.deepEqual(await buffer(await store.get('kommun-1/case-42/doc-1')), content);
  });

  it('stores a stream arriving in chunks', async () => {
    const { store } = freshStore();
    const chunks = Array.from({ length: 50 }, (_, i) => Buffer.alloc(10_000, i));
    const stored = await store.put('big.bin', Readable.from(chunks));
    const all = Buffer.concat(chunks);
    assert.deepEqual(stored, { size: all.length, sha256: sha256(all) });
    assert.deepEqual(await buffer(await store.get('big.bin')), all);
  });

  it('replaces content in one step and leaves no temporary files behind', async () => {
    const { store, root } = freshStore();
    await store.put('a/doc', Buffer.from('first'));
    await store.put('a/doc', Buffer.from('second'));
    assert.equal((await buffer(await store.get('a/doc'))).toString(), 'second');
    assert.deepEqual(filesUnder(root), [join('a', 'doc')]);
  });

  it('deletes, and deleting what is gone is not an error', async () => {
    const { store } = freshStore();
    await store.put('x/y', Buffer.from('data'));
    await store.delete('x/y');
    assert.equal(await store.exists('x/y'), false);
    await assert.rejects(store.get('x/y'), BlobNotFoundError);
    await store.delete('x/y');
  });

  it('says a never-stored key does not exist', async () => {
    const { store } = freshStore();
    assert.equal(await store.exists('nothing/here'), false);
    await assert.rejects(store.get('nothing/here'), BlobNotFoundError);
  });

  it('rejects keys that could leave the root or name hidden files, in every method', async () => {
    const { store, root } = freshStore();
    const bad = [
      '../escape',
      'a/../../escape',
      '/etc/passwd',
      'a//b',
      './a',
      'a/.',
      '.hidden',
      'a\\..\\b',
      '',
      'a/b/',
      'ä',
      'a b',
      '%2e%2e/x',
      'a/b/c/d/e/f/g/h/i',
      'x'.repeat(129),
    ];
    for (const key of bad) {
      await assert.rejects(store.put(key, Buffer.from('x')), InvalidBlobKeyError, key);
      await assert.rejects(store.get(key), InvalidBlobKeyError, key);
      await assert.rejects(store.delete(key), InvalidBlobKeyError, key);
      await assert.rejects(store.exists(key), InvalidBlobKeyError, key);
    }
    assert.deepEqual(
      readdirSync(base).filter((f) => f === 'escape'),
      [],
    );
    assert.throws(() => readdirSync(root), /ENOENT/, 'nothing was written');
  });

  it('stops at maxBytes and keeps nothing of the oversized content', async () => {
    const { store, root } = freshStore();
    const chunks = Array.from({ length: 20 }, () => Buffer.alloc(1000, 1));
    await assert.rejects(store.put('too/big', Readable.from(chunks), { maxBytes: 5000 }), BlobTooLargeError);
    assert.equal(await store.exists('too/big'), false);
    assert.deepEqual(filesUnder(root), []);
    const exact = await store.put('fits', Buffer.alloc(5000), { maxBytes: 5000 });
    assert.equal(exact.size, 5000);
  });

  it('keeps the old content when a new upload breaks off', async () => {
    const { store, root } = freshStore();
    await store.put('doc', Buffer.from('old'));
    const broken = new Readable({
      read() {
        this.push(Buffer.from('partial'));
        this.destroy(new Error('connection reset'));
      },
    });
    await assert.rejects(store.put('doc', broken), /connection reset/);
    assert.equal((await buffer(await store.get('doc'))).toString(), 'old');
    assert.deepEqual(filesUnder(root), ['doc']);
  });
});
