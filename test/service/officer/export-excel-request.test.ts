import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  exportFormValues,
  readExportRequest,
  selectedCaseIds,
} from '../../../src/services/officer/export-excel-request.ts';

const E = '11111111-1111-4111-8111-111111111111';

describe('reading the export form', () => {
  it('reads the e-service, versions and a date range typed as day, month and year', () => {
    const values = exportFormValues({
      eService: E,
      version: ['v2', 'v1', 'v2'],
      'from.day': '1',
      'from.month': '3',
      'from.year': '2026',
      'to.day': ' 31 ',
      'to.month': '03',
      'to.year': '2026',
    });
    assert.deepEqual(readExportRequest(values), {
      ok: true,
      value: {
        kind: 'eService',
        eServiceId: E,
        versionIds: ['v2', 'v1'],
        from: '2026-03-01',
        to: '2026-03-31',
      },
    });
  });

  it('leaves empty dates open and a single version as a list', () => {
    assert.deepEqual(readExportRequest(exportFormValues({ eService: E, version: 'v1' })), {
      ok: true,
      value: { kind: 'eService', eServiceId: E, versionIds: ['v1'], from: null, to: null },
    });
  });

  it('reports a missing e-service, dates that are not real and a range that ends before it starts', () => {
    const r = readExportRequest(
      exportFormValues({
        'from.day': '30',
        'from.month': '2',
        'from.year': '2026',
        'to.day': '1',
        'to.month': '1',
      }),
    );
    assert.deepEqual(r, {
      ok: false,
      errors: [
        { field: 'eService', code: 'required' },
        { field: 'from', code: 'invalidDate' },
        { field: 'to', code: 'invalidDate' },
      ],
    });
    const order = readExportRequest(
      exportFormValues({
        eService: E,
        'from.day': '2',
        'from.month': '3',
        'from.year': '2026',
        'to.day': '1',
        'to.month': '3',
        'to.year': '2026',
      }),
    );
    assert.deepEqual(order, { ok: false, errors: [{ field: 'to', code: 'dateOrder' }] });
  });

  it('reads the checked cases as a comma list or repeated, without blanks or duplicates', () => {
    assert.equal(selectedCaseIds({ eService: E }), undefined);
    assert.deepEqual(selectedCaseIds({ cases: 'a, b,,a' }), ['a', 'b']);
    assert.deepEqual(selectedCaseIds({ cases: ['a', 'c,d'] }), ['a', 'c', 'd']);
    assert.deepEqual(selectedCaseIds({ cases: '' }), []);
  });
});
