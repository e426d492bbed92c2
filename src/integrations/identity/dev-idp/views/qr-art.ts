import { createHash } from 'node:crypto';
import { type Html, raw } from '../../../../web/ui/jsx/jsx-runtime.ts';

const SIZE = 25;
const QUIET = 2;

function isFinder(x: number, y: number): boolean {
  const inBox = (ox: number, oy: number) => x >= ox && x < ox + 7 && y >= oy && y < oy + 7;
  return inBox(0, 0) || inBox(SIZE - 7, 0) || inBox(0, SIZE - 7);
}

function finderModule(x: number, y: number): boolean {
  const ox = x >= SIZE - 7 ? SIZE - 7 : 0;
  const oy = y >= SIZE - 7 ? SIZE - 7 : 0;
  const dx = x - ox;
  const dy = y - oy;
  const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
  return ring !== 2;
}

/**
 * A picture that looks like a QR code, for the "BankID on another device"
 * step. It encodes nothing (the modules come from a hash of the seed) and is
 * hidden from assistive technology; the page says in words what to do.
 * Built from numbers only, so raw markup is safe here.
 */
export function decorativeQrCode(seed: string): Html {
  const bits: number[] = [];
  let block = createHash('sha256').update(seed).digest();
  while (bits.length < SIZE * SIZE) {
    for (const byte of block) for (let b = 0; b < 8; b++) bits.push((byte >> b) & 1);
    block = createHash('sha256').update(block).digest();
  }
  let path = '';
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const dark = isFinder(x, y) ? finderModule(x, y) : bits[y * SIZE + x] === 1;
      if (dark) path += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
    }
  }
  const box = SIZE + 2 * QUIET;
  return raw(
    `<svg class="dev-idp-qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" width="200" height="200" aria-hidden="true" focusable="false"><rect width="${box}" height="${box}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`,
  );
}

/** A short code shown under the picture, in case someone wants a reference. */
export function testCode(seed: string): string {
  const hex = createHash('sha256').update(`code:${seed}`).digest('hex').toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}`;
}
