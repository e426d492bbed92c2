import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactIdentityNumbers } from '../../src/web/logging.ts';

describe('log redaction', () => {
  it('masks personnummer in every written form', () => {
    for (const pnr of ['191212121212', '19121212-1212', '121212-1212', '1212121212', '121212+1212']) {
      assert.equal(redactIdentityNumbers(`/x?pnr=${pnr}&y=1`), '/x?pnr=[personnummer]&y=1', pnr);
    }
  });
  it('masks organisation numbers and leaves other numbers alone', () => {
    assert.equal(redactIdentityNumbers('org 556677-8899'), 'org [personnummer]');
    assert.equal(redactIdentityNumbers('case 2026-000123 took 1234 ms'), 'case 2026-000123 took 1234 ms');
  });
});
