import type { Readable } from 'node:stream';

/**
 * Where uploaded documents (handlingar) are kept: a port with four methods so
 * the services never touch paths. The filesystem store (fs-blob-store.ts) is
 * the default; an S3-compatible store implements the same port later for
 * installations with several web nodes. Keys are chosen by the services
 * (e.g. `<municipality>/<case>/<document-id>`), never by the uploader.
 */
export interface BlobStore {
  /** Store the content under `key`, replacing what was there; all or nothing. */
  put(key: string, content: Readable | Uint8Array, options?: PutOptions): Promise<StoredBlob>;
  /** The content; rejects with BlobNotFoundError when there is none. */
  get(key: string): Promise<Readable>;
  /** Remove the content; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export interface PutOptions {
  /** Stop and store nothing once more than this many bytes arrive (BlobTooLargeError). */
  maxBytes?: number;
}

export interface StoredBlob {
  size: number;
  /** Hex SHA-256 of the content, for integrity checks and archive export. */
  sha256: string;
}

export class InvalidBlobKeyError extends Error {
  constructor(key: string) {
    super(`Invalid blob key: ${JSON.stringify(key.slice(0, 100))}`);
    this.name = 'InvalidBlobKeyError';
  }
}

export class BlobNotFoundError extends Error {
  readonly key: string;
  constructor(key: string) {
    super(`No blob stored under ${key}`);
    this.name = 'BlobNotFoundError';
    this.key = key;
  }
}

export class BlobTooLargeError extends Error {
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`Content is larger than ${maxBytes} bytes`);
    this.name = 'BlobTooLargeError';
    this.maxBytes = maxBytes;
  }
}

// Segments of letters, digits, dot, dash and underscore that start with a letter or digit: no
// "." or "..", no hidden files (the filesystem store's temporary files start with a dot), no
// separators or encodings that mean something to a filesystem or an S3 gateway.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_SEGMENTS = 8;

/** Throws InvalidBlobKeyError unless `key` is one to eight safe segments separated by "/". */
export function assertBlobKey(key: string): void {
  const segments = key.split('/');
  if (segments.length > MAX_SEGMENTS || !segments.every((s) => SEGMENT.test(s))) {
    throw new InvalidBlobKeyError(key);
  }
}
