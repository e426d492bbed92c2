import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';

/**
 * What a file really is, judged by its content, never by its name or the
 * browser's Content-Type: binary formats by their magic bytes (file-type),
 * plain text by being valid UTF-8 without NUL bytes, since text has no magic.
 */

/** How much of a file to read: enough for file-type to tell Office zip containers from plain zips. */
export const SNIFF_BYTES = 64 * 1024;

export const TEXT_PLAIN = 'text/plain';

/** The detected media type of `head` (the first SNIFF_BYTES of a file, or all of it), or null if unknown. */
export async function detectMime(head: Uint8Array): Promise<string | null> {
  if (head.length === 0) return null;
  const found = await fileTypeFromBuffer(head);
  if (found !== undefined) return found.mime;
  return looksLikeText(head) ? TEXT_PLAIN : null;
}

function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    // `stream: true` forgives a character cut in two at the end of a head. A fresh decoder
    // each time: a streaming decoder carries the cut character over to its next call.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Read the first `bytes` of a stream (for sniffing a stored blob) and close it. */
export async function readHead(stream: Readable, bytes = SNIFF_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      chunks.push(buffer);
      length += buffer.length;
      if (length >= bytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}
